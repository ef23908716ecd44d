package org.partnershipportal.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnershipportal.glossary.GlossaryTerm;
import org.partnershipportal.glossary.TermUsages;
import org.partnershipportal.platform.CallerPermissions;
import org.partnershipportal.platform.Permission;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Datasets and asks that use a glossary term: its name or abbreviation appears as a whole word in
 * their text, or (datasets) they carry a flag linked to the term. Asks are partnership-wide reading.
 */
@ApplicationScoped
public class CatalogueTermUsages implements TermUsages {

    private static final int LIMIT = 50;

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    CallerPermissions may;


    @Override
    public List<Use> usesOf(long termId) {
        GlossaryTerm term = em.find(GlossaryTerm.class, termId);
        if (term == null || !may.holds(Permission.READ_CATALOGUE)) {
            return List.of();
        }
        String words = wholeWords(term);
        List<Use> uses = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> datasets = em.createNativeQuery("SELECT d.id, d.name, a.short_name FROM dataset d JOIN agency a ON a.id = d.agency_id "
                        + "WHERE CONCAT_WS(' ', d.name, d.description, d.fields_held) REGEXP ?1 "
                        + "OR EXISTS (SELECT 1 FROM dataset_flag df JOIN flag f ON f.id = df.flag_id WHERE df.dataset_id = d.id AND f.glossary_term_id = ?2) "
                        + "ORDER BY a.short_name, d.name LIMIT " + LIMIT)
                .setParameter(1, words).setParameter(2, termId).getResultList();
        datasets.forEach(r -> uses.add(new Use("Dataset", r[2] + ": " + r[1], "/catalogue/dataset.xhtml?id=" + r[0])));
        @SuppressWarnings("unchecked")
        List<Object[]> asks = em.createNativeQuery("SELECT k.id, k.question FROM strategic_ask k WHERE CONCAT_WS(' ', k.question, k.why_it_matters) REGEXP ?1 "
                + "ORDER BY k.raised_at DESC LIMIT " + LIMIT).setParameter(1, words).getResultList();
        asks.forEach(r -> uses.add(new Use("Ask", (String) r[1], "/catalogue/ask.xhtml?id=" + r[0])));
        return uses;
    }

    /** A MariaDB (PCRE) pattern matching the term's name or abbreviation (or their plural) as whole words, any case. */
    static String wholeWords(GlossaryTerm term) {
        List<String> names = new ArrayList<>();
        names.add(Pattern.quote(term.getName()));
        Optional.ofNullable(term.getAbbreviation()).filter(a -> !a.isBlank()).ifPresent(a -> names.add(Pattern.quote(a)));
        return "(?i)(^|[^[:alnum:]])(" + String.join("|", names) + ")s?($|[^[:alnum:]])";
    }
}
