package org.partnershipportal.catalogue;

/** Why a data lead declines a request; the requester reads this, so it says what to do next too. */
public enum DeclineReason {
    NO_LAWFUL_BASIS("No lawful basis to share this data"),
    NOT_HELD("The agency does not hold this data"),
    DISPROPORTIONATE("Sharing would be disproportionate to the purpose"),
    ALREADY_AVAILABLE("Already published or available elsewhere"),
    OTHER("Another reason (see the detail)");

    private final String label;

    DeclineReason(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
