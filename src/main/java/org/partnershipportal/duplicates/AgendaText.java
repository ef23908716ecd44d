package org.partnershipportal.duplicates;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One agenda item (or action) as the matcher sees it: which board it belongs to, when, and its words.
 * {@code meetingDate} may be null (then time windows do not apply to it); {@code description} may be null.
 */
public record AgendaText(String id, String board, LocalDate meetingDate, String title, String description) {
    public AgendaText {
        Objects.requireNonNull(id, "id");
        board = board == null ? "" : board.strip();
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
    }
}
