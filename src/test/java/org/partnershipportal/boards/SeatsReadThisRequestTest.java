package org.partnershipportal.boards;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** One request's seats: each question read from the database once, and never one board's answer for another's. */
class SeatsReadThisRequestTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    final BoardId chaired = BoardId.of(1);
    final BoardId notSatOn = BoardId.of(2);
    final List<String> reads = new ArrayList<>();
    final SeatsReadThisRequest seats = new SeatsReadThisRequest();

    @Test
    void eachSeatIsReadOnceAndEachBoardKeepsItsOwnAnswer() {
        assertThat(seats.roleOf("c.chair", chaired, TODAY, read("chaired", MembershipRole.CHAIR))).contains(MembershipRole.CHAIR);
        assertThat(seats.roleOf("c.chair", chaired, TODAY, read("chaired again", MembershipRole.CHAIR))).contains(MembershipRole.CHAIR);
        assertThat(seats.roleOf("c.chair", notSatOn, TODAY, read("not sat on", null))).isEmpty();
        assertThat(seats.roleOf("m.member", chaired, TODAY, read("someone else", MembershipRole.MEMBER))).contains(MembershipRole.MEMBER);
        assertThat(seats.roleOf("c.chair", chaired, TODAY.plusDays(1), read("another day", null))).isEmpty();

        assertThat(reads).containsExactly("chaired", "not sat on", "someone else", "another day");
    }

    @Test
    void aMembershipChangedInTheRequestIsReadAgain() {
        seats.roleOf("c.chair", chaired, TODAY, read("before", MembershipRole.CHAIR));
        seats.forget();

        assertThat(seats.roleOf("c.chair", chaired, TODAY, read("after the seat ended", null))).isEmpty();
        assertThat(reads).containsExactly("before", "after the seat ended");
    }

    private Supplier<Optional<MembershipRole>> read(String what, MembershipRole answer) {
        return () -> {
            reads.add(what);
            return Optional.ofNullable(answer);
        };
    }
}
