package org.partnershipportal.meetings;

import java.io.Serializable;

/** A meeting's id at service boundaries, so that it cannot be passed where a board's or a person's is expected (see {@code BoardId}). */
public record MeetingId(long value) implements Serializable {

    public static MeetingId of(long value) {
        return new MeetingId(value);
    }

    public static MeetingId of(Meeting meeting) {
        return new MeetingId(meeting.getId());
    }

    /** The bare number, so that a link or a log line built from one reads as before. */
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
