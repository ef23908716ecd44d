package org.partnershipportal.platform;

import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Everything a browser or a program can ask the portal for by address, read from the application
 * itself rather than from a list: the pages under {@code src/main/webapp}, the servlets (declared
 * with {@code @WebServlet} in the compiled classes, or mapped in {@code web.xml}) and the methods of the
 * JAX-RS resources under the {@code @ApplicationPath}.
 * <p>
 * <b>What counts as a page.</b> A file a browser can open by its own address: {@code .xhtml} or
 * {@code .html} under {@code src/main/webapp}, except under {@code WEB-INF/} (the container never
 * serves it: the page template lives in {@code WEB-INF/templates}, fragments in {@code WEB-INF/includes})
 * and {@code resources/} (the Faces resource library: styles and images, public by design). A page is
 * a whole document: it names a template ({@code ui:composition template="…"}) or is an {@code <html>}
 * document. A fragment left outside {@code WEB-INF} would be servable by address, so it is reported
 * ({@link #fragmentsOutsideWebInf()}) rather than quietly skipped.
 */
final class AccessMatrixSurface {

    /** A page's key is its path under the web root, e.g. {@code boards/workspace.xhtml}. */
    static final String PAGE = "page ";
    /** A servlet's key is its URL pattern, e.g. {@code /meetings/pack.pdf}. */
    static final String SERVLET = "servlet ";
    /** An API method's key is its HTTP method and path template, e.g. {@code GET /api/datasets/{id}}. */
    static final String API = "api ";

    private static final Pattern WHOLE_PAGE = Pattern.compile("template=\"[^\"]+\"|<html[\\s>]");
    private static final Pattern SERVLET_MAPPING = Pattern.compile(
            "<servlet-mapping>\\s*<servlet-name>([^<]+)</servlet-name>(.*?)</servlet-mapping>", Pattern.DOTALL);
    private static final Pattern URL_PATTERN = Pattern.compile("<url-pattern>([^<]+)</url-pattern>");

    private final java.nio.file.Path webapp;
    private final java.nio.file.Path classes;

    AccessMatrixSurface(java.nio.file.Path project) {
        this.webapp = project.resolve("src/main/webapp");
        try {
            // The compiled application as the test class path holds it (target/classes).
            this.classes = java.nio.file.Path.of(ApiApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every key: pages, servlets and API methods, each prefixed with what it is. */
    Set<String> everything() {
        Set<String> all = new TreeSet<>();
        pages().forEach(p -> all.add(PAGE + p));
        servlets().forEach(s -> all.add(SERVLET + s));
        apiMethods().forEach(m -> all.add(API + m));
        return all;
    }

    Set<String> pages() {
        Set<String> pages = new TreeSet<>();
        for (java.nio.file.Path file : servableMarkup()) {
            if (isWholePage(file)) {
                pages.add(webapp.relativize(file).toString().replace('\\', '/'));
            }
        }
        return pages;
    }

    /** Markup outside WEB-INF that is not a whole page: a fragment reachable by its address. */
    List<String> fragmentsOutsideWebInf() {
        return servableMarkup().stream().filter(f -> !isWholePage(f)).map(f -> webapp.relativize(f).toString()).toList();
    }

    private List<java.nio.file.Path> servableMarkup() {
        try (Stream<java.nio.file.Path> files = Files.walk(webapp)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".xhtml") || f.toString().endsWith(".html"))
                    .filter(f -> {
                        String relative = webapp.relativize(f).toString().replace('\\', '/');
                        return !relative.startsWith("WEB-INF/") && !relative.startsWith("resources/");
                    })
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isWholePage(java.nio.file.Path file) {
        try {
            return WHOLE_PAGE.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** URL patterns of @WebServlet classes, and of web.xml mappings other than the Faces Servlet (whose pages are listed as pages). */
    Set<String> servlets() {
        Set<String> patterns = new TreeSet<>();
        for (Class<?> type : applicationClasses()) {
            WebServlet servlet = type.getAnnotation(WebServlet.class);
            if (servlet != null) {
                patterns.addAll(List.of(servlet.value()));
                patterns.addAll(List.of(servlet.urlPatterns()));
            }
        }
        try {
            Matcher mapping = SERVLET_MAPPING.matcher(Files.readString(webapp.resolve("WEB-INF/web.xml")));
            while (mapping.find()) {
                if (!mapping.group(1).strip().equals("Faces Servlet")) {
                    Matcher url = URL_PATTERN.matcher(mapping.group(2));
                    while (url.find()) {
                        patterns.add(url.group(1).strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return patterns;
    }

    /** "GET /api/datasets/{id}" for every resource method of every root resource class. */
    Set<String> apiMethods() {
        String root = applicationClasses().stream().map(c -> c.getAnnotation(ApplicationPath.class)).filter(a -> a != null)
                .map(ApplicationPath::value).findFirst().orElse("");
        Set<String> methods = new TreeSet<>();
        for (Class<?> type : applicationClasses()) {
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String verb = httpMethod(method);
                if (verb == null) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                methods.add(verb + " " + join("/", root, classPath.value(), methodPath == null ? "" : methodPath.value()));
            }
        }
        return methods;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String... parts) {
        String joined = String.join("/", parts).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private List<Class<?>> applicationClasses() {
        List<Class<?>> types = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('\\', '/').replace('/', '.');
                name = name.substring(0, name.length() - ".class".length());
                if (name.contains("$")) {
                    continue;
                }
                try {
                    // Loaded, not initialised: no static initialiser of the application runs in the test.
                    types.add(Class.forName(name, false, AccessMatrixSurface.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError unloadable) {
                    throw new IllegalStateException("Cannot read " + name + " to find its servlets and API methods", unloadable);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return types;
    }
}
