package org.partnershipportal.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A plain HTTP client that signs in through the real form, for tests of what the server sends. */
public final class PortalClient {


    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    public PortalClient(URL base) {
        // The portal listens on 127.0.0.1 only; "localhost" may resolve to ::1 first.
        String root = base.toString().replace("://localhost:", "://127.0.0.1:");
        this.base = URI.create(root.endsWith("/") ? root : root + "/");
        try {
            Browser.waitUntilListening(base);
        } catch (IOException notListening) {
            throw new java.io.UncheckedIOException(notListening);
        }
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, new String[0]);
    }

    /** A GET with extra headers (name, value, ...), e.g. those a browser sends when it follows a link. */
    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Sends a request line exactly as given (e.g. a malformed escape no URI class accepts); returns the raw response. */
    public String raw(String method, String pathAndQuery) throws IOException {
        return rawRequest(method, pathAndQuery, base.getHost());
    }

    /** A GET whose Host header names another site, as a forged request would; returns the raw response. */
    public String rawWithHost(String pathAndQuery, String host) throws IOException {
        return rawRequest("GET", pathAndQuery, host);
    }

    /**
     * A GET in this client's session, arriving under another host name (another DNS name or cluster
     * node for the same portal); returns the raw response.
     */
    public String rawWithHostSignedIn(String pathAndQuery, String host) throws IOException {
        return rawRequest("GET", pathAndQuery, host, "Cookie: JSESSIONID=" + sessionId() + "\r\n");
    }

    private String rawRequest(String method, String pathAndQuery, String host) throws IOException {
        return rawRequest(method, pathAndQuery, host, "");
    }

    private String rawRequest(String method, String pathAndQuery, String host, String extraHeaders) throws IOException {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(15_000);
            String request = method + " " + base.getPath() + pathAndQuery + " HTTP/1.1\r\nHost: " + host
                    + "\r\n" + extraHeaders + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    public HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A form post with extra headers, e.g. the Origin another site's page would send. */
    public HttpResponse<String> post(String path, Map<String, String> form, String... headers) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded");
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a body as it is, with its content type (e.g. an oversized multipart upload). */
    public HttpResponse<String> postRaw(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A new client signed in through the real form, failing the test unless the form accepted the person (it
     * answers a successful sign-in with a redirect, 302).
     */
    public static PortalClient signedIn(URL base, String username, String password) throws IOException, InterruptedException {
        PortalClient client = new PortalClient(base);
        org.assertj.core.api.Assertions.assertThat(client.signIn(username, password).statusCode()).as(username + " signs in").isEqualTo(302);
        return client;
    }

    /** Signs in through login.xhtml; returns the response to the form post. */
    public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("login.xhtml");
        return post("login.xhtml", SignInForm.filledIn(page.body(), username, password));
    }

    public static String viewState(String html) {
        return SignInForm.viewState(html);
    }

    /** The script nonce PrimeFaces' CSP mode expects back with every form post, as its script sends it. */
    public static String nonce(String html) {
        return SignInForm.nonce(html);
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** The cookies this client holds, e.g. to hand its session to a browser. */
    public List<java.net.HttpCookie> cookies() {
        return List.copyOf(cookies.getCookieStore().getCookies());
    }

    /** Every cookie this client holds, as one Cookie header (a replicated session has more than JSESSIONID). */
    public String cookieHeader() {
        return cookies.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    public URI base() {
        return base;
    }
}
