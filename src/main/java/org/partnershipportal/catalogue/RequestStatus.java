package org.partnershipportal.catalogue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A data request's states. It moves one step at a time: a data lead accepts it before working on it,
 * and works on it before answering; it can be declined at any open step. Answered and declined are final.
 */
public enum RequestStatus {
    SUBMITTED("Submitted"),
    ACCEPTED("Accepted"),
    IN_PROGRESS("In progress"),
    ANSWERED("Answered"),
    DECLINED("Declined");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public Set<RequestStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(ACCEPTED, DECLINED);
            case ACCEPTED -> EnumSet.of(IN_PROGRESS, DECLINED);
            case IN_PROGRESS -> EnumSet.of(ANSWERED, DECLINED);
            case ANSWERED, DECLINED -> EnumSet.noneOf(RequestStatus.class);
        };
    }

    public boolean mayMoveTo(RequestStatus target) {
        return next().contains(target);
    }

    public boolean isOpen() {
        return this != ANSWERED && this != DECLINED;
    }

    /** The open states, for a query's {@code status IN :open}. */
    public static List<RequestStatus> open() {
        return Arrays.stream(values()).filter(RequestStatus::isOpen).toList();
    }
}
