package org.partnershipportal.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnershipportal.platform.CallerPermissions;
import org.partnershipportal.platform.Permission;

import java.util.Collection;
import java.util.List;

/**
 * Who keeps an agency's shared records (its flags, its datasets, its glossary variants, its sharing
 * agreements) and who answers for it: people whose roles carry the permission, of that agency, and for
 * records partnership administrators for every agency. One rule, asked by each feature.
 */
@Stateless
@PermitAll
public class AgencyRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerPermissions may;

    @Inject
    MyAccount myAccount;

    public boolean keptByCaller(long agencyId) {
        if (may.holds(Permission.KEEP_EVERY_AGENCY_RECORDS)) {
            return true;
        }
        return myAccount.current().filter(u -> u.holds(Permission.KEEP_OWN_AGENCY_RECORDS) && u.getAgency() != null
                && u.getAgency().getId().equals(agencyId)).isPresent();
    }

    /** The agencies whose records the caller keeps, for "new record" forms. A read: no transaction of its own. */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
    public List<Agency> keptByCaller() {
        if (may.holds(Permission.KEEP_EVERY_AGENCY_RECORDS)) {
            return em.createQuery("SELECT a FROM Agency a ORDER BY a.name", Agency.class).getResultList();
        }
        return myAccount.current().filter(u -> u.holds(Permission.KEEP_OWN_AGENCY_RECORDS) && u.getAgency() != null)
                .map(u -> List.of(u.getAgency())).orElse(List.of());
    }

    /** Enabled people who answer data requests for any of these agencies (their data leads), by username. */
    public List<UserAccount> answeringFor(Collection<Agency> agencies) {
        if (agencies.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT DISTINCT u FROM UserAccount u JOIN u.roles r WHERE u.agency IN :agencies AND u.enabled = TRUE "
                        + "AND r IN :roles ORDER BY u.username", UserAccount.class)
                .setParameter("agencies", agencies).setParameter("roles", Role.holding(Permission.ANSWER_DATA_REQUESTS)).getResultList();
    }

    /**
     * The agencies someone in the portal answers data requests for (an enabled data lead of the agency), by id: a
     * request to any other agency reaches nobody until an administrator gives the agency one. A read: no transaction of its own.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
    public java.util.Set<Long> agenciesAnsweringRequests() {
        return new java.util.HashSet<>(em.createQuery("SELECT DISTINCT u.agency.id FROM UserAccount u JOIN u.roles r WHERE u.agency IS NOT NULL "
                        + "AND u.enabled = TRUE AND r IN :roles", Long.class)
                .setParameter("roles", Role.holding(Permission.ANSWER_DATA_REQUESTS)).getResultList());
    }

    /** Enabled people who keep this agency's own records, by name (a dataset's steward is one of them). */
    public List<UserAccount> keepingRecordsOf(long agencyId) {
        return em.createQuery("SELECT DISTINCT u FROM UserAccount u JOIN u.roles r WHERE u.agency.id = :agency AND u.enabled = TRUE "
                        + "AND r IN :roles ORDER BY u.fullName", UserAccount.class)
                .setParameter("agency", agencyId).setParameter("roles", Role.holding(Permission.KEEP_OWN_AGENCY_RECORDS)).getResultList();
    }
}
