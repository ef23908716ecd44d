package org.partnershipportal.boards;

import java.io.Serializable;

/**
 * A board's id at service boundaries. A type of its own because a board's id, a meeting's, a person's and a
 * board's name were all plain values, and one was once passed for another unnoticed (the matcher got a board's
 * id where it needed its name): with these types the compiler refuses the mix-up.
 */
public record BoardId(long value) implements Serializable {

    public static BoardId of(long value) {
        return new BoardId(value);
    }

    public static BoardId of(Board board) {
        return new BoardId(board.getId());
    }

    /** For a choice that may be left empty (a form's "none"): null stays null. */
    public static BoardId ofNullable(Long value) {
        return value == null ? null : new BoardId(value);
    }

    /** The bare number, so that a link or a log line built from one reads as before. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
