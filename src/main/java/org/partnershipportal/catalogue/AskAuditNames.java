package org.partnershipportal.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnershipportal.audit.AuditSubjectNames;

import java.util.Collection;
import java.util.Map;

/** Names strategic asks in the audit log's "Concerning" column. */
@ApplicationScoped
public class AskAuditNames implements AuditSubjectNames {

    @PersistenceContext
    EntityManager em;

    @Override
    public String targetType() {
        return "ask";
    }

    @Override
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return AuditSubjectNames.namesFrom(em, "SELECT x.id, x.question FROM StrategicAsk x WHERE x.id IN :ids", ids);
    }
}
