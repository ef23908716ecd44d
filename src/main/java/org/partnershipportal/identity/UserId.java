package org.partnershipportal.identity;

import java.io.Serializable;

/** A person's account id at service boundaries, so that it cannot be passed where a board's or a meeting's is expected (see {@code BoardId}). */
public record UserId(long value) implements Serializable {

    public static UserId of(long value) {
        return new UserId(value);
    }

    public static UserId of(UserAccount account) {
        return new UserId(account.getId());
    }

    /** For a choice that may be left empty (a form's "none"): null stays null. */
    public static UserId ofNullable(Long value) {
        return value == null ? null : new UserId(value);
    }

    /** The bare number, so that a link or a log line built from one reads as before. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
