package org.partnershipportal.glossary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Validator;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.identity.AgencyRecords;
import org.partnershipportal.identity.MyAccount;
import org.partnershipportal.identity.UserAccount;
import org.partnershipportal.platform.AccessRefusedException;
import org.partnershipportal.platform.CallerPermissions;
import org.partnershipportal.platform.ConflictException;
import org.partnershipportal.platform.InputRules;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.NotFoundException;
import org.partnershipportal.platform.Permission;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The glossary: everyone signed in reads it; administrators keep the agreed definitions; each
 * agency's data lead (or an administrator) records that agency's own variant. Every change is kept
 * as history, field by field, and audited.
 */
@Stateless
@PermitAll
public class Glossary {

    @PersistenceContext
    EntityManager em;

    /** Moments are stored as UTC from the portal's clock (PortalClock's time policy). */
    @Inject
    org.partnershipportal.platform.PortalClock clock;

    @Inject
    SecurityContext security;

    @Inject
    CallerPermissions may;

    @Inject
    SearchFormsThisRequest formsThisRequest;

    @Inject
    Validator validator;

    @Inject
    AuditLog audit;

    @Inject
    MyAccount myAccount;

    @Inject
    AgencyRecords agencyRecords;

    @Inject
    Instance<TermUsages> usages;

    @Inject
    jakarta.enterprise.event.Event<GlossaryAbbreviationsChanged> abbreviationsChanged;

    /** A term with everything its page shows. */
    public record TermView(GlossaryTerm term, List<AgencyVariant> variants, List<GlossaryChange> history,
                           List<TermUsages.Use> uses, boolean canEdit, Long variantAgencyId) implements Serializable {
    }

    public List<GlossaryTerm> terms(String search) {
        String text = search == null ? "" : search.strip();
        if (text.isEmpty()) {
            return em.createQuery("SELECT t FROM GlossaryTerm t ORDER BY t.name", GlossaryTerm.class).getResultList();
        }
        String like = "%" + InputRules.escapeLike(text) + "%";
        return em.createQuery("SELECT t FROM GlossaryTerm t WHERE t.name LIKE :like ESCAPE '\\' OR t.abbreviation LIKE :like ESCAPE '\\' "
                        + "OR t.synonyms LIKE :like ESCAPE '\\' OR t.definition LIKE :like ESCAPE '\\' ORDER BY t.name", GlossaryTerm.class)
                .setParameter("like", like).getResultList();
    }

    public TermView open(long termId) {
        GlossaryTerm term = find(termId);
        List<AgencyVariant> variants = em.createQuery("SELECT v FROM AgencyVariant v JOIN FETCH v.agency WHERE v.term.id = :term "
                + "ORDER BY v.agency.name", AgencyVariant.class).setParameter("term", termId).getResultList();
        List<GlossaryChange> history = em.createQuery("SELECT c FROM GlossaryChange c LEFT JOIN FETCH c.agency WHERE c.term.id = :term "
                + "ORDER BY c.changedAt DESC, c.id DESC", GlossaryChange.class).setParameter("term", termId).getResultList();
        List<TermUsages.Use> uses = new ArrayList<>();
        for (TermUsages source : usages) {
            uses.addAll(source.usesOf(termId));
        }
        Optional<UserAccount> caller = myAccount.current();
        Long variantAgency = caller.filter(u -> u.holds(Permission.KEEP_OWN_AGENCY_RECORDS) || u.holds(Permission.KEEP_EVERY_AGENCY_RECORDS)).map(u -> u.getAgency().getId()).orElse(null);
        return new TermView(term, variants, history, uses, isAdmin(), variantAgency);
    }

