package org.partnershipportal.resources;

/** The practitioners a resource is written for. */
public enum Audience {
    SOCIAL_WORKER("Social workers"),
    YOUTH_WORKER("Youth workers"),
    POLICE_OFFICER("Police officers"),
    NURSE("Nurses and health staff"),
    TEACHER("Teachers and school staff"),
    YOUTH_JUSTICE("Youth justice workers");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
