package org.partnershipportal.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnershipportal.audit.AuditSubjectNames;

import java.util.Collection;
import java.util.Map;

/** Names datasets in the audit log's "Concerning" column. */
@ApplicationScoped
public class DatasetAuditNames implements AuditSubjectNames {

    @PersistenceContext
    EntityManager em;

    @Override
    public String targetType() {
        return "dataset";
    }

    @Override
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return AuditSubjectNames.namesFrom(em, "SELECT x.id, x.name FROM Dataset x WHERE x.id IN :ids", ids);
    }
}
