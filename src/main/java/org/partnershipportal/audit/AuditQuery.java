package org.partnershipportal.audit;

import java.io.Serializable;
import java.time.LocalDate;

/** The administrator's filter on the audit log; any part may be empty. */
public record AuditQuery(String actor, AuditAction action, LocalDate from, LocalDate until) implements Serializable {
}
