package org.partnershipportal.meetings;

/** Whether a member came to a meeting. */
public enum Attendance {
    PRESENT("Present"),
    APOLOGIES("Apologies"),
    ABSENT("Absent");

    private final String label;

    Attendance(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
