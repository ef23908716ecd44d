package org.partnershipportal.testsupport;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * axe-core, the accessibility checker, fetched from the npm registry (checked against the
 * registry's sha512 integrity) and cached under ~/.cache, then injected into pages by WebDriver.
 */
public final class AxeCore {

    public static final String VERSION = "4.11.0";
    private static final Path CACHE = Path.of(System.getProperty("user.home"), ".cache", "partnership-portal", "axe-core-" + VERSION + ".min.js");
    private static String script;

    private AxeCore() {
    }

    /** Runs axe on the current page; returns the serious and critical violations, one line each (empty: none). */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(WebDriver driver) throws Exception {
        long started = System.nanoTime();
        try {
            JavascriptExecutor js = (JavascriptExecutor) driver;
            js.executeScript(load());
            Object result = js.executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                            + "  done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                            + "    .map(function (v) { return v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); }));"
                            + "}).catch(function (e) { done(['axe failed: ' + e]); });");
            return (List<String>) result;
        } finally {
            StepTimings.add("axe-core run", started);
        }
    }

    private static synchronized String load() throws Exception {
        if (script != null) {
            return script;
        }
        if (!Files.exists(CACHE)) {
            Files.createDirectories(CACHE.getParent());
            Files.writeString(CACHE, download());
        }
        script = Files.readString(CACHE);
        return script;
    }

    private static String download() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).followRedirects(HttpClient.Redirect.NORMAL).build();
        String metadata = http.send(HttpRequest.newBuilder(URI.create("https://registry.npmjs.org/axe-core/" + VERSION)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String tarball = field(metadata, "tarball");
        String integrity = field(metadata, "integrity");
        byte[] archive = http.send(HttpRequest.newBuilder(URI.create(tarball)).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        String actual = "sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(archive));
        if (!actual.equals(integrity)) {
            throw new IOException("axe-core " + VERSION + " from the registry does not match its integrity " + integrity);
        }
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(new ByteArrayInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                if (entry.getName().equals("package/axe.min.js")) {
                    return new String(tar.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IOException("axe.min.js not found in " + tarball);
    }

    private static String field(String json, String name) throws IOException {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!matcher.find()) {
            throw new IOException("No " + name + " in the registry's answer for axe-core " + VERSION);
        }
        return matcher.group(1);
    }
}
