package org.partnershipportal.duplicates;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Validator;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.platform.InputRules;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.Permission;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The partnership's own abbreviations on top of the matcher's built-in list; adding one re-indexes the register. */
@Stateless
@RolesAllowed(Permission.Name.RUN_DUPLICATE_FINDING)
public class PartnershipAbbreviations {

    @PersistenceContext
    EntityManager em;

    /** Moments are stored as UTC from the portal's clock (PortalClock's time policy). */
    @Inject
    org.partnershipportal.platform.PortalClock clock;

    @Inject
    Validator validator;

    @Inject
    AuditLog audit;

    @Inject
    SecurityContext security;

    @Inject
    jakarta.enterprise.event.Event<AbbreviationsChanged> changed;

    /** Fired when the list changes; the finder re-reads the register once the change has committed. */
    public record AbbreviationsChanged() {
    }

    public List<PartnershipAbbreviation> partnershipOwn() {
        return em.createQuery("SELECT a FROM PartnershipAbbreviation a ORDER BY a.abbreviation", PartnershipAbbreviation.class).getResultList();
    }

    public List<Map.Entry<String, String>> builtIn() {
        return new ArrayList<>(new TreeMap<>(Abbreviations.defaults().asMap()).entrySet());
    }

    public PartnershipAbbreviation add(String abbreviation, String expansion) {
        PartnershipAbbreviation added = new PartnershipAbbreviation(abbreviation == null ? null : abbreviation.strip(),
                expansion == null ? null : expansion.strip(), security.getCallerPrincipal().getName(), clock.utcNow());
        InputRules.requireValid(validator, added);
        boolean taken = !em.createQuery("SELECT a.id FROM PartnershipAbbreviation a WHERE a.abbreviation = :abbreviation", Long.class)
                .setParameter("abbreviation", added.getAbbreviation()).getResultList().isEmpty();
        if (taken) {
            throw new InvalidInputException("abbreviation", added.getAbbreviation() + " is already on the partnership's list");
        }
        em.persist(added);
        audit.record(AuditAction.ABBREVIATION_ADDED, "abbreviation", null, added.getAbbreviation() + " = " + added.getExpansion());
        changed.fire(new AbbreviationsChanged());
        return added;
    }
}