    @RolesAllowed(Permission.Name.KEEP_GLOSSARY)
    public GlossaryTerm create(TermForm form) {
        InputRules.requireValid(validator, form);
        refuseTakenName(form.getName(), null);
        refuseTakenAbbreviation(form.getAbbreviation(), null);
        GlossaryTerm term = new GlossaryTerm(form.getName());
        String by = security.getCallerPrincipal().getName();
        LocalDateTime now = clock.utcNow();
        term.describe(form.getName(), form.getAbbreviation(), form.getSynonyms(), form.getDefinition(), form.getSource(),
                form.getSourceDetail(), form.getStatus(), by, now);
        em.persist(term);
        em.flush();
        em.persist(new GlossaryChange(term, null, "definition", null, term.getDefinition(), by, now));
        audit.record(AuditAction.GLOSSARY_CHANGED, "glossary-term", term.getId(), "created " + term.getName());
        forgetSearchForms();
        if (term.getAbbreviation() != null) {
            abbreviationsChanged.fire(new GlossaryAbbreviationsChanged());
        }
        return term;
    }

    /** Saves the term, keeping each changed field's old and new text as history. */
    @RolesAllowed(Permission.Name.KEEP_GLOSSARY)
    public GlossaryTerm update(long termId, long expectedVersion, TermForm form) {
        GlossaryTerm term = find(termId);
        if (term.getVersion() != expectedVersion) {
            throw new ConflictException("Someone else changed this term while you were editing. Reload to see their change.");
        }
        InputRules.requireValid(validator, form);
        refuseTakenName(form.getName(), termId);
        refuseTakenAbbreviation(form.getAbbreviation(), termId);
        String by = security.getCallerPrincipal().getName();
        LocalDateTime now = clock.utcNow();
        Map<String, String[]> changes = new LinkedHashMap<>();
        compare(changes, "name", term.getName(), form.getName());
        compare(changes, "abbreviation", term.getAbbreviation(), form.getAbbreviation());
        compare(changes, "synonyms", term.getSynonyms(), form.getSynonyms());
        compare(changes, "definition", term.getDefinition(), form.getDefinition());
        compare(changes, "source", term.getSource().getLabel(), form.getSource().getLabel());
        compare(changes, "source detail", term.getSourceDetail(), form.getSourceDetail());
        compare(changes, "status", term.getStatus().getLabel(), form.getStatus().getLabel());
        if (changes.isEmpty()) {
            throw new InvalidInputException(null, "Nothing has changed");
        }
        term.describe(form.getName(), form.getAbbreviation(), form.getSynonyms(), form.getDefinition(), form.getSource(),
                form.getSourceDetail(), form.getStatus(), by, now);
        changes.forEach((field, values) -> em.persist(new GlossaryChange(term, null, field, values[0], values[1], by, now)));
        audit.record(AuditAction.GLOSSARY_CHANGED, "glossary-term", termId, "changed " + String.join(", ", changes.keySet()));
        forgetSearchForms();
        if (changes.containsKey("abbreviation") || (changes.containsKey("name") && term.getAbbreviation() != null)) {
            abbreviationsChanged.fire(new GlossaryAbbreviationsChanged());
        }
        return term;
    }

    /** An agency's own definition of the term: its data lead or an administrator records it. */
    public void saveVariant(long termId, long agencyId, String definition) {
        GlossaryTerm term = find(termId);
        Agency agency = Optional.ofNullable(em.find(Agency.class, agencyId)).orElseThrow(() -> new NotFoundException("No such agency"));
        if (!agencyRecords.keptByCaller(agencyId)) {
            audit.recordRefusal("glossary-term", termId, "variant of another agency: " + agency.getShortName());
            throw new AccessRefusedException("Only " + agency.getShortName() + "'s data lead or an administrator can record its definition");
        }
        String text = definition == null ? null : definition.strip();
        if (text == null || text.isEmpty()) {
            throw new InvalidInputException("variant", "Enter the agency's definition");
        }
        if (text.length() > GlossaryTerm.DEFINITION_MAX) {
            throw new InvalidInputException("variant", "Use at most " + GlossaryTerm.DEFINITION_MAX + " characters");
        }
        List<AgencyVariant> existing = em.createQuery("SELECT v FROM AgencyVariant v WHERE v.term.id = :term AND v.agency.id = :agency",
                AgencyVariant.class).setParameter("term", termId).setParameter("agency", agencyId).getResultList();
        String before = existing.isEmpty() ? null : existing.get(0).getDefinition();
        if (text.equals(before)) {
            throw new InvalidInputException("variant", "Nothing has changed");
        }
        if (existing.isEmpty()) {
            em.persist(new AgencyVariant(term, agency, text));
        } else {
            existing.get(0).redefine(text);
        }
        em.persist(new GlossaryChange(term, agency, "agency definition", before, text, security.getCallerPrincipal().getName(), clock.utcNow()));
        audit.record(AuditAction.GLOSSARY_CHANGED, "glossary-term", termId, agency.getShortName() + " variant");
    }

