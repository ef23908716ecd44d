package org.partnershipportal.glossary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnershipportal.audit.AuditSubjectNames;

import java.util.Collection;
import java.util.Map;

/** Names glossary terms in the audit log's "Concerning" column. */
@ApplicationScoped
public class TermAuditNames implements AuditSubjectNames {

    @PersistenceContext
    EntityManager em;

    @Override
    public String targetType() {
        return "glossary-term";
    }

    @Override
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return AuditSubjectNames.namesFrom(em, "SELECT x.id, x.name FROM GlossaryTerm x WHERE x.id IN :ids", ids);
    }
}
