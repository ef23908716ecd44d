package org.partnershipportal.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnershipportal.platform.FileTransfer;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.PortalClock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The catalogue, read-only, for programs: datasets, asks, and the CSV and DCAT exports. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue", description = "Datasets held across the partnership and the strategic asks they answer")
public class CatalogueApi {

    public static final String JSON_LD = "application/ld+json";

    @Inject
    Catalogue catalogue;

    /** Days ("today", due dates) are London's, from the portal's clock (PortalClock's time policy). */
    @Inject
    PortalClock clock;

    @Inject
    Asks asks;

    @Inject
    CatalogueExports exports;

    public record FlagRef(long id, String agency, String name) {
    }

    public record DatasetSummary(long id, String name, String agency, String classification, String updateFrequency, String subjects,
                                 LocalDate reviewDueOn, boolean reviewOverdue, String href) {
    }

    public record DatasetPage(long total, int page, int size, List<DatasetSummary> items) {
    }

    public record LegalBasis(String article6, String article9or10, String sharingAgreement) {
    }

    public record DatasetDetail(long id, String name, String description, String agency, String agencyName, String steward, String system,
                                List<String> subjects, String fieldsHeld, String granularity, String geography, LocalDate coverageFrom,
                                LocalDate coverageTo, String updateFrequency, String classification, LegalBasis legalBasis, String accessRoute,
                                String qualityIssues, List<FlagRef> flags, LocalDate lastReviewedOn, LocalDate reviewDueOn, boolean reviewOverdue,
                                Instant updatedAt, long version) {
    }

    public record Mapping(long datasetId, String dataset, String agency, String fit, String missing) {
    }

    public record AskDetail(long id, String question, String whyItMatters, String subject, String priority, String status, String board,
                            Instant raisedAt, String bestFit, List<Mapping> datasets) {
    }

    @GET
    @Path("datasets")
    @Operation(summary = "Search the catalogue", description = "Full-text search with filters, paged; pages start at 1 and hold at most 100 datasets.")
    @APIResponse(responseCode = "200", description = "A page of datasets")
    @APIResponse(responseCode = "400", description = "A filter's value is not one the catalogue knows")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public DatasetPage datasets(@QueryParam("q") @Parameter(description = "words to find") String text,
                                @QueryParam("agency") @Parameter(description = "an agency's id") Long agencyId,
                                @QueryParam("subject") @Parameter(description = "YOUNG_PEOPLE, PERPETRATORS, PLACES or SERVICES") String subject,
                                @QueryParam("classification") String classification,
                                @QueryParam("frequency") String frequency,
                                @QueryParam("flag") @Parameter(description = "a flag's id") Long flagId,
                                @QueryParam("page") @DefaultValue("1") @Parameter(description = "page number, from 1") int page,
                                @QueryParam("size") @DefaultValue("50") @Parameter(description = "datasets a page, 1 to " + Catalogue.MAX_PAGE) int size) {
        if (page < 1 || size < 1 || size > Catalogue.MAX_PAGE) {
            throw new InvalidInputException("page", "Pages start at 1 and hold 1 to " + Catalogue.MAX_PAGE + " datasets");
        }
        CatalogueQuery query = new CatalogueQuery(text, agencyId, parse(Subject.class, "subject", subject),
                parse(Classification.class, "classification", classification), parse(UpdateFrequency.class, "frequency", frequency), flagId, false);
        LocalDate today = clock.today();
        List<DatasetSummary> items = catalogue.search(query, Catalogue.Sort.RELEVANCE, (page - 1) * size, size).stream()
                .map(r -> new DatasetSummary(r.id(), r.name(), r.agencyShortName(), r.classification().name(), r.frequency().name(), r.subjects(),
                        r.reviewDueOn(), r.reviewOverdueOn(today), "api/datasets/" + r.id())).toList();
        return new DatasetPage(catalogue.count(query), page, size, items);
    }

