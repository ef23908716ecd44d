package org.partnershipportal.catalogue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.partnershipportal.glossary.SearchedTerms;
import org.partnershipportal.platform.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the catalogue's search in SQL, so filtering, counting, faceting and paging all happen in
 * MariaDB: words of three letters or more go to the FULLTEXT index (all must match, each as a prefix);
 * shorter ones, like "CE", match as whole words. Each facet counts with every filter but its own,
 * so choosing one agency still shows how many datasets the others hold.
 */
final class CatalogueSearch {

    static final int TEXT_MAX = 200;

    enum Dimension { TEXT, AGENCY, SUBJECT, CLASSIFICATION, FREQUENCY, FLAG, REVIEW }

    private record Clause(Dimension dimension, String sql, List<Object> params) {
    }

    private final List<Clause> clauses = new ArrayList<>();
    private final String fullTextTerms;

    CatalogueSearch(CatalogueQuery query) {
        this(query, List.of());
    }

    /**
     * @param termForms the glossary's terms, each as all the ways it is written (name, abbreviation,
     *                  synonyms): a search that names a term in any of them finds datasets described
     *                  in any other, because the glossary is the partnership's own language.
     */
    CatalogueSearch(CatalogueQuery query, List<List<String>> termForms) {
        String text = query.text() == null ? "" : query.text().strip();
        if (text.length() > TEXT_MAX) {
            throw new InvalidInputException("text", "Search for at most " + TEXT_MAX + " characters");
        }
        StringBuilder terms = new StringBuilder();
        for (SearchedTerms.Stretch stretch : SearchedTerms.read(text, termForms)) {
            if (stretch.namesATerm()) {
                terms.append(terms.isEmpty() ? "" : " ").append('+').append(SearchedTerms.fullTextGroup(stretch.forms()));
                continue;
            }
            String word = stretch.words().get(0);
            if (word.length() >= SearchedTerms.FULLTEXT_MIN_LETTERS) {
                terms.append(terms.isEmpty() ? "" : " ").append('+').append(SearchedTerms.singularStem(word)).append('*'); // a plural's stem, as a prefix
            } else {
                clauses.add(new Clause(Dimension.TEXT, "CONCAT_WS(' ', d.name, d.description, d.fields_held) REGEXP ?",
                        List.of("(^|[^[:alnum:]])" + word + "($|[^[:alnum:]])")));
            }
        }
        fullTextTerms = terms.isEmpty() ? null : terms.toString();
        if (fullTextTerms != null) {
            clauses.add(new Clause(Dimension.TEXT, "MATCH(d.name, d.description, d.fields_held, d.system_name) AGAINST (? IN BOOLEAN MODE)",
                    List.of(fullTextTerms)));
        }
        if (query.agencyId() != null) {
            clauses.add(new Clause(Dimension.AGENCY, "d.agency_id = ?", List.of(query.agencyId())));
        }
        if (query.subject() != null) {
            clauses.add(new Clause(Dimension.SUBJECT, "EXISTS (SELECT 1 FROM dataset_subject s WHERE s.dataset_id = d.id AND s.subject = ?)",
                    List.of(query.subject().name())));
        }
        if (query.classification() != null) {
            clauses.add(new Clause(Dimension.CLASSIFICATION, "d.classification = ?", List.of(query.classification().name())));
        }
        if (query.frequency() != null) {
            clauses.add(new Clause(Dimension.FREQUENCY, "d.update_frequency = ?", List.of(query.frequency().name())));
        }
        if (query.flagId() != null) {
            clauses.add(new Clause(Dimension.FLAG, "EXISTS (SELECT 1 FROM dataset_flag f WHERE f.dataset_id = d.id AND f.flag_id = ?)",
                    List.of(query.flagId())));
        }
        if (query.reviewOverdueOnly()) {
            clauses.add(new Clause(Dimension.REVIEW, "(d.review_due_on IS NULL OR d.review_due_on < CURRENT_DATE)", List.of()));
        }
    }

    boolean hasText() {
        return fullTextTerms != null || clauses.stream().anyMatch(c -> c.dimension() == Dimension.TEXT);
    }

    /** The relevance expression for ordering, or a constant when there are no full-text words. */
    String relevance(List<Object> params) {
        if (fullTextTerms == null) {
            return "0";
        }
        params.add(fullTextTerms);
        return "MATCH(d.name, d.description, d.fields_held, d.system_name) AGAINST (? IN BOOLEAN MODE)";
    }

    /** " WHERE …" for every clause except those of {@code except} (null: none left out), adding their parameters. */
    String where(Dimension except, List<Object> params) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        for (Clause clause : clauses) {
            if (clause.dimension() != except) {
                sql.append(" AND ").append(clause.sql());
                params.addAll(clause.params());
            }
        }
        return sql.toString();
    }

    /** A native query with its {@code ?} placeholders numbered in order, as EclipseLink binds them. */
    static Query bind(EntityManager em, String sql, List<Object> params) {
        StringBuilder numbered = new StringBuilder();
        int next = 1;
        for (char c : sql.toCharArray()) {
            numbered.append(c);
            if (c == '?') {
                numbered.append(next++);
            }
        }
        Query query = em.createNativeQuery(numbered.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }
}
