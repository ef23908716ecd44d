package org.partnershipportal.meetings;

import java.util.Arrays;
import java.util.Optional;

/** The columns an action log sorts by; anything else in a request is ignored. Each has an index. */
public enum ActionSort {
    DUE("dueOn"),
    OWNER("ownerName"),
    STATUS("status"),
    UPDATED("updatedAt");

    private final String attribute;

    ActionSort(String attribute) {
        this.attribute = attribute;
    }

    public String attribute() {
        return attribute;
    }

    /** The sort a table column asks for, by the field name it uses. */
    public static Optional<ActionSort> byField(String field) {
        return Arrays.stream(values()).filter(sort -> sort.attribute.equals(field)).findFirst();
    }
}
