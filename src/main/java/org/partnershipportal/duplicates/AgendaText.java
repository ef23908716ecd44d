package org.partnershipportal.duplicates;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One agenda item (or action) as the matcher sees it: which board it belongs to (by its <em>name</em>: the
 * standing-item rule recognises a board's own business plan or annual report by the board's name words), when, and
 * its words. {@code meetingDate} may be null (then time windows do not apply to it); {@code description} may be null.
 * {@code markedStanding} is the chair's own "standing item" marker: such an item is standing whatever its words.
 */
public record AgendaText(String id, BoardName board, LocalDate meetingDate, String title, String description,
                         boolean markedStanding) {
    public AgendaText {
        Objects.requireNonNull(id, "id");
        board = board == null ? BoardName.UNKNOWN : board;
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description.strip();
    }

    /** An item nobody marked as standing (the matcher still recognises standing business by its words). */
    public AgendaText(String id, BoardName board, LocalDate meetingDate, String title, String description) {
        this(id, board, meetingDate, title, description, false);
    }
}
