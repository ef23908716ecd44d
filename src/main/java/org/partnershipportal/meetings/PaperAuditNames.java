package org.partnershipportal.meetings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnershipportal.audit.AuditSubjectNames;

import java.util.Collection;
import java.util.Map;

/** Names papers in the audit log's "Concerning" column. */
@ApplicationScoped
public class PaperAuditNames implements AuditSubjectNames {

    @PersistenceContext
    EntityManager em;

    @Override
    public String targetType() {
        return "paper";
    }

    @Override
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return AuditSubjectNames.namesFrom(em, "SELECT x.id, x.fileName FROM Paper x WHERE x.id IN :ids", ids);
    }
}
