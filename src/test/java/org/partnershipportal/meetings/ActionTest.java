package org.partnershipportal.meetings;

import org.junit.jupiter.api.Test;
import org.partnershipportal.identity.AgencyKind;
import org.partnershipportal.testsupport.TestData;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class ActionTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void anOutstandingActionPastItsDueDateIsOverdueAndADoneOrDroppedOneNever() {
        Action action = action(TODAY.minusDays(1));
        assertThat(action.isOverdueOn(TODAY)).isTrue();
        action.progress(ActionStatus.IN_PROGRESS, action.getDueOn(), "started", "test.member", LocalDateTime.now());
        assertThat(action.isOverdueOn(TODAY)).isTrue();
        action.progress(ActionStatus.DONE, action.getDueOn(), "finished", "test.member", LocalDateTime.now());
        assertThat(action.isOverdueOn(TODAY)).isFalse();
        assertThat(action(TODAY).isOverdueOn(TODAY)).as("due today is not yet overdue").isFalse();
        Action dropped = action(TODAY.minusDays(30));
        dropped.progress(ActionStatus.DROPPED, dropped.getDueOn(), "superseded", "test.chair", LocalDateTime.now());
        assertThat(dropped.isOverdueOn(TODAY)).isFalse();
    }

    @Test
    void theStatusShownSaysBothWhereTheActionIsAndThatItIsLateAndTheLogsRowSaysTheSame() {
        Action action = action(TODAY.minusDays(1));
        action.progress(ActionStatus.IN_PROGRESS, action.getDueOn(), "started", "test.member", LocalDateTime.now());
        assertThat(action.shownOn(TODAY)).isEqualTo(new ShownStatus("In progress – overdue", "danger", true));
        assertThat(action.shownOn(TODAY.minusDays(1))).as("on its due date").isEqualTo(new ShownStatus("In progress", "", false));
        ActionRow row = new ActionRow(1, action.getDescription(), "Quinn Analyst", "TC", action.getDueOn(), action.getStatus(),
                1, "TSB", 1, TODAY.atTime(10, 0), "Missing children protocol", LocalDateTime.now());
        assertThat(row.shownOn(TODAY)).as("the action log's row").isEqualTo(action.shownOn(TODAY));
        action.progress(ActionStatus.DONE, action.getDueOn(), "finished", "test.member", LocalDateTime.now());
        assertThat(action.shownOn(TODAY)).isEqualTo(new ShownStatus("Done", "ok", false));
        Action open = action(TODAY.minusDays(3));
        assertThat(open.shownOn(TODAY).label()).isEqualTo("Open – overdue");
    }

    @Test
    void everyChangeLeavesAHistoryEntryOfWhatItWasBefore() {
        Action action = action(TODAY.plusDays(10));
        ActionUpdate update = action.progress(ActionStatus.IN_PROGRESS, TODAY.plusDays(20), "needs health data", "test.member",
                LocalDateTime.of(2026, 11, 25, 9, 0));
        assertThat(update.getStatusFrom()).isEqualTo(ActionStatus.OPEN);
        assertThat(update.getStatusTo()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(update.getDueFrom()).isEqualTo(TODAY.plusDays(10));
        assertThat(update.getDueTo()).isEqualTo(TODAY.plusDays(20));
        assertThat(update.isDueChanged()).isTrue();
        assertThat(update.getWrittenBy()).isEqualTo("test.member");
        assertThat(action.getStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(action.getDueOn()).isEqualTo(TODAY.plusDays(20));
    }

    @Test
    void aNamedOwnerWithoutAnAccountOwnsNothingInThePortal() {
        Action action = action(TODAY);
        action.assignTo("Quinn Analyst", TestData.agency("TC", AgencyKind.COUNCIL));
        assertThat(action.getOwnerName()).isEqualTo("Quinn Analyst");
        assertThat(action.isOwnedBy("quinn.analyst")).isFalse();
    }

    private static Action action(LocalDate due) {
        AgendaItem item = TestData.agendaItem(TestData.meeting(TestData.board("TSB"), TODAY.atTime(10, 0)), 1, "Missing children protocol");
        return new Action(item, "Refresh the protocol", due, LocalDateTime.of(2026, 11, 1, 10, 0));
    }
}