    /**
     * Every term as the ways it is written: its name (without a bracketed abbreviation), its
     * abbreviation and its synonyms. Search elsewhere (the catalogue) treats them as one.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS) // a read: no transaction of its own
    public List<List<String>> searchForms() {
        // Off a request too (a managed executor's task): Payara's Weld starts a request context for each call into a
        // session bean when none is active (BackgroundTaskIT; the CDI specification promises it only for remote,
        // asynchronous and timeout calls).
        return formsThisRequest.forms(this::readSearchForms);
    }

    /** A term's ways of writing it changed: a search later in this request reads them again. */
    private void forgetSearchForms() {
        formsThisRequest.forget();
    }

    private List<List<String>> readSearchForms() {
        List<List<String>> forms = new java.util.ArrayList<>();
        em.createQuery("SELECT t FROM GlossaryTerm t", GlossaryTerm.class).getResultStream().forEach(term -> {
            List<String> ways = new java.util.ArrayList<>();
            ways.add(term.getName().replaceAll("\\s*\\([^)]*\\)\\s*$", ""));
            if (term.getAbbreviation() != null && !term.getAbbreviation().isBlank()) {
                ways.add(term.getAbbreviation());
            }
            ways.addAll(term.getSynonymList());
            forms.add(ways);
        });
        return forms;
    }

    /** Abbreviations of glossary terms, for the duplicate finder: abbreviation → term name. */
    public Map<String, String> abbreviations() {
        Map<String, String> map = new LinkedHashMap<>();
        em.createQuery("SELECT t.abbreviation, t.name FROM GlossaryTerm t WHERE t.abbreviation IS NOT NULL", Object[].class)
                .getResultStream().forEach(row -> map.putIfAbsent((String) row[0], ((String) row[1]).toLowerCase(java.util.Locale.UK)));
        return map;
    }

    public List<Agency> agencies() {
        return em.createQuery("SELECT a FROM Agency a ORDER BY a.name", Agency.class).getResultList();
    }

    public boolean isAdmin() {
        return may.holds(Permission.KEEP_GLOSSARY);
    }

    private void refuseTakenName(String name, Long exceptId) {
        boolean taken = em.createQuery("SELECT t.id FROM GlossaryTerm t WHERE t.name = :name", Long.class).setParameter("name", name)
                .getResultStream().anyMatch(id -> !id.equals(exceptId));
        if (taken) {
            throw new InvalidInputException("name", "The glossary already has a term called " + name);
        }
    }

    /**
     * One abbreviation stands for one term, whatever its capitals: the duplicate finder and the catalogue's search expand
     * each abbreviation to its term's name, so a second term with it would make every use of it ambiguous.
     */
    private void refuseTakenAbbreviation(String abbreviation, Long exceptId) {
        String wanted = InputRules.trimmed(abbreviation);
        if (wanted == null) {
            return;
        }
        em.createQuery("SELECT t FROM GlossaryTerm t WHERE UPPER(t.abbreviation) = :abbreviation", GlossaryTerm.class)
                .setParameter("abbreviation", wanted.toUpperCase(java.util.Locale.ROOT)).getResultStream()
                .filter(term -> !term.getId().equals(exceptId)).findFirst()
                .ifPresent(term -> {
                    throw new InvalidInputException("abbreviation", "The glossary already uses " + wanted + " for " + term.getName());
                });
    }

    private GlossaryTerm find(long termId) {
        return Optional.ofNullable(em.find(GlossaryTerm.class, termId)).orElseThrow(() -> new NotFoundException("No such term"));
    }

    private static void compare(Map<String, String[]> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.put(field, new String[]{before, after});
        }
    }
}
