package org.partnershipportal.resources;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnershipportal.glossary.TermUsages;

import java.util.List;

/** The published resources that explain a glossary term, for the term's page. */
@ApplicationScoped
public class ResourceUsages implements TermUsages {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Use> usesOf(long termId) {
        return em.createQuery("SELECT r.id, r.title FROM Resource r JOIN r.terms t WHERE t.id = :term AND r.status = :published "
                        + "ORDER BY r.title", Object[].class)
                .setParameter("term", termId).setParameter("published", ResourceStatus.PUBLISHED).getResultStream()
                .map(row -> new Use("Guidance", (String) row[1], "/guidance/resource.xhtml?id=" + row[0])).toList();
    }
}
