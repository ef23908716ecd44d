package org.partnershipportal.catalogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.platform.FacesMessages;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.PagedList;

import java.io.Serializable;

/** catalogue/index.xhtml: search the catalogue, narrow it by facets, page through the results. */
@Named
@ViewScoped
public class CataloguePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Catalogue catalogue;

    private String text;
    private Long agencyId;
    private Subject subject;
    private Classification classification;
    private UpdateFrequency frequency;
    private Long flagId;
    private boolean reviewOverdueOnly;
    private Catalogue.Sort sort = Catalogue.Sort.RELEVANCE;
    private CatalogueQuery query = CatalogueQuery.everything();
    /**
     * The search form's choices and their counts. Not copied with the session: a clustered node copies the whole session
     * after every request and reads it back on the next, and a page's choices (a few dozen agencies, subjects and flags,
     * each with its label) were most of the objects its view-scoped bean put in that copy. Read again when a copy on
     * another node needs them ({@link #getFacets}).
     */
    private transient Catalogue.Facets facets;
    private PagedList<Catalogue.Row, CatalogueQuery> rows;
    private boolean maintainer;
    private long total;
    /** Whether {@link #total} was just counted for {@link #query} (by load or filter, whose answer renders the table) and the table has not used it yet. */
    private transient boolean totalJustCounted;

    public void load() {
        maintainer = !catalogue.maintainedAgencies().isEmpty();
        // a lambda, not a method reference: the serialised view (sessions are copied between nodes) keeps the name the
        // earlier version's lambda had, so a node of either version reads the other's during a rolling upgrade
        rows = new PagedList<>(() -> query, q -> countForTable(q),
                (q, first, size, ignored) -> catalogue.search(q, sort, first, size), row -> String.valueOf(row.id()));
        facets = catalogue.facets(query);
        total = catalogue.count(query);
        totalJustCounted = true;
    }

    /**
     * The table's count: the one this request's search has just taken for the heading, not a second query; when the
     * table pages later (its own request), counted again.
     */
    private long countForTable(CatalogueQuery tableQuery) {
        if (totalJustCounted && tableQuery.equals(query)) {
            totalJustCounted = false;
            return total;
        }
        return catalogue.count(tableQuery);
    }

    public void filter() {
        CatalogueQuery next = new CatalogueQuery(text, agencyId, subject, classification, frequency, flagId, reviewOverdueOnly);
        try {
            facets = catalogue.facets(next);
            total = catalogue.count(next);
            totalJustCounted = true;
            query = next;
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "search");
        }
    }

    public void clear() {
        text = null;
        agencyId = null;
        subject = null;
        classification = null;
        frequency = null;
        flagId = null;
        reviewOverdueOnly = false;
        filter();
    }

    public Catalogue.Sort[] getSorts() {
        return Catalogue.Sort.values();
    }

    public long getTotal() {
        return total;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public Subject getSubject() {
        return subject;
    }

    public void setSubject(Subject subject) {
        this.subject = subject;
    }

    public Classification getClassification() {
        return classification;
    }

    public void setClassification(Classification classification) {
        this.classification = classification;
    }

    public UpdateFrequency getFrequency() {
        return frequency;
    }

    public void setFrequency(UpdateFrequency frequency) {
        this.frequency = frequency;
    }

    public Long getFlagId() {
        return flagId;
    }

    public void setFlagId(Long flagId) {
        this.flagId = flagId;
    }

    public boolean isReviewOverdueOnly() {
        return reviewOverdueOnly;
    }

    public void setReviewOverdueOnly(boolean reviewOverdueOnly) {
        this.reviewOverdueOnly = reviewOverdueOnly;
    }

    public Catalogue.Sort getSort() {
        return sort;
    }

    public void setSort(Catalogue.Sort sort) {
        this.sort = sort == null ? Catalogue.Sort.RELEVANCE : sort;
    }

    public Catalogue.Facets getFacets() {
        if (facets == null) {
            facets = catalogue.facets(query);
        }
        return facets;
    }

    public PagedList<Catalogue.Row, CatalogueQuery> getRows() {
        return rows;
    }

    public boolean isMaintainer() {
        return maintainer;
    }
}
