package org.partnershipportal.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.flags.Flag;
import org.partnershipportal.identity.AgencyKind;
import org.partnershipportal.platform.MailSettings;
import org.partnershipportal.platform.Permission;
import org.partnershipportal.platform.SpreadsheetCells;
import org.partnershipportal.platform.Wording;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalogue for other catalogues: CSV for spreadsheets, and DCAT (the W3C data catalogue
 * vocabulary) as JSON-LD following DCAT-AP 3, so a regional or national catalogue can harvest it. The
 * context is written inline, so the document expands without fetching anything. Both describe
 * datasets only; neither names a steward, since the export leaves the partnership.
 */
@Stateless
@RolesAllowed(Permission.Name.READ_CATALOGUE)
public class CatalogueExports {

    static final String[] CSV_HEADER = {"id", "name", "description", "agency", "system", "subjects", "fields_held", "granularity", "geography",
            "coverage_from", "coverage_to", "update_frequency", "classification", "article6_basis", "article9_10_condition", "sharing_agreement",
            "access_route", "quality_issues", "flags", "last_reviewed_on", "review_due_on", "updated_at"};

    /** EU Publications Office authority tables and ADMS publisher types, the vocabularies DCAT-AP harvesters expect. */
    private static final String ACCESS_RIGHTS = "http://publications.europa.eu/resource/authority/access-right/";
    private static final String FILE_TYPES = "http://publications.europa.eu/resource/authority/file-type/";
    private static final String AVAILABILITY = "http://publications.europa.eu/resource/authority/planned-availability/";
    private static final String ENGLISH = "http://publications.europa.eu/resource/authority/language/ENG";
    private static final String PUBLISHER_TYPES = "http://purl.org/adms/publishertype/";

    @Inject
    Catalogue catalogue;

    @Inject
    MailSettings settings;

    @Inject
    AuditLog audit;

