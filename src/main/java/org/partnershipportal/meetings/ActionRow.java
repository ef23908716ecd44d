package org.partnershipportal.meetings;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One line of an action log, read in the page's single query (no lazy loading per row). {@code agendaItem} is the item's
 * title, or null where the log's reader does not read the item ({@link #itemAsRead}).
 */
public record ActionRow(long id, String description, String ownerName, String ownerAgency, LocalDate dueOn,
                        ActionStatus status, long boardId, String board, long meetingId, LocalDateTime meetingStartsAt,
                        String agendaItem, LocalDateTime updatedAt) implements Serializable {

    /** What the log shows for an item its reader does not read: one of a draft agenda (ActionLog leaves its title out). */
    public static final String ITEM_NOT_PUBLISHED = "An item of an agenda not yet published";

    /** The agenda item as the log's reader may read it. */
    public String itemAsRead() {
        return agendaItem != null ? agendaItem : ITEM_NOT_PUBLISHED;
    }

    public boolean overdueOn(LocalDate today) {
        return status.isOverdue(dueOn, today);
    }

    public ShownStatus shownOn(LocalDate today) {
        return ShownStatus.of(status, dueOn, today);
    }
}
