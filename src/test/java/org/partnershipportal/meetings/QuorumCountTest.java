package org.partnershipportal.meetings;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Quorum before and at a meeting: who counts, and how it reads. */
class QuorumCountTest {

    static QuorumCount.Line expected() {
        return new QuorumCount.Line(null, false);
    }

    static QuorumCount.Line present() {
        return new QuorumCount.Line(Attendance.PRESENT, false);
    }

    static QuorumCount.Line apologies(boolean deputy) {
        return new QuorumCount.Line(Attendance.APOLOGIES, deputy);
    }

    @Test
    void beforeTheMeetingEveryoneWithoutApologiesIsExpectedAndADeputyCountsForTheirMember() {
        QuorumCount count = QuorumCount.expected(3, List.of(expected(), present(), apologies(true), apologies(false)));
        assertThat(count.attending()).isEqualTo(2);
        assertThat(count.deputies()).isEqualTo(1);
        assertThat(count.quorate()).isTrue();
        assertThat(count.describe()).isEqualTo("2 of 4 members and 1 deputy; quorum 3: quorate");
    }

    @Test
    void atTheMeetingOnlyThoseRecordedPresentCountSoAnUnrecordedMemberDoesNot() {
        QuorumCount count = QuorumCount.recorded(3, List.of(expected(), present(), apologies(true), new QuorumCount.Line(Attendance.ABSENT, false)));
        assertThat(count.attending()).isEqualTo(1);
        assertThat(count.quorate()).isFalse();
        assertThat(count.describe()).isEqualTo("1 of 4 members and 1 deputy; quorum 3: not quorate");
    }

    @Test
    void apologiesWithoutADeputyCanTakeABoardBelowItsQuorum() {
        assertThat(QuorumCount.expected(3, List.of(expected(), expected(), apologies(false))).quorate()).isFalse();
        assertThat(QuorumCount.expected(3, List.of(expected(), expected(), expected())).quorate()).isTrue();
    }

    @Test
    void aBoardWithoutAQuorumIsNeitherQuorateNorInquorate() {
        QuorumCount count = QuorumCount.expected(null, List.of(expected(), apologies(false)));
        assertThat(count.quorate()).isNull();
        assertThat(count.describe()).isEqualTo("1 of 2 members; the board sets no quorum");
    }
}
