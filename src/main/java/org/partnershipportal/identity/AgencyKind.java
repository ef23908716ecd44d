package org.partnershipportal.identity;

public enum AgencyKind {
    COUNCIL("Council"),
    POLICE("Police"),
    HEALTH("Health"),
    YOUTH_JUSTICE("Youth justice"),
    COMMUNITY_SAFETY("Community safety"),
    EDUCATION("Education"),
    CHARITY("Voluntary sector");

    private final String label;

    AgencyKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
