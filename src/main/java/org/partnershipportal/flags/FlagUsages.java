package org.partnershipportal.flags;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnershipportal.glossary.TermUsages;

import java.util.List;

/** The flags that correspond to a glossary term, for the term's page. */
@ApplicationScoped
public class FlagUsages implements TermUsages {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Use> usesOf(long termId) {
        return em.createQuery("SELECT f.id, f.name, f.agency.shortName FROM Flag f WHERE f.glossaryTerm.id = :term ORDER BY f.agency.shortName",
                        Object[].class).setParameter("term", termId).getResultStream()
                .map(row -> new Use("Flag", row[2] + ": " + row[1], "/flags/flag.xhtml?id=" + row[0])).toList();
    }
}
