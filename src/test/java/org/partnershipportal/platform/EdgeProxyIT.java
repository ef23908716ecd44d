package org.partnershipportal.platform;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnershipportal.testsupport.EdgeProxy;
import org.partnershipportal.testsupport.SharedPortal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipportal.testsupport.EdgeProxy.HOST;

/**
 * The portal as production serves it: behind deploy/nginx-partnership-portal.conf (EdgeProxy runs
 * that file with test ports and a throwaway certificate). What the portal cannot answer itself (the
 * server refuses some requests before any filter runs) must still leave with the security headers,
 * and names other than the portal's are refused at the edge.
 */
class EdgeProxyIT {

    static EdgeProxy edge;

    @BeforeAll
    static void startNginx() throws Exception {
        edge = EdgeProxy.inFrontOf(SharedPortal.base());
    }

    @AfterAll
    static void stopNginx() throws Exception {
        if (edge != null) {
            edge.close();
        }
    }

    @Test
    void requestsRefusedBeforeThePortalStillCarryTheSecurityHeadersAndNoServerPage() throws Exception {
        // Past nginx's 8 KB request-line buffer, and past Payara's own header buffer, but sent in one TLS record.
        String manyParameters = IntStream.range(0, 1_300).mapToObj(i -> "p" + i + "=1").collect(Collectors.joining("&"));
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("TRACE", edge.https("TRACE /login.xhtml HTTP/1.1", HOST, HOST));
        answers.put("oversized query string", edge.https("GET /login.xhtml?q=" + "x".repeat(9_000) + " HTTP/1.1", HOST, HOST));
        answers.put("many parameters in the address", edge.https("GET /login.xhtml?" + manyParameters + " HTTP/1.1", HOST, HOST));
        answers.put("encoded .. out of the root", edge.https("GET /%2e%2e/%2e%2e/WEB-INF/web.xml HTTP/1.1", HOST, HOST));
        answers.put("encoded .. inside a path", edge.https("GET /resources/%2e%2e/WEB-INF/web.xml HTTP/1.1", HOST, HOST));
        answers.put("server's own endpoints", edge.https("GET /health/ready HTTP/1.1", HOST, HOST));
        // Headers nginx passes on (each line under its 8 KB) but Payara's 8 KB header buffer refuses:
        // Payara's own bare answer, which must leave nginx with the headers added.
        String big = "x".repeat(4_000);
        answers.put("headers too large for Payara", edge.https("GET /login.xhtml HTTP/1.1", HOST, HOST,
                "X-Padding-1: " + big, "X-Padding-2: " + big, "X-Padding-3: " + big));
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            Response response = Response.parse(answer.getValue());
            String where = answer.getKey() + ": " + response.statusLine;
            assertThat(response.status).as(where).isBetween(400, 499);
            assertThat(response.headers("X-Content-Type-Options")).as(where).containsExactly("nosniff");
            assertThat(response.headers("Referrer-Policy")).as(where).containsExactly("strict-origin-when-cross-origin");
            assertThat(response.headers("Strict-Transport-Security")).as(where).hasSize(1);
            assertThat(response.headers("Content-Security-Policy")).as(where).hasSize(1);
            assertThat(response.headers("Content-Security-Policy").get(0)).as(where)
                    .contains("frame-ancestors 'none'").doesNotContain("unsafe-eval");
            assertThat(response.body).as(where).doesNotContainIgnoringCase("payara").doesNotContainIgnoringCase("glassfish")
                    .doesNotContain("<web-app").doesNotContain("TRACE /");
        }
    }

    @Test
    void thePortalsOwnHeadersPassUnchangedAndAreNotDoubled() throws Exception {
        Response signIn = Response.parse(edge.https("GET /login.xhtml HTTP/1.1", HOST, HOST));
        assertThat(signIn.status).isEqualTo(200);
        assertThat(signIn.headers("Content-Security-Policy")).hasSize(1);
        // The page's own policy with its script nonce, not the edge's fallback.
        assertThat(signIn.headers("Content-Security-Policy").get(0)).contains("'nonce-");
        assertThat(signIn.headers("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(signIn.headers("X-Frame-Options")).containsExactly("DENY");
        // Behind TLS (X-Forwarded-Proto from nginx) the portal asks browsers to keep to HTTPS.
        assertThat(signIn.headers("Strict-Transport-Security")).hasSize(1);

        Response protectedPage = Response.parse(edge.https("GET /admin/users.xhtml HTTP/1.1", HOST, HOST));
        assertThat(protectedPage.status).isEqualTo(302);
        assertThat(protectedPage.headers("Location")).singleElement().asString()
                .matches("(https://" + HOST.replace(".", "\\.") + ")?/login\\.xhtml.*");
    }

    @Test
    void otherHostNamesAreRefusedAtTheEdge() throws Exception {
        // A forged Host over the portal's own TLS name: refused by nginx, never passed to the portal.
        String forged = edge.https("GET /login.xhtml HTTP/1.1", "evil.example", HOST);
        assertThat(forged).as("refused or closed").matches("(?s)(|HTTP/1\\.1 4\\d\\d .*)")
                .doesNotContain("JSESSIONID").doesNotContain("Partnership Portal").doesNotContainIgnoringCase("Server: nginx/");
        // Another name in the TLS handshake: no certificate is shown at all.
        assertThatThrownBy(() -> edge.https("GET /login.xhtml HTTP/1.1", "evil.example", "evil.example"))
                .isInstanceOf(javax.net.ssl.SSLException.class);
        // Plain HTTP for the portal's name is sent to HTTPS; for another name it is refused.
        Response plain = Response.parse(edge.http("GET /meetings/plan.xhtml HTTP/1.1", HOST));
        assertThat(plain.status).isEqualTo(301);
        assertThat(plain.headers("Location")).containsExactly("https://" + HOST + "/meetings/plan.xhtml");
        assertThat(edge.http("GET /login.xhtml HTTP/1.1", "evil.example")).as("refused or closed")
                .matches("(?s)(|HTTP/1\\.1 4\\d\\d .*)").doesNotContain("JSESSIONID").doesNotContain("Partnership Portal");
    }

    @Test
    void whenNoNodeCanAnswerPeopleGetThePortalsWordingWithTheSecurityHeaders() throws Exception {
        // An upstream where nothing listens: every node down, or not yet started.
        java.net.URL nowhere = new java.net.URL("http://127.0.0.1:" + org.partnershipportal.testsupport.FreePort.onLoopback() + "/");
        try (EdgeProxy edgeWithNoNode = EdgeProxy.inFrontOf(nowhere)) {
            Response answer = Response.parse(edgeWithNoNode.https("GET /boards/index.xhtml HTTP/1.1", HOST, HOST));
            assertThat(answer.status).as("a 503: try again, not the proxy's 502").isEqualTo(503);
            assertThat(answer.body).contains("<h1>Unavailable for a moment</h1>").contains("Try again in a minute")
                    .doesNotContainIgnoringCase("nginx").doesNotContain("Bad Gateway");
            assertThat(answer.headers("Content-Type").get(0)).startsWith("text/html");
            assertThat(answer.headers("X-Content-Type-Options")).containsExactly("nosniff");
            assertThat(answer.headers("Strict-Transport-Security")).hasSize(1);
            assertThat(answer.headers("Content-Security-Policy")).hasSize(1);
            assertThat(answer.headers("Content-Security-Policy").get(0)).contains("default-src 'none'");
        }
    }

    /** A raw HTTP/1.1 answer: status, headers by name (case-insensitive, repeated ones kept), body. */
    record Response(String statusLine, int status, Map<String, List<String>> headers, String body) {

        static Response parse(String raw) {
            int end = raw.indexOf("\r\n\r\n");
            if (end < 0) {
                throw new AssertionError("No HTTP answer: '" + raw + "'");
            }
            List<String> lines = raw.substring(0, end).lines().toList();
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                int colon = line.indexOf(':');
                headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT), k -> new java.util.ArrayList<>())
                        .add(line.substring(colon + 1).trim());
            }
            return new Response(lines.get(0), Integer.parseInt(lines.get(0).split(" ")[1]), headers, raw.substring(end + 4));
        }

        List<String> headers(String name) {
            return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), List.of());
        }
    }
}
