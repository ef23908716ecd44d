package org.partnershipportal.catalogue;

/** A service-level e-mail about a request: a reminder to its data leads, or an escalation when it is late. */
public enum ReminderKind {
    ACCEPT_REMINDER("Reminder: accept or decline by", false),
    ACCEPT_ESCALATION("Escalated: not accepted or declined by", true),
    ANSWER_REMINDER("Reminder: answer by", false),
    ANSWER_ESCALATION("Escalated: not answered by", true);

    private final String label;
    private final boolean escalation;

    ReminderKind(String label, boolean escalation) {
        this.label = label;
        this.escalation = escalation;
    }

    public String getLabel() {
        return label;
    }

    public boolean isEscalation() {
        return escalation;
    }
}
