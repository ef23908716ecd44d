package org.partnershipportal.boards;

import org.junit.jupiter.api.Test;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.identity.AgencyKind;
import org.partnershipportal.identity.Role;
import org.partnershipportal.identity.UserAccount;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipportal.testsupport.TestData.agency;
import static org.partnershipportal.testsupport.TestData.board;
import static org.partnershipportal.testsupport.TestData.person;

class MembershipTest {

    static final LocalDate FIRST_OF_MAY = LocalDate.of(2026, 5, 1);
    final Agency police = agency("TP", AgencyKind.POLICE);
    final UserAccount member = person("m.member", police, Role.BOARD_MEMBER);
    final Board board = board("TB");

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
    void aCancelledSeatIsNeverCurrentAndOneEndedOnItsFirstDayIsNotCancelled() {
        Membership cancelled = new Membership(board, member, police, MembershipRole.MEMBER, FIRST_OF_MAY, null);
        cancelled.cancel();
        assertThat(cancelled.isCancelled()).isTrue();
        assertThat(cancelled.getEndsOn()).isEqualTo(FIRST_OF_MAY);
        assertThat(cancelled.isCurrentOn(FIRST_OF_MAY)).isFalse();
        // Ended on the day it started: the same dates, but the seat was taken up (it gave access that day until ended).
        Membership endedOnItsFirstDay = new Membership(board, member, police, MembershipRole.MEMBER, FIRST_OF_MAY, null);
        endedOnItsFirstDay.endOn(FIRST_OF_MAY);
        assertThat(endedOnItsFirstDay.isCancelled()).isFalse();
        assertThat(new Membership(board, member, police, MembershipRole.MEMBER, FIRST_OF_MAY, null).isCancelled()).isFalse();
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
