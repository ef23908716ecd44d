package org.partnershipportal.catalogue;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnershipportal.catalogue.Catalogue.FacetCount;
import org.partnershipportal.catalogue.Catalogue.Facets;
import org.partnershipportal.catalogue.Catalogue.Row;
import org.partnershipportal.catalogue.Catalogue.Sort;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The catalogue's search, count and facet queries, all in MariaDB. It checks no one, so it is
 * package-private: only {@link Catalogue} (which checks the caller's permission first) and the
 * benchmark beside it call it. It runs in the caller's transaction, if there is one.
 */
@Dependent
class DatasetSearch {

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    org.partnershipportal.glossary.Glossary glossary;

    public List<Row> search(CatalogueQuery query, Sort sort, int first, int pageSize) {
        CatalogueSearch search = new CatalogueSearch(query, glossary.searchForms());
        List<Object> params = new ArrayList<>();
        String relevance = search.relevance(params);
        String where = search.where(null, params);
        String order = switch (sort == null || (sort == Sort.RELEVANCE && !search.hasText()) ? Sort.NAME : sort) {
            case RELEVANCE -> " ORDER BY relevance DESC, d.name, d.id";
            case NAME -> " ORDER BY d.name, d.id";
            case AGENCY -> " ORDER BY a.short_name, d.name, d.id";
            case REVIEW_DUE -> " ORDER BY d.review_due_on IS NOT NULL, d.review_due_on, d.name, d.id";
        };
        params.add(Math.max(1, Math.min(Catalogue.MAX_PAGE, pageSize)));
        params.add(Math.max(0, first));
        // The page's ids first (the sort can walk an index), then the details of those rows only.
        String join = sort == Sort.AGENCY ? " STRAIGHT_JOIN agency a ON a.id = d.agency_id" : "";
        String pageSql = "SELECT d.id, " + relevance + " AS relevance FROM dataset d" + join + where + order + " LIMIT ? OFFSET ?";
        @SuppressWarnings("unchecked")
        List<Object[]> page = CatalogueSearch.bind(em, pageSql, params).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(r -> ((Number) r[0]).longValue()).toList();
        String detailSql = "SELECT d.id, d.name, a.short_name, a.name AS agency_name, d.classification, d.update_frequency, d.review_due_on, "
                + "(SELECT GROUP_CONCAT(s.subject ORDER BY s.subject) FROM dataset_subject s WHERE s.dataset_id = d.id), "
                + "LEFT(d.description, 240) FROM dataset d JOIN agency a ON a.id = d.agency_id WHERE d.id IN ("
                + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")";
        @SuppressWarnings("unchecked")
        List<Object[]> details = CatalogueSearch.bind(em, detailSql, new ArrayList<>(ids)).getResultList();
        Map<Long, Row> byId = new java.util.HashMap<>();
        details.forEach(r -> byId.put(((Number) r[0]).longValue(), row(r)));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    public long count(CatalogueQuery query) {
        CatalogueSearch search = new CatalogueSearch(query, glossary.searchForms());
        List<Object> params = new ArrayList<>();
        String sql = "SELECT COUNT(*) FROM dataset d" + search.where(null, params);
        return ((Number) CatalogueSearch.bind(em, sql, params).getSingleResult()).longValue();
    }

    /** Counts per facet value; a value the query has chosen stays listed (with 0) so the filter stays visible and can be undone. */
    public Facets facets(CatalogueQuery query) {
        CatalogueSearch search = new CatalogueSearch(query, glossary.searchForms());
        List<FacetCount> agencies = facet(search, CatalogueSearch.Dimension.AGENCY,
                "SELECT a.id, a.short_name, COUNT(*) FROM dataset d JOIN agency a ON a.id = d.agency_id", " GROUP BY a.id, a.short_name ORDER BY a.short_name");
        List<FacetCount> flags = facet(search, CatalogueSearch.Dimension.FLAG,
                "SELECT fl.id, CONCAT(a.short_name, ': ', fl.name), COUNT(*) FROM dataset d JOIN dataset_flag df ON df.dataset_id = d.id "
                        + "JOIN flag fl ON fl.id = df.flag_id JOIN agency a ON a.id = fl.agency_id",
                " GROUP BY fl.id, a.short_name, fl.name ORDER BY a.short_name, fl.name");
        return new Facets(
                keepChosen(agencies, query.agencyId(), () -> {
                    org.partnershipportal.identity.Agency agency = em.find(org.partnershipportal.identity.Agency.class, query.agencyId());
                    return agency == null ? null : agency.getShortName();
                }),
                keepChosen(enumFacet(search, CatalogueSearch.Dimension.SUBJECT,
                        "SELECT s.subject, s.subject, COUNT(*) FROM dataset d JOIN dataset_subject s ON s.dataset_id = d.id", " GROUP BY s.subject", Subject.class),
                        query.subject(), () -> query.subject().getLabel()),
                keepChosen(enumFacet(search, CatalogueSearch.Dimension.CLASSIFICATION,
                        "SELECT d.classification, d.classification, COUNT(*) FROM dataset d", " GROUP BY d.classification", Classification.class),
                        query.classification(), () -> query.classification().getLabel()),
                keepChosen(enumFacet(search, CatalogueSearch.Dimension.FREQUENCY,
                        "SELECT d.update_frequency, d.update_frequency, COUNT(*) FROM dataset d", " GROUP BY d.update_frequency", UpdateFrequency.class),
                        query.frequency(), () -> query.frequency().getLabel()),
                keepChosen(flags, query.flagId(), () -> {
                    org.partnershipportal.flags.Flag flag = em.find(org.partnershipportal.flags.Flag.class, query.flagId());
                    return flag == null ? null : flag.getAgency().getShortName() + ": " + flag.getName();
                }));
    }

    private static List<FacetCount> keepChosen(List<FacetCount> counts, java.io.Serializable chosen, java.util.function.Supplier<String> label) {
        if (chosen == null || counts.stream().anyMatch(f -> f.key().equals(chosen))) {
            return counts;
        }
        String name = label.get();
        if (name == null) {
            return counts;
        }
        List<FacetCount> kept = new ArrayList<>(counts);
        kept.add(new FacetCount(chosen, name, 0));
        return kept;
    }

    private List<FacetCount> facet(CatalogueSearch search, CatalogueSearch.Dimension dimension, String select, String group) {
        List<Object> params = new ArrayList<>();
        String sql = select + search.where(dimension, params) + group;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = CatalogueSearch.bind(em, sql, params).getResultList();
        return rows.stream().map(r -> new FacetCount(r[0] instanceof Number id ? Long.valueOf(id.longValue()) : String.valueOf(r[0]),
                String.valueOf(r[1]), ((Number) r[2]).longValue())).toList();
    }

    private <E extends Enum<E>> List<FacetCount> enumFacet(CatalogueSearch search, CatalogueSearch.Dimension dimension, String select, String group,
                                                           Class<E> type) {
        Map<String, Long> counts = new java.util.HashMap<>();
        facet(search, dimension, select, group).forEach(f -> counts.put(String.valueOf(f.key()), f.count()));
        List<FacetCount> facets = new ArrayList<>();
        for (E value : type.getEnumConstants()) {
            if (counts.containsKey(value.name())) {
                facets.add(new FacetCount(value, label(value), counts.get(value.name())));
            }
        }
        return facets;
    }

    private static String label(Enum<?> value) {
        if (value instanceof Subject subject) {
            return subject.getLabel();
        }
        if (value instanceof Classification classification) {
            return classification.getLabel();
        }
        return value instanceof UpdateFrequency frequency ? frequency.getLabel() : value.name();
    }

    private static Row row(Object[] r) {
        Object due = r[6];
        LocalDate dueOn = due == null ? null : due instanceof Date date ? date.toLocalDate() : (LocalDate) due;
        String subjects = r[7] == null ? "" : String.join(", ", java.util.Arrays.stream(String.valueOf(r[7]).split(","))
                .map(s -> Subject.valueOf(s).getLabel()).toList());
        return new Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], Classification.valueOf((String) r[4]),
                UpdateFrequency.valueOf((String) r[5]), dueOn, subjects, (String) r[8]);
    }

}
