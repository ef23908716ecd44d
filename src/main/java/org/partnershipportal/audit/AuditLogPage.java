package org.partnershipportal.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.platform.PagedList;

import java.io.Serializable;
import java.time.LocalDate;

/** admin/audit.xhtml: the audit log, newest first, filtered in the database. */
@Named
@ViewScoped
public class AuditLogPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog auditLog;

    private String actor;
    private AuditAction action;
    private LocalDate from;
    private LocalDate until;
    private String concerning;
    private PagedList<AuditLog.Row, AuditQuery> events;

    @PostConstruct
    void init() {
        events = new PagedList<>(() -> new AuditQuery(actor, concerning, action, from, until), auditLog::count,
                (query, first, size, sort) -> auditLog.search(query, first, size),
                row -> String.valueOf(row.event().getId()));
    }

    /** Every kind of event, in the order of its label. */
    public java.util.List<AuditAction> getActions() {
        return java.util.Arrays.stream(AuditAction.values()).sorted(java.util.Comparator.comparing(AuditAction::label)).toList();
    }

    public String getConcerning() {
        return concerning;
    }

    public void setConcerning(String concerning) {
        this.concerning = concerning;
    }

    public PagedList<AuditLog.Row, AuditQuery> getEvents() {
        return events;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    /** Until before From: said so, rather than the plain "no events match", which reads as if nothing happened. */
    public boolean isDatesReversed() {
        return from != null && until != null && until.isBefore(from);
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
