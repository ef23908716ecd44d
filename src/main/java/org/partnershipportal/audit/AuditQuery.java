package org.partnershipportal.audit;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The administrator's filter on the audit log; any part may be empty. {@code actor} is who acted,
 * {@code concerning} the person an event was about (a username or name, matched from its start).
 */
public record AuditQuery(String actor, String concerning, AuditAction action, LocalDate from, LocalDate until) implements Serializable {
}
