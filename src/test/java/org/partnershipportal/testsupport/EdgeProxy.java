package org.partnershipportal.testsupport;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's nginx running deploy/nginx-partnership-portal.conf as an operator installs it, in front of a
 * test portal: only the ports, the certificate (a throwaway one for portal.example.org) and the log
 * paths are changed, each by a rule that fails when the file no longer has the line it expects, so
 * the tests follow the deployed file rather than a copy of it. nginx is Debian's (DebianTool).
 */
public final class EdgeProxy implements AutoCloseable {

    public static final String HOST = "portal.example.org";

    private final Process nginx;
    private final int httpsPort;
    private final int httpPort;
    private final Path directory;

    private EdgeProxy(Process nginx, int httpsPort, int httpPort, Path directory) {
        this.nginx = nginx;
        this.httpsPort = httpsPort;
        this.httpPort = httpPort;
        this.directory = directory;
    }

    /** Starts nginx with the deployed configuration in front of the portal at {@code portal}. */
    public static EdgeProxy inFrontOf(URL portal) throws IOException, InterruptedException {
        return inFrontOf(List.of(portal));
    }

    /** The same in front of several portal nodes: the deployed upstream's one node line becomes one line per node. */
    public static EdgeProxy inFrontOf(List<URL> nodes) throws IOException, InterruptedException {
        Path project = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
        Path directory = Files.createTempDirectory(project.resolve("target"), "edge-proxy");
        for (String temp : List.of("body", "proxy", "fastcgi", "uwsgi", "scgi", "logs")) {
            Files.createDirectories(directory.resolve(temp));
        }
        DebianTool.run(directory, "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", "/CN=" + HOST, "-addext", "subjectAltName=DNS:" + HOST,
                "-keyout", directory.resolve("portal.key").toString(), "-out", directory.resolve("portal.crt").toString());
        int httpsPort = FreePort.onLoopback();
        int httpPort = FreePort.onLoopback();
        String site = asInstalledForTest(Files.readString(project.resolve("deploy/nginx-partnership-portal.conf")),
                nodes.stream().map(URL::getPort).toList(), httpPort, httpsPort, directory);
        Files.writeString(directory.resolve("site.conf"), site);
        Files.writeString(directory.resolve("nginx.conf"), """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log;
                events { worker_connections 256; }
                http {
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    access_log %1$s/logs/access.log;
                    include %1$s/site.conf;
                }
                """.formatted(directory));
        Path binary = DebianTool.file("nginx", "usr/sbin/nginx");
        DebianTool.run(directory, binary.toString(), "-t", "-p", directory.toString(), "-e", directory.resolve("logs/error.log").toString(),
                "-c", directory.resolve("nginx.conf").toString());
        Process nginx = new ProcessBuilder(binary.toString(), "-p", directory.toString(),
                "-e", directory.resolve("logs/error.log").toString(), "-c", directory.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(directory.resolve("logs/nginx.out").toFile()).start();
        EdgeProxy proxy = new EdgeProxy(nginx, httpsPort, httpPort, directory);
        proxy.waitUntilListening();
        return proxy;
    }

    /** The deployed file with test ports, certificate and logs; each rule must match, or the file changed. */
    static String asInstalledForTest(String deployed, List<Integer> nodePorts, int httpPort, int httpsPort, Path directory) {
        String site = deployed;
        site = replaceEach(site, "(?m)^\\s*listen \\[::\\]:.*$\\n", "");
        StringBuilder nodeLines = new StringBuilder();
        for (int port : nodePorts) {
            nodeLines.append(nodeLines.isEmpty() ? "" : "\n    ").append("server 127.0.0.1:").append(port).append("$1;");
        }
        site = replaceEach(site, "server 127\\.0\\.0\\.1:8080((?: [^;]*)?);", nodeLines.toString());
        site = replaceEach(site, "listen 80( default_server)?;", "listen 127.0.0.1:" + httpPort + "$1;");
        site = replaceEach(site, "listen 443 ssl( default_server| http2)?;", "listen 127.0.0.1:" + httpsPort + " ssl$1;");
        site = replaceEach(site, "ssl_certificate\\s+\\S+;", "ssl_certificate " + directory.resolve("portal.crt") + ";");
        site = replaceEach(site, "ssl_certificate_key\\s+\\S+;", "ssl_certificate_key " + directory.resolve("portal.key") + ";");
        site = replaceEach(site, "(access_log|error_log)\\s+/var/log/nginx/([^\\s;]+)", "$1 " + directory.resolve("logs") + "/$2");
        // The default server for TLS needs a certificate to start, though it never shows it.
        site = site.replace("ssl_reject_handshake on;", "ssl_reject_handshake on; ssl_certificate " + directory.resolve("portal.crt")
                + "; ssl_certificate_key " + directory.resolve("portal.key") + ";");
        return site;
    }

    private static String replaceEach(String text, String regex, String replacement) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("deploy/nginx-partnership-portal.conf no longer has a line matching " + regex
                    + ": update EdgeProxy with it");
        }
        return matcher.replaceAll(replacement);
    }

    /** Sends a request line and headers exactly as given over TLS to {@code sniName}; the raw answer, or "" if the connection was closed. */
    public String https(String requestLine, String hostHeader, String sniName, String... extraHeaders) throws IOException {
        try (SSLSocket socket = (SSLSocket) trustingEveryCertificate().getSocketFactory()
                .createSocket(InetAddress.getLoopbackAddress(), httpsPort)) {
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setServerNames(List.of(new SNIHostName(sniName)));
            socket.setSSLParameters(parameters);
            socket.setSoTimeout(30_000);
            socket.startHandshake();
            return exchange(socket, requestLine, hostHeader, extraHeaders);
        }
    }

    /** The same over plain HTTP (port 80 in production). */
    public String http(String requestLine, String hostHeader) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), httpPort)) {
            socket.setSoTimeout(30_000);
            return exchange(socket, requestLine, hostHeader);
        }
    }

    private static String exchange(Socket socket, String requestLine, String hostHeader, String... extraHeaders) throws IOException {
        StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: ").append(hostHeader).append("\r\n");
        for (String header : extraHeaders) {
            request.append(header).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        try {
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
        } catch (java.net.SocketException answeredEarly) {
            // nginx may refuse and close before it has read the whole request: read what it said.
        }
        try {
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (javax.net.ssl.SSLException | java.net.SocketException closed) {
            return "";
        }
    }

    /** nginx's access log as the deployed configuration writes it (with upstream=ADDRESS per request). */
    public Path accessLog() {
        return directory.resolve("logs/partnership-portal.access.log");
    }

    public int httpsPort() {
        return httpsPort;
    }

    private static SSLContext trustingEveryCertificate() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[]{new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                    // a client certificate is never used
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                    // the test's own throwaway certificate
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void waitUntilListening() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (!nginx.isAlive()) {
                throw new IllegalStateException("nginx stopped: " + Files.readString(directory.resolve("logs/nginx.out"))
                        + Files.readString(directory.resolve("logs/error.log")));
            }
            try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), httpsPort)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx did not listen within 30 s");
    }


    @Override
    public void close() throws InterruptedException {
        nginx.destroy();
        if (!nginx.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            nginx.destroyForcibly();
        }
    }
}
