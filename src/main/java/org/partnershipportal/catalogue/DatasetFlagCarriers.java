package org.partnershipportal.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnershipportal.flags.FlagCarriers;
import org.partnershipportal.glossary.TermUsages;
import org.partnershipportal.platform.CallerPermissions;
import org.partnershipportal.platform.Permission;

import java.util.List;

/** The catalogue's datasets that carry a flag, for the flag's page. */
@ApplicationScoped
public class DatasetFlagCarriers implements FlagCarriers {

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    CallerPermissions may;


    @Override
    public List<TermUsages.Use> carriersOf(long flagId) {
        if (!may.holds(Permission.READ_CATALOGUE)) {
            return List.of();
        }
        return em.createQuery("SELECT d.id, d.name, d.agency.shortName FROM Dataset d JOIN d.flags f WHERE f.id = :flag ORDER BY d.agency.shortName, d.name",
                        Object[].class).setParameter("flag", flagId).getResultStream()
                .map(r -> new TermUsages.Use("Dataset", r[2] + ": " + r[1], "/catalogue/dataset.xhtml?id=" + r[0])).toList();
    }
}
