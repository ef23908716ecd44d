package org.partnershipportal.meetings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnershipportal.audit.AuditSubjectNames;

import java.util.Collection;
import java.util.Map;

/** Names agenda items in the audit log's "Concerning" column. */
@ApplicationScoped
public class AgendaItemAuditNames implements AuditSubjectNames {

    /** The audit log's type for an agenda item: every feature that records an event about one uses it. */
    public static final String TARGET_TYPE = "agenda-item";

    @PersistenceContext
    EntityManager em;

    @Override
    public String targetType() {
        return TARGET_TYPE;
    }

    @Override
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return AuditSubjectNames.namesFrom(em, "SELECT x.id, x.title FROM AgendaItem x WHERE x.id IN :ids", ids);
    }
}