    public String csv() {
        List<Dataset> datasets = catalogue.everything();
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get().print(out)) {
            for (Dataset d : datasets) {
                printer.printRecord(d.getId(), cell(d.getName()), cell(d.getDescription()), cell(d.getAgency().getName()), cell(d.getSystemName()),
                        cell(d.getSubjectLabels()), cell(d.getFieldsHeld()), d.getGranularity().getLabel(), cell(d.getGeography()),
                        date(d.getCoverageFrom()), date(d.getCoverageTo()), d.getUpdateFrequency().getLabel(), d.getClassification().getLabel(),
                        d.getArticle6Basis() == null ? "" : d.getArticle6Basis().getLabel(), cell(d.getArticle9Condition()), cell(d.getSharingAgreement()),
                        cell(d.getAccessRoute()), cell(d.getQualityIssues()), cell(d.getFlagLabels()), date(d.getLastReviewedOn()),
                        date(d.getReviewDueOn()), Wording.isoMoment(d.getUpdatedAt()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditAction.CATALOGUE_EXPORTED, "catalogue", null, "CSV, " + datasets.size() + " datasets");
        return out.toString();
    }

    public JsonObject dcat() {
        List<Dataset> datasets = catalogue.everything();
        Map<Long, LocalDateTime> listed = catalogue.firstListed();
        String base = settings.portalUrl();
        JsonArrayBuilder entries = Json.createArrayBuilder();
        for (Dataset d : datasets) {
            entries.add(dataset(base, d, listed.getOrDefault(d.getId(), d.getUpdatedAt())));
        }
        JsonObjectBuilder catalog = Json.createObjectBuilder()
                .add("@context", context())
                .add("@id", base + "/api/catalogue/dcat")
                .add("@type", "dcat:Catalog")
                .add("dct:title", Json.createObjectBuilder().add("@value", "Partnership data catalogue").add("@language", "en"))
                .add("dct:description", "Datasets held across the safeguarding partnership's agencies, described for sharing. "
                        + "Records themselves are held by each agency, never by the catalogue.")
                .add("dct:publisher", agent("Safeguarding partnership", PUBLISHER_TYPES + "LocalAuthority"))
                .add("foaf:homepage", Json.createObjectBuilder().add("@id", base + "/catalogue/index.xhtml"))
                .add("dct:language", Json.createObjectBuilder().add("@id", ENGLISH))
                .add("dcat:themeTaxonomy", Json.createObjectBuilder().add("@id", Subject.DATA_THEMES))
                .add("dct:rights", rights("The catalogue describes datasets so partners and other catalogues can find them; "
                        + "the data themselves are shared only on request, under each dataset's access conditions."));
        datasets.stream().map(d -> listed.getOrDefault(d.getId(), d.getUpdatedAt())).min(LocalDateTime::compareTo)
                .ifPresent(first -> catalog.add("dct:issued", dateTime(first)));
        datasets.stream().map(Dataset::getUpdatedAt).max(LocalDateTime::compareTo)
                .ifPresent(last -> catalog.add("dct:modified", dateTime(last)));
        JsonObject document = catalog.add("dcat:dataset", entries).build();
        audit.record(AuditAction.CATALOGUE_EXPORTED, "catalogue", null, "DCAT, " + datasets.size() + " datasets");
        return document;
    }

    private static JsonObject context() {
        return Json.createObjectBuilder()
                .add("dcat", "http://www.w3.org/ns/dcat#")
                .add("dct", "http://purl.org/dc/terms/")
                .add("dcatap", "http://data.europa.eu/r5r/")
                .add("foaf", "http://xmlns.com/foaf/0.1/")
                .add("vcard", "http://www.w3.org/2006/vcard/ns#")
                .add("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
                .add("xsd", "http://www.w3.org/2001/XMLSchema#")
                .add("dcat:keyword", Json.createObjectBuilder().add("@container", "@set"))
                .add("dcat:startDate", Json.createObjectBuilder().add("@type", "xsd:date"))
                .add("dcat:endDate", Json.createObjectBuilder().add("@type", "xsd:date"))
                .add("dct:modified", Json.createObjectBuilder().add("@type", "xsd:dateTime"))
                .add("dct:issued", Json.createObjectBuilder().add("@type", "xsd:dateTime"))
                .add("dct:accrualPeriodicity", Json.createObjectBuilder().add("@type", "@id"))
                .add("dct:accessRights", Json.createObjectBuilder().add("@type", "@id"))
                .add("dct:format", Json.createObjectBuilder().add("@type", "@id"))
                .add("dct:type", Json.createObjectBuilder().add("@type", "@id"))
                .add("dcat:theme", Json.createObjectBuilder().add("@type", "@id").add("@container", "@set"))
                .add("dcat:accessURL", Json.createObjectBuilder().add("@type", "@id"))
                .add("dcatap:availability", Json.createObjectBuilder().add("@type", "@id"))
                .add("vcard:hasURL", Json.createObjectBuilder().add("@type", "@id"))
                .build();
    }

    private static JsonObject dataset(String base, Dataset d, LocalDateTime firstListed) {
        String page = base + "/catalogue/dataset.xhtml?id=" + d.getId();
        JsonArrayBuilder keywords = Json.createArrayBuilder();
        d.getSubjectList().forEach(s -> keywords.add(s.getLabel()));
        for (Flag flag : d.getFlagList()) {
            keywords.add(flag.getName());
        }
        Set<String> themes = new LinkedHashSet<>();
        d.getSubjectList().forEach(s -> themes.add(s.dataTheme()));
        themes.add(agencyTheme(d.getAgency().getKind()));
        String conditions = d.getClassification().getLabel()
                + (d.getArticle6Basis() == null ? "" : "; UK GDPR Article " + d.getArticle6Basis().getLabel())
                + (d.getArticle9Condition() == null ? "" : "; " + d.getArticle9Condition())
                + (d.getSharingAgreement() == null ? "" : "; information-sharing agreement " + d.getSharingAgreement());
        String access = accessRight(d.getClassification());
        JsonObjectBuilder entry = Json.createObjectBuilder()
                .add("@id", page)
                .add("@type", "dcat:Dataset")
                .add("dct:identifier", String.valueOf(d.getId()))
                .add("dct:title", d.getName())
                .add("dct:description", d.getDescription())
                .add("dct:publisher", agent(d.getAgency().getName(), publisherType(d.getAgency().getKind())))
                // The agency's data lead is reached through the dataset's page; no person's name leaves the partnership.
                .add("dcat:contactPoint", Json.createObjectBuilder().add("@type", "vcard:Organization")
                        .add("vcard:fn", d.getAgency().getShortName() + " data lead").add("vcard:hasURL", page))
                .add("dcat:keyword", keywords)
                .add("dcat:theme", Json.createArrayBuilder(List.copyOf(themes)))
                .add("dct:accrualPeriodicity", d.getUpdateFrequency().uri())
                .add("dct:accessRights", access)
                .add("dct:rights", rights(conditions))
                .add("dct:issued", dateTime(firstListed))
                .add("dct:modified", dateTime(d.getUpdatedAt()))
                .add("dcat:landingPage", Json.createObjectBuilder().add("@id", page))
                .add("dcat:distribution", distribution(d, page, access, conditions));
        if (d.getGeography() != null) {
            entry.add("dct:spatial", Json.createObjectBuilder().add("@type", "dct:Location").add("rdfs:label", d.getGeography()));
        }
        if (d.getCoverageFrom() != null || d.getCoverageTo() != null) {
            JsonObjectBuilder period = Json.createObjectBuilder().add("@type", "dct:PeriodOfTime");
            if (d.getCoverageFrom() != null) {
                period.add("dcat:startDate", d.getCoverageFrom().toString());
            }
            if (d.getCoverageTo() != null) {
                period.add("dcat:endDate", d.getCoverageTo().toString());
            }
            entry.add("dct:temporal", period);
        }
        return entry.build();
    }

    /**
     * Nothing in the catalogue is downloadable: every dataset is shared on request. Its distribution
     * is therefore the dataset's page, where a partner reads the conditions and raises a request
     * (DCAT-AP's pattern for data not openly available), and its access rights say so.
     */
    private static JsonObject distribution(Dataset d, String page, String access, String conditions) {
        String how = d.getAccessRoute() == null ? "Request through the partnership portal." : d.getAccessRoute();
        return Json.createObjectBuilder()
                .add("@id", page + "#on-request")
                .add("@type", "dcat:Distribution")
                .add("dct:title", "On request: " + d.getName())
                .add("dct:description", "Not downloadable. " + how)
                .add("dcat:accessURL", page)
                .add("dct:format", FILE_TYPES + "HTML")
                .add("dcatap:availability", AVAILABILITY + "AVAILABLE")
                .add("dct:accessRights", access)
                .add("dct:rights", rights(conditions))
                .build();
    }

    /** Personal data (pseudonymised included) is not public; anonymised data is shared with partners on request. */
    static String accessRight(Classification classification) {
        return ACCESS_RIGHTS + (classification.isPersonalData() ? "NON_PUBLIC" : "RESTRICTED");
    }

    private static String agencyTheme(AgencyKind kind) {
        return Subject.DATA_THEMES + "/" + switch (kind) {
            case HEALTH -> "HEAL";
            case EDUCATION -> "EDUC";
            case POLICE, YOUTH_JUSTICE, COMMUNITY_SAFETY -> "JUST";
            case COUNCIL, CHARITY -> "SOCI";
        };
    }

    /** ADMS publisher types: police forces and health boards serve more than one council area. */
    private static String publisherType(AgencyKind kind) {
        return PUBLISHER_TYPES + switch (kind) {
            case POLICE, HEALTH -> "RegionalAuthority";
            case CHARITY -> "NonProfitOrganisation";
            case COUNCIL, YOUTH_JUSTICE, COMMUNITY_SAFETY, EDUCATION -> "LocalAuthority";
        };
    }

    private static JsonObject agent(String name, String type) {
        return Json.createObjectBuilder().add("@type", Json.createArrayBuilder().add("foaf:Agent").add("foaf:Organization"))
                .add("foaf:name", name).add("dct:type", type).build();
    }

    private static JsonObject rights(String statement) {
        return Json.createObjectBuilder().add("@type", "dct:RightsStatement").add("rdfs:label", statement).build();
    }

    /** A stored UTC moment with its offset, always with seconds: xsd:dateTime requires them, and OffsetDateTime.toString leaves out ":00". */
    private static String dateTime(LocalDateTime time) {
        return Wording.isoMoment(time);
    }

    private static String cell(String text) {
        return text == null ? "" : SpreadsheetCells.neutralised(text);
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
