package org.partnershipportal.language;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Validator;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.platform.AccessRefusedException;
import org.partnershipportal.platform.CallerPermissions;
import org.partnershipportal.platform.ConflictException;
import org.partnershipportal.platform.InputRules;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.NotFoundException;
import org.partnershipportal.platform.Permission;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The partnership's language list: everyone signed in reads it (it is guidance); administrators add, change and
 * remove entries, each change audited. Also hands out the matcher over the current list, so the note under a
 * field and the quarterly counts use the same entries and the same rule.
 */
@Stateless
@PermitAll
public class LanguageList {

    static final String TARGET = "language-term";

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    CallerPermissions may;

    @Inject
    AuditLog audit;

    @Inject
    Validator validator;

    /** The whole list, by term. It is a curated list of tens of entries, not a growing table. */
    public List<ListedTerm> entries() {
        return em.createQuery("SELECT t FROM ListedTerm t ORDER BY t.phrase", ListedTerm.class).getResultList();
    }

    public LanguageMatcher matcher() {
        return new LanguageMatcher(entries().stream().map(ListedTerm::asMatcherTerm).toList());
    }

    public boolean callerMayEdit() {
        return may.holds(Permission.KEEP_LANGUAGE_LIST);
    }

    public ListedTerm add(TermEntryForm form) {
        requireAdministrator(null, "add a language term");
        requireSound(form, null);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        ListedTerm term = new ListedTerm(form, caller(), now);
        em.persist(term);
        em.flush();
        audit.record(AuditAction.LANGUAGE_LIST_CHANGED, TARGET, term.getId(), "added \"" + term.getPhrase() + "\"");
        return term;
    }

    public ListedTerm change(long termId, long expectedVersion, TermEntryForm form) {
        requireAdministrator(termId, "change a language term");
        ListedTerm term = find(termId).orElseThrow(() -> new NotFoundException("No such term in the language list"));
        if (term.getVersion() != expectedVersion) {
            throw new ConflictException("Someone else changed this term while you were editing. Reload to see their change.");
        }
        requireSound(form, termId);
        String before = term.getPhrase();
        term.describe(form, caller(), LocalDateTime.now(ZoneOffset.UTC));
        audit.record(AuditAction.LANGUAGE_LIST_CHANGED, TARGET, termId, "changed \"" + before + "\"");
        return term;
    }

    public void remove(long termId) {
        requireAdministrator(termId, "remove a language term");
        ListedTerm term = find(termId).orElseThrow(() -> new NotFoundException("No such term in the language list"));
        audit.record(AuditAction.LANGUAGE_LIST_CHANGED, TARGET, termId, "removed \"" + term.getPhrase() + "\"");
        em.remove(term);
    }

    public Optional<ListedTerm> find(long termId) {
        return Optional.ofNullable(em.find(ListedTerm.class, termId));
    }

    private void requireAdministrator(Long termId, String attempt) {
        if (!callerMayEdit()) {
            audit.recordRefusal(TARGET, termId, "not an administrator: " + attempt);
            throw new AccessRefusedException("Only partnership administrators change the language list");
        }
    }

    /** Field rules first, then the pattern must compile and the term's name be new: all before anything is written. */
    private void requireSound(TermEntryForm form, Long exceptId) {
        InputRules.requireValid(validator, form);
        try {
            TermPattern.of(form.getPattern());
        } catch (IllegalArgumentException refused) {
            throw new InvalidInputException("pattern", refused.getMessage());
        }
        boolean taken = em.createQuery("SELECT t.id FROM ListedTerm t WHERE t.phrase = :phrase", Long.class)
                .setParameter("phrase", form.getPhrase()).getResultStream().anyMatch(id -> !id.equals(exceptId));
        if (taken) {
            throw new InvalidInputException("phrase", "The list already has \"" + form.getPhrase() + "\"");
        }
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }
}
