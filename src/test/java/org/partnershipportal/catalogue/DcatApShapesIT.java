package org.partnershipportal.catalogue;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.Test;
import org.partnershipportal.testsupport.PortalClient;
import org.partnershipportal.testsupport.SharedPortal;

import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/**
 * The DCAT export as a regional catalogue harvests it: read as JSON-LD by Apache Jena (offline: the
 * context is inline) and validated against SHACL shapes for DCAT-AP 3.0's mandatory and recommended
 * properties (src/test/resources/.../dcat-ap-3-shapes.ttl, which names its source).
 */
@UsesDemoPartnership
class DcatApShapesIT {

    static final String PREFIXES = "PREFIX dcat: <http://www.w3.org/ns/dcat#> PREFIX dct: <http://purl.org/dc/terms/> ";

    final URL base = SharedPortal.base();

    @Test
    void theDcatExportConformsToDcatApMandatoryAndRecommendedProperties() throws Exception {
        PortalClient admin = new PortalClient(base);
        admin.signIn("avery.admin", DEMO_PASSWORD);
        HttpResponse<String> export = admin.get("api/catalogue/dcat");
        assertThat(export.statusCode()).isEqualTo(200);
        Graph data = RDFParser.fromString(export.body(), Lang.JSONLD).toGraph();

        Shapes shapes;
        try (InputStream in = getClass().getResourceAsStream("dcat-ap-3-shapes.ttl")) {
            shapes = Shapes.parse(RDFParser.source(in).lang(Lang.TURTLE).toGraph());
        }
        ValidationReport report = ShaclValidator.get().validate(shapes, data);

        assertThat(report.getEntries().stream().map(DcatApShapesIT::describe).collect(Collectors.toList()))
                .as("SHACL results against DCAT-AP 3 shapes").isEmpty();
        assertThat(report.conforms()).isTrue();

        // The shapes hold for every dataset the catalogue has, not for an empty graph.
        int total = count(data, "SELECT (COUNT(?d) AS ?n) WHERE { ?c a dcat:Catalog ; dcat:dataset ?d . ?d a dcat:Dataset }");
        assertThat(total).isEqualTo(count(admin, "api/datasets?size=1"));
        // Restricted data: its distribution leads to the dataset's page (where access is requested), and says it is not public.
        int onRequest = count(data, "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a dcat:Dataset ; dcat:landingPage ?page ; "
                + "dcat:distribution ?dist . ?dist dcat:accessURL ?page ; "
                + "dct:accessRights <http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC> }");
        assertThat(onRequest).as("datasets of personal data offered on request").isPositive();
    }

    private static String describe(ReportEntry entry) {
        return entry.focusNode() + " " + entry.resultPath() + ": " + entry.message();
    }

    private static int count(Graph data, String select) {
        try (QueryExec exec = QueryExec.graph(data).query(PREFIXES + select).build()) {
            RowSet rows = exec.select();
            return Integer.parseInt(rows.next().get("n").getLiteralLexicalForm());
        }
    }

    private static int count(PortalClient client, String path) throws Exception {
        String body = client.get(path).body();
        return jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject().getInt("total");
    }
}
