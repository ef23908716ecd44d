package org.partnershipportal.duplicates;

/**
 * A board's name as the matcher reads it. The matcher knows boards by name, not by id: the standing-item rule
 * recognises a board's own business plan by its name's words. It is a type of its own because the portal once passed
 * a board's id here as text, and the rule silently never fired; now only a name can be given. Surrounding spaces do
 * not count (two spellings of one board must not become two boards).
 */
public record BoardName(String value) {

    public static final BoardName UNKNOWN = new BoardName("");

    public BoardName {
        value = value == null ? "" : value.strip();
    }

    public static BoardName of(String name) {
        return new BoardName(name);
    }

    @Override
    public String toString() {
        return value;
    }
}
