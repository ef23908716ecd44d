package org.partnershipportal.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;

import java.util.List;

/**
 * Who keeps an agency's shared records (its flags, its datasets, its glossary variants): the agency's
 * own data lead, and partnership administrators for every agency. One rule, asked by each feature.
 */
@Stateless
@PermitAll
public class AgencyRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    MyAccount myAccount;

    public boolean keptByCaller(long agencyId) {
        if (security.isCallerInRole(Role.PARTNERSHIP_ADMIN.name())) {
            return true;
        }
        return myAccount.current().filter(u -> u.hasRole(Role.DATA_LEAD) && u.getAgency().getId().equals(agencyId)).isPresent();
    }

    /** The agencies whose records the caller keeps, for "new record" forms. */
    public List<Agency> keptByCaller() {
        if (security.isCallerInRole(Role.PARTNERSHIP_ADMIN.name())) {
            return em.createQuery("SELECT a FROM Agency a ORDER BY a.name", Agency.class).getResultList();
        }
        return myAccount.current().filter(u -> u.hasRole(Role.DATA_LEAD)).map(u -> List.of(u.getAgency())).orElse(List.of());
    }
}
