package org.partnershipportal.flags;

/** An agency's answer to a proposed common definition. */
public enum ProposalAnswer {
    AGREED("Our flag matches it"),
    WILL_CHANGE("We will change our flag"),
    DIFFERS("Our flag differs");

    private final String label;

    ProposalAnswer(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
