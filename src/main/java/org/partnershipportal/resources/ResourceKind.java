package org.partnershipportal.resources;

public enum ResourceKind {
    GUIDANCE("Guidance"),
    BRIEFING("Briefing"),
    YOUNG_PEOPLE_TOLD_US("What young people told us"),
    TOOL("Tool"),
    RESEARCH("External research");

    private final String label;

    ResourceKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