    @GET
    @Path("datasets/{id}")
    @Operation(summary = "One dataset's full record")
    @APIResponse(responseCode = "200", description = "The dataset")
    @APIResponse(responseCode = "404", description = "No such dataset")
    public DatasetDetail dataset(@PathParam("id") long id) {
        Dataset d = catalogue.get(id);
        return new DatasetDetail(d.getId(), d.getName(), d.getDescription(), d.getAgency().getShortName(), d.getAgency().getName(),
                d.getSteward() == null ? null : d.getSteward().getFullName(), d.getSystemName(),
                d.getSubjectList().stream().map(Enum::name).toList(), d.getFieldsHeld(), d.getGranularity().name(), d.getGeography(),
                d.getCoverageFrom(), d.getCoverageTo(), d.getUpdateFrequency().name(), d.getClassification().name(),
                new LegalBasis(d.getArticle6Basis() == null ? null : d.getArticle6Basis().name(), d.getArticle9Condition(), d.getSharingAgreement()),
                d.getAccessRoute(), d.getQualityIssues(),
                d.getFlagList().stream().map(f -> new FlagRef(f.getId(), f.getAgency().getShortName(), f.getName())).toList(),
                d.getLastReviewedOn(), d.getReviewDueOn(), d.isReviewOverdueOn(clock.today()), PortalClock.instantOf(d.getUpdatedAt()), d.getVersion());
    }

    @GET
    @Path("asks")
    @Operation(summary = "Strategic asks, with how well datasets answer each")
    public List<AskDetail> asks(@QueryParam("status") @Parameter(description = "OPEN, ANSWERED or PARKED") String status,
                                @QueryParam("subject") String subject) {
        return asks.list(parse(AskStatus.class, "status", status), parse(Subject.class, "subject", subject)).stream()
                .map(row -> detail(row.ask(), row.mappings())).toList();
    }

    @GET
    @Path("asks/{id}")
    @Operation(summary = "One strategic ask")
    @APIResponse(responseCode = "404", description = "No such ask")
    public AskDetail ask(@PathParam("id") long id) {
        StrategicAsk ask = asks.get(id);
        return detail(ask, asks.mappings(id));
    }

    private static AskDetail detail(StrategicAsk ask, List<AskMapping> mappings) {
        List<Mapping> mapped = mappings.stream().map(m -> new Mapping(m.getDataset().getId(), m.getDataset().getName(),
                m.getDataset().getAgency().getShortName(), m.getFit().name(), m.getMissing())).toList();
        Fit bestFit = new Asks.AskRow(ask, mappings).bestFit();
        return new AskDetail(ask.getId(), ask.getQuestion(), ask.getWhyItMatters(), ask.getSubject().name(), ask.getPriority().name(),
                ask.getStatus().name(), ask.getBoard().getName(), PortalClock.instantOf(ask.getRaisedAt()), bestFit == null ? null : bestFit.name(), mapped);
    }

    @GET
    @Path("catalogue/dcat")
    @Produces({JSON_LD, MediaType.APPLICATION_JSON})
    @Operation(summary = "The whole catalogue as DCAT (W3C Data Catalog Vocabulary), JSON-LD", description = "For regional or national catalogues to harvest.")
    public Response dcat() {
        return Response.ok(exports.dcat().toString(), JSON_LD + ";charset=UTF-8")
                .header("Content-Disposition", FileTransfer.contentDisposition("partnership-catalogue.jsonld")).build();
    }

    @GET
    @Path("catalogue/csv")
    @Produces("text/csv")
    @Operation(summary = "The whole catalogue as CSV")
    public Response csv() {
        return Response.ok(exports.csv(), "text/csv;charset=UTF-8")
                .header("Content-Disposition", FileTransfer.contentDisposition("partnership-catalogue.csv")).build();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException(field, "Unknown value '" + org.apache.commons.lang3.StringUtils.abbreviate(value.strip(), 40) + "'");
        }
    }
}
