package org.partnershipportal.catalogue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.partnershipportal.testsupport.SharedPortal;
import org.partnershipportal.testsupport.PortalClient;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/** The read-only API over HTTP: who may call it, what it answers, its OpenAPI description and the DCAT export as real JSON-LD. */
@UsesDemoPartnership
class CatalogueApiIT {

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCT = "http://purl.org/dc/terms/";


    /** The portal shared by every outside-in test of the run (one server start, not one per class). */
    final URL base = SharedPortal.base();

    @Test
    void onlySignedInBoardMembersDataLeadsAndAdministratorsReadTheApi() throws Exception {
        new PortalClient(base);
        HttpResponse<String> anonymous = call("api/datasets", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(anonymous.body()).doesNotContain("Missing person reports");
        // The API's own JSON, not the server's HTML error page, and never cached.
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(jakarta.json.Json.createReader(new java.io.StringReader(anonymous.body())).readObject().getInt("status")).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Cache-Control")).hasValue("no-store");

        HttpResponse<String> wrongPassword = call("api/datasets", "dana.datalead", "wrong-password");
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.body()).startsWith("{").doesNotContain("Payara");
        assertThat(call("api/asks", null, null).statusCode()).isEqualTo(401);
        assertThat(call("api/catalogue/dcat", null, null).statusCode()).isEqualTo(401);

        HttpResponse<String> practitioner = call("api/datasets", "parker.practitioner", DEMO_PASSWORD);
        assertThat(practitioner.statusCode()).isEqualTo(403);
        assertThat(json(practitioner.body()).getString("message")).isEqualTo("Your roles do not give you this");
        assertThat(practitioner.body()).doesNotContain("Exception").doesNotContain("at org.");

        for (String allowed : List.of("dana.datalead", "blake.boardmember", "avery.admin")) {
            assertThat(call("api/datasets", allowed, DEMO_PASSWORD).statusCode()).as(allowed).isEqualTo(200);
        }
        PortalClient browserSession = new PortalClient(base);
        browserSession.signIn("casey.chair", DEMO_PASSWORD);
        assertThat(browserSession.get("api/asks").statusCode()).as("a signed-in browser's session works too").isEqualTo(200);
    }

    @Test
    void aPersonFollowingTheCsvLinkAfterTheirSessionEndedSignsInOnThePortalsPageAndThenGetsTheFile() throws Exception {
        PortalClient browser = new PortalClient(base);
        HttpResponse<String> signedOut = browser.get("api/catalogue/csv", "Sec-Fetch-Mode", "navigate",
                "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login.xhtml"));
        assertThat(signedOut.headers().firstValue("WWW-Authenticate")).as("no browser password box").isEmpty();

