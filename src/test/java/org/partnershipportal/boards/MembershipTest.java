package org.partnershipportal.boards;

import org.junit.jupiter.api.Test;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.identity.AgencyKind;
import org.partnershipportal.identity.Role;
import org.partnershipportal.identity.UserAccount;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MembershipTest {

    static final LocalDate FIRST_OF_MAY = LocalDate.of(2026, 5, 1);
    final Agency police = new Agency("Test Police", "TP", AgencyKind.POLICE);
    final UserAccount member = new UserAccount("m.member", "M Member", "m@example.org", police, Set.of(Role.BOARD_MEMBER),
            LocalDateTime.now());
    final Board board = new Board("Test Board", "TB", null, MeetingFrequency.QUARTERLY);

    @Test
    void aMembershipIsCurrentFromItsStartUntilTheDayItEnds() {
        Membership seat = new Membership(board, member, police, MembershipRole.MEMBER, FIRST_OF_MAY, null);
        assertThat(seat.isCurrentOn(FIRST_OF_MAY.minusDays(1))).isFalse();
        assertThat(seat.isCurrentOn(FIRST_OF_MAY)).isTrue();
        seat.endOn(FIRST_OF_MAY.plusDays(10));
        assertThat(seat.isCurrentOn(FIRST_OF_MAY.plusDays(9))).isTrue();
        assertThat(seat.isCurrentOn(FIRST_OF_MAY.plusDays(10))).as("ended today: no access from now on").isFalse();
    }

    @Test
    void aMembershipCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> new Membership(board, member, police, MembershipRole.MEMBER, FIRST_OF_MAY, FIRST_OF_MAY.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void chairsAndBusinessSupportManageMeetingsAndAdvisersOnlyRead() {
        assertThat(MembershipRole.CHAIR.managesMeetings()).isTrue();
        assertThat(MembershipRole.BUSINESS_SUPPORT.managesMeetings()).isTrue();
        assertThat(MembershipRole.MEMBER.managesMeetings()).isFalse();
        assertThat(MembershipRole.ADVISER.updatesOwnActions()).isFalse();
        assertThat(MembershipRole.MEMBER.updatesOwnActions()).isTrue();
    }
}
