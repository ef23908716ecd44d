package org.partnershipportal.platform;

import org.junit.jupiter.api.Test;
import org.partnershipportal.testsupport.SharedPortal;
import org.partnershipportal.testsupport.PortalClient;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/** What every response carries, and what no response may leak, whatever is sent. */
@UsesDemoPartnership
class SecurityHeadersIT {

    static final String ADMIN = "avery.admin";
    /** The portal shared by every outside-in test of the run (one server start, not one per class). */
    final URL base = SharedPortal.base();

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
        PortalClient anonymous = new PortalClient(base);
        PortalClient admin = new PortalClient(base);
        admin.signIn(ADMIN, DEMO_PASSWORD);
        List<HttpResponse<String>> responses = List.of(
                anonymous.get("login.xhtml"),
                anonymous.get("jakarta.faces.resource/portal.css.xhtml?ln=portal"),
                anonymous.get("index.xhtml"),
                anonymous.get("no-such-page.xhtml"),
                admin.get("index.xhtml"),
                admin.get("admin/users.xhtml"),
                admin.get("no/such/thing"));
        for (HttpResponse<String> response : responses) {
            String where = response.request().uri() + " (" + response.statusCode() + ")";
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(where).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(where).contains("strict-origin-when-cross-origin");
            // One policy: with two, a browser enforces both, and the strict one blocks the page's scripts.
            assertThat(response.headers().allValues("Content-Security-Policy")).as(where).hasSize(1);
            String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp).as(where).contains("frame-ancestors 'none'").contains("object-src 'none'");
            assertThat(scriptSources(csp)).as(where).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        }
    }

    /**
     * The listener refuses TRACE itself, everywhere (the portal, the API, Payara's health, metrics and
     * OpenAPI endpoints), so nothing can echo a request and its cookies back. Passing TRACE on to the
     * portal would give its 405 page and headers, but also reach servlets outside the portal's filters
     * that would echo it. The refusal has no security headers of its own: in production nginx adds
     * them (EdgeProxyIT).
     */
    @Test
    void traceIsRefusedEverywhereAndNeverEchoed() throws Exception {
        PortalClient anonymous = new PortalClient(base);
        for (String path : List.of("login.xhtml", "", "api/datasets", "api/../meetings/pack.pdf?meeting=1", "health/ready",
                "metrics", "openapi")) {
            String response = anonymous.raw("TRACE", path);
            String where = "TRACE /" + path + ": " + response.lines().findFirst().orElse("(no answer)");
            assertThat(response).as(where).startsWith("HTTP/1.1 405").doesNotContain("TRACE /");
        }
    }

    @Test
    void pagesAndDownloadsAnswerOnlyGetHeadAndPostAndOnlyAPostRunsAnAction() throws Exception {
        PortalClient admin = new PortalClient(base);
        admin.signIn(ADMIN, DEMO_PASSWORD);
        for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS")) {
            for (String path : List.of("index.xhtml", "admin/users.xhtml", "meetings/pack.pdf?meeting=1", "structure/map.csv")) {
                HttpResponse<String> answer = admin.send(method, path);
                assertThat(answer.statusCode()).as(method + " " + path).isEqualTo(405);
                assertThat(org.jsoup.Jsoup.parse(answer.body()).selectFirst("h1").text()).as(method + " " + path)
                        .isEqualTo("Not something this page does");
                assertThat(answer.headers().firstValue("Allow")).as(method + " " + path).hasValue("GET, HEAD, POST");
                assertThat(answer.headers().allValues("Content-Security-Policy")).as(method + " " + path).hasSize(1);
            }
        }
        // The sign-out form's own view state, sent as a GET: refused, and the session is still signed in.
        String home = admin.get("index.xhtml").body();
        String viewState = java.net.URLEncoder.encode(PortalClient.viewState(home), java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> replayed = admin.get("index.xhtml?signOutForm=signOutForm&signOutForm%3AsignOut=&jakarta.faces.ViewState=" + viewState);
        assertThat(replayed.statusCode()).isEqualTo(400);
        HttpResponse<String> encodedName = admin.get("index.xhtml?signOutForm=signOutForm&signOutForm%3AsignOut=&jakarta%2Efaces%2EViewState=" + viewState);
        assertThat(encodedName.statusCode()).as("the view state's name percent-encoded").isEqualTo(400);
        HttpResponse<String> stillHome = admin.get("admin/users.xhtml");
        assertThat(stillHome.statusCode()).as("still signed in after the GET").isEqualTo(200);
    }

    @Test
    void clientMistakesAnswerAsClientErrorsNeverAsServerErrors() throws Exception {
        PortalClient admin = new PortalClient(base);
        admin.signIn(ADMIN, DEMO_PASSWORD);
        // A board that does not exist is not there, even for an administrator (who may open every board).
        for (String path : List.of("actions/log.xhtml?board=999999", "actions/export?board=999999", "meetings/new.xhtml?board=999999",
                "boards/workspace.xhtml?board=999999")) {
            HttpResponse<String> answer = admin.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(org.jsoup.Jsoup.parse(answer.body()).getElementById("notFound")).as(path + ": the friendly page").isNotNull();
        }
        // One page's view state posted to another page: a bad request, and nothing runs.
        String users = admin.get("admin/users.xhtml").body();
        HttpResponse<String> crossed = admin.post("admin/boards.xhtml", java.util.Map.of(
                "newPerson", "newPerson", "newPerson:create", "", "newPerson:username", "crossed.view",
                "jakarta.faces.ViewState", PortalClient.viewState(users), "primefaces.nonce", PortalClient.nonce(users)));
        // Faces either restores nothing for that page (the page is shown again, 200) or, when it restores the
        // other page's tree, ViewStateMatchesPage answers 400; never a server error, and nothing runs.
        assertThat(crossed.statusCode()).isIn(200, 400);
        assertThat(org.partnershipportal.testsupport.AuditTrail.filtered(admin, "avery.admin", null, "USER_CREATED"))
                .as("no account was created").noneMatch(row -> row.concerning().contains("crossed.view"));
        // An upload over the limit: the friendly page, 413.
        String boundary = "----portal-test";
        byte[] body = new byte[27 * 1024 * 1024];
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"papers:paper\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, body, 0, head.length);
        HttpResponse<String> tooLarge = admin.postRaw("meetings/item.xhtml?item=1", "multipart/form-data; boundary=" + boundary, body);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("That file is too large");
    }

    @Test
    void aForgedHostHeaderNeverShapesARedirect() throws Exception {
        PortalClient client = new PortalClient(base);
        for (String path : List.of("index.xhtml", "admin/users.xhtml?x=1", "catalogue/index.xhtml")) {
            String response = client.rawWithHost(path, "evil.example");
            String location = response.lines().filter(line -> line.regionMatches(true, 0, "Location:", 0, 9)).findFirst()
                    .orElseThrow(() -> new AssertionError("no redirect for " + path + ":\n" + response));
            assertThat(location).as(path).doesNotContain("evil.example").contains("/login.xhtml");
        }
    }

    @Test
    void aSignedInPersonsPostSentFromAnotherSiteIsRefused() throws Exception {
        PortalClient casey = new PortalClient(base);
        casey.signIn("casey.chair", DEMO_PASSWORD);
        String home = casey.get("index.xhtml").body();
        java.util.Map<String, String> signOut = java.util.Map.of("signOutForm", "signOutForm", "signOutForm:signOut", "",
                "jakarta.faces.ViewState", PortalClient.viewState(home), "primefaces.nonce", PortalClient.nonce(home));
        HttpResponse<String> forged = casey.post("index.xhtml", signOut, "Origin", "http://evil.example");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(org.jsoup.Jsoup.parse(forged.body()).selectFirst("h1").text()).isEqualTo("Sent from another site");
        assertThat(forged.headers().allValues("Content-Security-Policy")).hasSize(1);
        assertThat(casey.get("admin/audit.xhtml").statusCode()).as("a chair, still signed in").isEqualTo(403);
        assertThat(casey.get("boards/index.xhtml").statusCode()).as("still signed in").isEqualTo(200);
        // The same post from the portal's own page is accepted (and signs out).
        HttpResponse<String> own = casey.post("index.xhtml", signOut, "Origin", casey.base().getScheme() + "://" + casey.base().getAuthority());
        assertThat(own.statusCode()).isEqualTo(302);
        assertThat(casey.get("boards/index.xhtml").statusCode()).as("signed out").isEqualTo(302);
    }

    @Test
    void facesPagesAllowOnlyScriptsWithThisResponsesNonce() throws Exception {
        HttpResponse<String> login = new PortalClient(base).get("login.xhtml");
        String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        String nonce = csp.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(nonce).isNotBlank().isNotEqualTo(csp);
        assertThat(login.body()).contains("nonce=\"" + nonce + "\"");
        assertThat(login.body().split("<script").length - 1)
                .isEqualTo(login.body().split("<script[^>]*nonce=\"" + nonce + "\"").length - 1);
    }

    @Test
    void sessionCookieIsHttpOnlyAndLaxSameSite() throws Exception {
        HttpResponse<String> login = new PortalClient(base).get("login.xhtml");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
        assertThat(login.headers().firstValue("Strict-Transport-Security"))
                .as("HSTS only behind TLS").isEmpty();
    }

    @Test
    void signInChangesTheSessionIdAndSignOutEndsTheSession() throws Exception {
        PortalClient client = new PortalClient(base);
        client.get("login.xhtml");
        String before = client.sessionId();
        HttpResponse<String> signedIn = client.signIn(ADMIN, DEMO_PASSWORD);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(client.sessionId()).isNotNull().isNotEqualTo(before);
        assertThat(client.get("index.xhtml").statusCode()).isEqualTo(200);

        HttpResponse<String> home = client.get("index.xhtml");
        client.post("index.xhtml", Map.of("signOutForm", "signOutForm", "signOutForm:signOut", "",
                "jakarta.faces.ViewState", PortalClient.viewState(home.body()), "primefaces.nonce", PortalClient.nonce(home.body())));
        HttpResponse<String> after = client.get("index.xhtml");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).contains("login.xhtml");
    }

    @Test
    void aGetRequestNeverSignsOut() throws Exception {
        PortalClient client = new PortalClient(base);
        client.signIn(ADMIN, DEMO_PASSWORD);
        client.get("index.xhtml?signOutForm=signOutForm&signOutForm:signOut=");
        assertThat(client.get("index.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void badInputGetsAFriendlyPageAndNeverAStackTrace() throws Exception {
        PortalClient admin = new PortalClient(base);
        admin.signIn(ADMIN, DEMO_PASSWORD);
        PortalClient anonymous = new PortalClient(base);
        String overlong = "x".repeat(20_000);

        assertFriendly(admin.get("admin/user.xhtml?id=not-a-number"));
        HttpResponse<String> unknownId = admin.get("admin/user.xhtml?id=987654321");
        assertFriendly(unknownId);
        assertThat(unknownId.statusCode()).isEqualTo(404);
        assertFriendly(admin.get("admin/user.xhtml?id=" + overlong));
        String malformed = anonymous.raw("GET", "login.xhtml?%zz=%&signIn:username=%G1");
        assertThat(malformed).startsWith("HTTP/1.1 ").doesNotStartWith("HTTP/1.1 500")
                .doesNotContainPattern("(?m)^\\s*at [\\w.$]+\\(").doesNotContain("Caused by");
        assertFriendly(admin.get("no-such-page.xhtml"));
        HttpResponse<String> overlongSignIn = anonymous.signIn(overlong, overlong);
        assertFriendly(overlongSignIn);
        assertThat(overlongSignIn.body()).contains("Passwords are at most 128 characters");
        assertFriendly(anonymous.post("login.xhtml", Map.of("signIn", "signIn", "signIn:submit", "",
                "jakarta.faces.ViewState", "forged-view-state")));
        HttpResponse<String> login = anonymous.get("login.xhtml");
        HttpResponse<String> forgedNonce = anonymous.post("login.xhtml", Map.of("signIn", "signIn", "signIn:submit", "",
                "signIn:username", "someone", "signIn:password", "something",
                "jakarta.faces.ViewState", PortalClient.viewState(login.body()), "primefaces.nonce", "forged"));
        assertFriendly(forgedNonce);
        assertThat(forgedNonce.statusCode()).isEqualTo(400);
        assertFriendly(admin.post("admin/users.xhtml", Map.of("people", "people", "jakarta.faces.ViewState", "stale")));
        // More form fields than the server parses (10,000): the portal still answers, as itself.
        Map<String, String> manyFields = new java.util.HashMap<>();
        for (int i = 0; i < 12_000; i++) {
            manyFields.put("p" + i, "1");
        }
        HttpResponse<String> tooMany = anonymous.post("login.xhtml", manyFields);
        assertFriendly(tooMany);
        assertThat(tooMany.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        HttpResponse<String> trace = anonymous.send("TRACE", "login.xhtml");
        assertThat(trace.statusCode()).isGreaterThanOrEqualTo(400).isLessThan(500);
    }

    /**
     * A refusal (a member opening another board's workspace) and a record that is not there are ordinary answers, audited where
     * the rule says so; they are not server faults, so the server's log shows no error with a stack trace for them, which would bury
     * the real ones an operator has to see.
     */
    @Test
    void refusalsAndMissingRecordsAreNotLoggedAsServerFaults() throws Exception {
        java.nio.file.Path log = SharedPortal.log();
        long before = java.nio.file.Files.size(log);
        PortalClient morgan = PortalClient.signedIn(base, "morgan.member", DEMO_PASSWORD);
        // Other tests change seats while this runs: any demo board Morgan does not sit on now will do.
        int refusedBoard = java.util.stream.IntStream.rangeClosed(1, 12).filter(board -> {
            try {
                return morgan.get("boards/workspace.xhtml?board=" + board).statusCode() == 403;
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow(() -> new AssertionError("Morgan was refused no board's workspace"));
        HttpResponse<String> download = morgan.get("actions/export?board=" + refusedBoard + "&format=csv");
        assertThat(download.statusCode()).as("that board's action log download").isEqualTo(403);
        assertFriendly(download);
        PortalClient admin = PortalClient.signedIn(base, ADMIN, DEMO_PASSWORD);
        assertThat(admin.get("admin/user.xhtml?id=987654321").statusCode()).isEqualTo(404);
        assertThat(admin.get("catalogue/answer-file?id=987654321").statusCode()).as("a download of a record that is not there").isEqualTo(404);
        String written;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(log)) {
            in.skipNBytes(before);
            written = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        // Only these two kinds: other tests run beside this one, and some of their requests are faults (a forged form is logged).
        assertThat(written).doesNotContain("AccessRefusedException").doesNotContain("NotFoundException");
    }

    @Test
    void readinessReportsTheDatabase() throws Exception {
        HttpResponse<String> ready = new PortalClient(new URL(base, "/")).get("health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\"").contains("UP");
    }

    private static void assertFriendly(HttpResponse<String> response) {
        String where = response.request().uri().toString();
        assertThat(response.statusCode()).as(where).isNotEqualTo(500);
        // PrimeFaces lists exception class names in its client settings (error page routing): what must
        // never appear is a trace or an exception's message.
        assertThat(response.body()).as(where)
                .doesNotContainPattern("(?m)^\\s*at [\\w.$]+\\(")
                .doesNotContainPattern("[\\w.]+(Exception|Error): ")
                .doesNotContain("Caused by").doesNotContain("Payara Server").doesNotContain("SQLState");
    }

    private static String scriptSources(String csp) {
        for (String directive : csp.split(";")) {
            if (directive.trim().startsWith("script-src")) {
                return directive;
            }
        }
        return "";
    }
}
