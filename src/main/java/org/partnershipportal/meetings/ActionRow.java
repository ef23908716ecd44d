package org.partnershipportal.meetings;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One line of an action log, read in the page's single query (no lazy loading per row). */
public record ActionRow(long id, String description, String ownerName, String ownerAgency, LocalDate dueOn,
                        ActionStatus status, long boardId, String board, long meetingId, LocalDateTime meetingStartsAt,
                        String agendaItem, LocalDateTime updatedAt) implements Serializable {

    public boolean overdueOn(LocalDate today) {
        return status.isOverdue(dueOn, today);
    }

    public ShownStatus shownOn(LocalDate today) {
        return ShownStatus.of(status, dueOn, today);
    }
}
