package org.partnershipportal.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnershipportal.audit.AuditSubjectNames;

import java.util.Collection;
import java.util.Map;

/** Names data requests in the audit log's "Concerning" column. */
@ApplicationScoped
public class DataRequestAuditNames implements AuditSubjectNames {

    @PersistenceContext
    EntityManager em;

    @Override
    public String targetType() {
        return "data-request";
    }

    @Override
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return AuditSubjectNames.namesFrom(em, "SELECT x.id, x.whatNeeded FROM DataRequest x WHERE x.id IN :ids", ids);
    }
}
