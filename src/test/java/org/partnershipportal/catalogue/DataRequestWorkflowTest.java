package org.partnershipportal.catalogue;

import org.junit.jupiter.api.Test;
import org.partnershipportal.platform.ConflictException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A data request moves one step at a time, and nothing moves it after an answer or a decline. */
class DataRequestWorkflowTest {

    private final LocalDateTime now = LocalDateTime.of(2026, 11, 25, 10, 0);

    private DataRequest submitted() {
        return new DataRequest(null, null, null, "Counts by ward", "For the deep dive", LocalDate.of(2026, 12, 20), null, Set.of(), Set.of(), now);
    }

    @Test
    void theNextStepIsLateOnlyAfterTheDayItWasDueAndNeverOnceTheRequestIsClosed() {
        DataRequest request = submitted();
        request.startClock(now, LocalDate.of(2026, 11, 30));
        assertThat(request.isNextStepLateOn(LocalDate.of(2026, 11, 30))).as("accepting, on the day it is due").isFalse();
        assertThat(request.isNextStepLateOn(LocalDate.of(2026, 12, 1))).as("accepting, the day after").isTrue();
        request.moveTo(RequestStatus.ACCEPTED, "lead", now);
        request.accepted(now, LocalDate.of(2026, 12, 10));
        assertThat(request.isNextStepLateOn(LocalDate.of(2026, 12, 1))).as("once accepted, the answer is next, due later").isFalse();
        assertThat(request.isNextStepLateOn(LocalDate.of(2026, 12, 11))).as("answering, the day after it was due").isTrue();
        request.moveTo(RequestStatus.IN_PROGRESS, "lead", now);
        request.moveTo(RequestStatus.ANSWERED, "lead", now);
        assertThat(request.isNextStepLateOn(LocalDate.of(2027, 1, 1))).as("answered: no next step").isFalse();
    }

    @Test
    void theHappyPathGoesSubmittedAcceptedInProgressAnswered() {
        DataRequest request = submitted();
        assertThat(request.moveTo(RequestStatus.ACCEPTED, "lead", now)).isEqualTo(RequestStatus.SUBMITTED);
        assertThat(request.moveTo(RequestStatus.IN_PROGRESS, "lead", now)).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(request.moveTo(RequestStatus.ANSWERED, "lead", now.plusDays(1))).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(request.getStatus()).isEqualTo(RequestStatus.ANSWERED);
        assertThat(request.getClosedAt()).isEqualTo(now.plusDays(1));
        assertThat(request.getHandledBy()).isEqualTo("lead");
    }

    @Test
    void skippingAStepIsRefusedWithWhatMustHappenFirst() {
        DataRequest request = submitted();
        assertThatThrownBy(() -> request.moveTo(RequestStatus.ANSWERED, "lead", now))
                .isInstanceOf(ConflictException.class).hasMessageContaining("must be accepted first");
        assertThatThrownBy(() -> request.moveTo(RequestStatus.IN_PROGRESS, "lead", now)).isInstanceOf(ConflictException.class);
        request.moveTo(RequestStatus.ACCEPTED, "lead", now);
        assertThatThrownBy(() -> request.moveTo(RequestStatus.ANSWERED, "lead", now))
                .isInstanceOf(ConflictException.class).hasMessageContaining("must be in progress first");
        assertThatThrownBy(() -> request.moveTo(RequestStatus.SUBMITTED, "lead", now)).isInstanceOf(ConflictException.class);
        assertThat(request.getStatus()).isEqualTo(RequestStatus.ACCEPTED);
    }

    @Test
    void anAnsweredOrDeclinedRequestCannotBeAnsweredAgainOrReopened() {
        DataRequest answered = submitted();
        answered.moveTo(RequestStatus.ACCEPTED, "lead", now);
        answered.moveTo(RequestStatus.IN_PROGRESS, "lead", now);
        answered.moveTo(RequestStatus.ANSWERED, "lead", now);
        assertThatThrownBy(() -> answered.moveTo(RequestStatus.ANSWERED, "other", now))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already answered");
        assertThatThrownBy(() -> answered.moveTo(RequestStatus.DECLINED, "other", now)).isInstanceOf(ConflictException.class);
        assertThat(answered.getHandledBy()).isEqualTo("lead");

        DataRequest declined = submitted();
        declined.moveTo(RequestStatus.DECLINED, "lead", now);
        for (RequestStatus any : RequestStatus.values()) {
            assertThatThrownBy(() -> declined.moveTo(any, "lead", now)).as(any.name()).isInstanceOf(ConflictException.class);
        }
    }

    @Test
    void anOpenRequestPastItsDateIsOverdueAndAClosedOneNeverIs() {
        LocalDate today = LocalDate.of(2027, 6, 14);
        DataRequest late = new DataRequest(null, null, null, "x", "y", today.minusDays(1), null, Set.of(), Set.of(), now);
        assertThat(late.isOverdueOn(today)).isTrue();
        assertThat(late.isOverdueOn(today.minusDays(1))).as("needed by today is not yet overdue").isFalse();
        late.moveTo(RequestStatus.DECLINED, "lead", now);
        assertThat(late.isOverdueOn(today)).isFalse();
    }
}