        HttpResponse<String> signIn = browser.signIn("dana.datalead", DEMO_PASSWORD);
        assertThat(signIn.headers().firstValue("Location")).as("back to the file asked for")
                .hasValueSatisfying(l -> assertThat(l).endsWith("/api/catalogue/csv"));
        HttpResponse<String> file = browser.get("api/catalogue/csv");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(file.body()))
                .getRecords()).isNotEmpty();

        // A program (no Sec-Fetch-Mode) still gets the API's 401 and its Basic challenge.
        HttpResponse<String> program = new PortalClient(base).get("api/catalogue/csv", "Accept", "text/html");
        assertThat(program.statusCode()).isEqualTo(401);
        assertThat(program.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }

    @Test
    void datasetsAndAsksAnswerWithFiltersPagingAndClearErrors() throws Exception {
        JsonObject all = json(call("api/datasets?size=100", "dana.datalead", DEMO_PASSWORD).body());
        assertThat(all.getInt("total")).isGreaterThanOrEqualTo(15);
        assertThat(all.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(o -> o.getString("agency")).distinct())
                .contains("KSP", "KVC", "KICB", "KYOS", "KCS");

        JsonObject missing = json(call("api/datasets?q=missing%20reports&size=5", "dana.datalead", DEMO_PASSWORD).body());
        assertThat(missing.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(o -> o.getString("name")))
                .startsWith("Missing person reports (under 18)");
        assertThat(missing.getInt("total")).isLessThan(all.getInt("total"));

        JsonObject page2 = json(call("api/datasets?page=2&size=5", "dana.datalead", DEMO_PASSWORD).body());
        assertThat(page2.getJsonArray("items")).hasSize(5);
        assertThat(page2.getInt("page")).isEqualTo(2);

        JsonObject special = json(call("api/datasets?classification=special_category&size=100", "dana.datalead", DEMO_PASSWORD).body());
        assertThat(special.getJsonArray("items").getValuesAs(JsonObject.class)).isNotEmpty()
                .allMatch(o -> o.getString("classification").equals("SPECIAL_CATEGORY"));

        HttpResponse<String> badFilter = call("api/datasets?subject=WIDGETS", "dana.datalead", DEMO_PASSWORD);
        assertThat(badFilter.statusCode()).isEqualTo(400);
        assertThat(json(badFilter.body()).getString("message")).isEqualTo("subject: Unknown value 'WIDGETS'");
        assertThat(call("api/datasets?size=1000", "dana.datalead", DEMO_PASSWORD).statusCode()).isEqualTo(400);
        assertThat(call("api/datasets/999999", "dana.datalead", DEMO_PASSWORD).statusCode()).isEqualTo(404);

        long id = missing.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject one = json(call("api/datasets/" + id, "dana.datalead", DEMO_PASSWORD).body());
        assertThat(one.getJsonObject("legalBasis").getString("article6")).isEqualTo("PUBLIC_TASK");

        JsonArray asks = Json.createReader(new StringReader(call("api/asks?status=open", "blake.boardmember", DEMO_PASSWORD).body())).readArray();
        assertThat(asks.size()).isGreaterThanOrEqualTo(10);
        JsonObject flagged = asks.getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("question").startsWith("How many children are flagged for exploitation")).findFirst().orElseThrow();
        assertThat(flagged.getString("bestFit")).isEqualTo("PARTLY");
        assertThat(flagged.getJsonArray("datasets")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(call("api/asks/999999", "blake.boardmember", DEMO_PASSWORD).statusCode()).isEqualTo(404);

        // Payara Micro serves the description at the server's root, whatever the portal's context path.
        HttpResponse<String> openApi = call("/openapi", null, null);
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).contains("/datasets/{id}").contains("/catalogue/dcat").contains("Partnership Portal API").contains("basic");
    }

    @Test
    void theDcatExportIsValidJsonLdDescribingEveryDatasetAndTheCsvHasEveryRow() throws Exception {
        int total = json(call("api/datasets?size=1", "avery.admin", DEMO_PASSWORD).body()).getInt("total");
        HttpResponse<String> export = call("api/catalogue/dcat", "avery.admin", DEMO_PASSWORD);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/ld+json"));

        JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(export.body()))).get();
        JsonObject catalog = expanded.getJsonObject(0);
        assertThat(catalog.getJsonArray("@type").getString(0)).isEqualTo(DCAT + "Catalog");
        List<JsonObject> datasets = catalog.getJsonArray(DCAT + "dataset").getValuesAs(JsonObject.class);
        assertThat(datasets).hasSize(total);
        for (JsonObject dataset : datasets) {
            assertThat(dataset.getJsonArray("@type").getString(0)).isEqualTo(DCAT + "Dataset");
            assertThat(dataset.getString("@id")).contains("/catalogue/dataset.xhtml?id=");
            assertThat(value(dataset, DCT + "title")).isNotBlank();
            assertThat(dataset.getJsonArray(DCT + "publisher")).isNotEmpty();
            assertThat(dataset.getJsonArray(DCT + "accrualPeriodicity").getJsonObject(0).getString("@id"))
                    .startsWith("http://publications.europa.eu/resource/authority/frequency/");
        }
        JsonObject missing = datasets.stream().filter(d -> value(d, DCT + "title").equals("Missing person reports (under 18)")).findFirst().orElseThrow();
        JsonObject temporal = missing.getJsonArray(DCT + "temporal").getJsonObject(0);
        assertThat(temporal.getJsonArray(DCAT + "startDate").getJsonObject(0).getString("@type")).isEqualTo("http://www.w3.org/2001/XMLSchema#date");
        assertThat(JsonLd.toRdf(JsonDocument.of(new StringReader(export.body()))).get().toList()).hasSizeGreaterThan(total * 8);

        HttpResponse<String> csv = call("api/catalogue/csv", "avery.admin", DEMO_PASSWORD);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("attachment"));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv.body())).getRecords();
        assertThat(rows).hasSize(total);
        assertThat(rows.stream().map(r -> r.get("agency"))).contains("Kestrelshire Police");
    }

    /** Times are stored in UTC and every export says so: the same instant, with its Z, in the CSV, the API and DCAT. */
    @Test
    void theExportsLabelADatasetsLastChangeTruthfullyAsTheSameUtcInstant() throws Exception {
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(call("api/catalogue/csv", "avery.admin", DEMO_PASSWORD).body())).getRecords();
        CSVRecord missing = rows.stream().filter(r -> r.get("name").equals("Missing person reports (under 18)")).findFirst().orElseThrow();
        String updated = missing.get("updated_at");
        assertThat(updated).as("an ISO instant with its offset").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(Instant.parse(updated)).as("not in the future").isBefore(Instant.now().plusSeconds(60));

        String api = json(call("api/datasets/" + missing.get("id"), "avery.admin", DEMO_PASSWORD).body()).getString("updatedAt");
        assertThat(api).endsWith("Z");
        assertThat(Instant.parse(api).truncatedTo(ChronoUnit.SECONDS)).isEqualTo(Instant.parse(updated));

        JsonArray expanded = JsonLd.expand(JsonDocument.of(new StringReader(call("api/catalogue/dcat", "avery.admin", DEMO_PASSWORD).body()))).get();
        JsonObject dataset = expanded.getJsonObject(0).getJsonArray(DCAT + "dataset").getValuesAs(JsonObject.class).stream()
                .filter(d -> value(d, DCT + "title").equals("Missing person reports (under 18)")).findFirst().orElseThrow();
        assertThat(value(dataset, DCT + "modified")).isEqualTo(updated);
    }

    private static String value(JsonObject node, String property) {
        JsonValue first = node.getJsonArray(property).get(0);
        return first.asJsonObject().getString("@value");
    }

    private HttpResponse<String> call(String path, String user, String password) throws Exception {
        String root = base.toString().replace("://localhost:", "://127.0.0.1:");
        URI uri = path.startsWith("/") ? URI.create(root).resolve(path) : URI.create(root.endsWith("/") ? root + path : root + "/" + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A dataset's page says what sharing it needs: an agreement for personal data, none for anonymised data (a page walk found the first said of both). */
    @Test
    void aDatasetWithoutAnAgreementSaysWhetherSharingItNeedsOne() throws Exception {
        PortalClient dana = PortalClient.signedIn(base, "dana.datalead", DEMO_PASSWORD);
        for (String[] expected : List.of(
                new String[] {"Children in care placements by ward", "ANONYMISED", "None in the register: it holds anonymised data, so sharing it needs none."},
                new String[] {"Children missing education", "PERSONAL", "None in the register: sharing personal data from it needs one."})) {
            JsonObject found = json(dana.get("api/datasets?q=" + java.net.URLEncoder.encode(expected[0], StandardCharsets.UTF_8)).body())
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream().filter(d -> d.getString("name").equals(expected[0])).findFirst().orElseThrow();
            assertThat(found.getString("classification")).isEqualTo(expected[1]);
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(dana.get("catalogue/dataset.xhtml?id=" + found.getJsonNumber("id").longValue()).body());
            assertThat(page.getElementById("noAgreement")).as(expected[0]).isNotNull();
            assertThat(page.getElementById("noAgreement").text()).isEqualTo(expected[2]);
        }
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
