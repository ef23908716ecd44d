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
import org.partnershipportal.platform.MailSettings;
import org.partnershipportal.platform.SpreadsheetCells;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The catalogue for other catalogues: CSV for spreadsheets, and DCAT (the W3C data catalogue
 * vocabulary) as JSON-LD, so a regional or national catalogue can harvest it. The context is written
 * inline, so the document expands without fetching anything. Both describe datasets only; neither
 * names a steward, since the export leaves the partnership.
 */
@Stateless
@RolesAllowed({"PARTNERSHIP_ADMIN", "BOARD_MEMBER", "DATA_LEAD"})
public class CatalogueExports {

    static final String[] CSV_HEADER = {"id", "name", "description", "agency", "system", "subjects", "fields_held", "granularity", "geography",
            "coverage_from", "coverage_to", "update_frequency", "classification", "article6_basis", "article9_10_condition", "sharing_agreement",
            "access_route", "quality_issues", "flags", "last_reviewed_on", "review_due_on", "updated_at"};

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
                        date(d.getReviewDueOn()), d.getUpdatedAt().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditAction.CATALOGUE_EXPORTED, "catalogue", null, "CSV, " + datasets.size() + " datasets");
        return out.toString();
    }

    public JsonObject dcat() {
        List<Dataset> datasets = catalogue.everything();
        String base = settings.portalUrl();
        JsonArrayBuilder entries = Json.createArrayBuilder();
        for (Dataset d : datasets) {
            entries.add(dataset(base, d));
        }
        JsonObject document = Json.createObjectBuilder()
                .add("@context", context())
                .add("@id", base + "/api/catalogue/dcat")
                .add("@type", "dcat:Catalog")
                .add("dct:title", Json.createObjectBuilder().add("@value", "Partnership data catalogue").add("@language", "en"))
                .add("dct:description", "Datasets held across the safeguarding partnership's agencies, described for sharing. "
                        + "Records themselves are held by each agency, never by the catalogue.")
                .add("dct:publisher", Json.createObjectBuilder().add("@type", "foaf:Organization").add("foaf:name", "Safeguarding partnership"))
                .add("dcat:dataset", entries)
                .build();
        audit.record(AuditAction.CATALOGUE_EXPORTED, "catalogue", null, "DCAT, " + datasets.size() + " datasets");
        return document;
    }

    private static JsonObject context() {
        return Json.createObjectBuilder()
                .add("dcat", "http://www.w3.org/ns/dcat#")
                .add("dct", "http://purl.org/dc/terms/")
                .add("foaf", "http://xmlns.com/foaf/0.1/")
                .add("vcard", "http://www.w3.org/2006/vcard/ns#")
                .add("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
                .add("xsd", "http://www.w3.org/2001/XMLSchema#")
                .add("dcat:keyword", Json.createObjectBuilder().add("@container", "@set"))
                .add("dcat:startDate", Json.createObjectBuilder().add("@type", "xsd:date"))
                .add("dcat:endDate", Json.createObjectBuilder().add("@type", "xsd:date"))
                .add("dct:modified", Json.createObjectBuilder().add("@type", "xsd:dateTime"))
                .add("dct:accrualPeriodicity", Json.createObjectBuilder().add("@type", "@id"))
                .build();
    }

    private static JsonObject dataset(String base, Dataset d) {
        JsonArrayBuilder keywords = Json.createArrayBuilder();
        d.getSubjectList().forEach(s -> keywords.add(s.getLabel()));
        for (Flag flag : d.getFlagList()) {
            keywords.add(flag.getName());
        }
        String rights = d.getClassification().getLabel()
                + (d.getArticle6Basis() == null ? "" : "; UK GDPR Article " + d.getArticle6Basis().getLabel())
                + (d.getArticle9Condition() == null ? "" : "; " + d.getArticle9Condition())
                + (d.getSharingAgreement() == null ? "" : "; information-sharing agreement " + d.getSharingAgreement());
        JsonObjectBuilder entry = Json.createObjectBuilder()
                .add("@id", base + "/catalogue/dataset.xhtml?id=" + d.getId())
                .add("@type", "dcat:Dataset")
                .add("dct:identifier", String.valueOf(d.getId()))
                .add("dct:title", d.getName())
                .add("dct:description", d.getDescription())
                .add("dct:publisher", Json.createObjectBuilder().add("@type", "foaf:Organization").add("foaf:name", d.getAgency().getName()))
                .add("dcat:contactPoint", Json.createObjectBuilder().add("@type", "vcard:Organization").add("vcard:fn", d.getAgency().getShortName() + " data lead"))
                .add("dcat:keyword", keywords)
                .add("dct:accrualPeriodicity", d.getUpdateFrequency().uri())
                .add("dct:accessRights", Json.createObjectBuilder().add("@type", "dct:RightsStatement").add("rdfs:label", rights))
                .add("dct:modified", d.getUpdatedAt().atOffset(ZoneOffset.UTC).toString());
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
        if (d.getAccessRoute() != null) {
            entry.add("dcat:landingPage", Json.createObjectBuilder().add("@id", base + "/catalogue/dataset.xhtml?id=" + d.getId()));
        }
        return entry.build();
    }

    private static String cell(String text) {
        return text == null ? "" : SpreadsheetCells.neutralised(text);
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
