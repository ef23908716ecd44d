package org.partnershipportal.flags;

/** The point in an agency's process at which a flag is applied. */
public enum AppliedWhen {
    AT_REFERRAL("At referral or first contact"),
    AT_STRATEGY_MEETING("At a strategy meeting or discussion"),
    AFTER_ASSESSMENT("After an assessment"),
    AT_ARREST_OR_CHARGE("At arrest or charge"),
    AT_PANEL("When a multi-agency panel agrees"),
    OTHER("Other (see detail)");

    private final String label;

    AppliedWhen(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
