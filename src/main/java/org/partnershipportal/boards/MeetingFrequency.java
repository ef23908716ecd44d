package org.partnershipportal.boards;

import java.math.BigDecimal;

/** How often a board meets; the monthly figure feeds the meeting-load view of the structure map. */
public enum MeetingFrequency {
    MONTHLY("Monthly", "1"),
    SIX_WEEKLY("Every six weeks", "0.72"),
    BIMONTHLY("Every two months", "0.5"),
    QUARTERLY("Quarterly", "0.33"),
    TWICE_YEARLY("Twice a year", "0.17"),
    AS_NEEDED("As needed", "0");

    private final String label;
    private final BigDecimal meetingsPerMonth;

    MeetingFrequency(String label, String meetingsPerMonth) {
        this.label = label;
        this.meetingsPerMonth = new BigDecimal(meetingsPerMonth);
    }

    public String getLabel() {
        return label;
    }

    public BigDecimal meetingsPerMonth() {
        return meetingsPerMonth;
    }
}
