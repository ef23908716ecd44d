package org.partnershipportal.security;

import org.junit.jupiter.api.Test;
import org.partnershipportal.testsupport.DebianTool;
import org.partnershipportal.testsupport.PortalClient;
import org.partnershipportal.testsupport.SharedPortal;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/**
 * Debian's sqlmap against every parameter a person can send to a query: the API's, the pages'
 * address parameters, and the search forms (with their view state fetched afresh for each try, as a
 * browser would). Run with {@code mvn verify -Psecurity}; not part of the everyday build, as sqlmap
 * takes minutes. Every scan runs signed in (a scan redirected to the sign-in page would test nothing)
 * and must end with sqlmap finding no injection point. sqlmap is the Debian package, unpacked under
 * target/tools when it is not installed (no root needed; it needs python3).
 */
@UsesDemoPartnership
class SqlInjectionScan {

    final URL base = SharedPortal.base();

    /** One thing sqlmap tries: where, which parameter, and (for a form) the body and the page it comes from. */
    record Target(String name, String url, String parameter, String formBody, String formPage) {
        static Target get(String pathAndQuery, String parameter) {
            return new Target(pathAndQuery + " [" + parameter + "]", pathAndQuery, parameter, null, null);
        }

        static Target form(String page, String body, String parameter) {
            return new Target(page + " form [" + parameter + "]", page, parameter, body, page);
        }
    }

    static final List<Target> TARGETS = List.of(
            Target.get("api/datasets?q=knife", "q"),
            Target.get("api/datasets?subject=YOUNG_PEOPLE", "subject"),
            Target.get("api/datasets?classification=PERSONAL", "classification"),
            Target.get("api/datasets?frequency=MONTHLY", "frequency"),
            Target.get("api/datasets?agency=1", "agency"),
            Target.get("api/datasets?flag=1", "flag"),
            Target.get("api/datasets?page=1&size=50", "page"),
            Target.get("api/datasets?page=1&size=50", "size"),
            Target.get("api/datasets/1*", "URI"),
            Target.get("api/asks?status=OPEN", "status"),
            Target.get("api/asks?subject=YOUNG_PEOPLE", "subject"),
            Target.get("api/asks/1*", "URI"),
            Target.get("admin/audit.xhtml?who=casey&concerning=&what=", "who"),
            Target.get("admin/audit.xhtml?who=&concerning=Safeguarding&what=", "concerning"),
            Target.get("admin/audit.xhtml?who=&concerning=&what=SIGN_IN", "what"),
            Target.get("catalogue/requests.xhtml?scope=mine", "scope"),
            Target.get("flags/compare.xhtml?harm=1", "harm"),
            Target.get("catalogue/dataset.xhtml?id=1", "id"),
            Target.get("boards/workspace.xhtml?board=1", "board"),
            Target.get("meetings/meeting.xhtml?meeting=1", "meeting"),
            Target.get("catalogue/use.xhtml?agency=1", "agency"),
            // The page sends its search as ajax; sent as a whole-page post here, so every try is answered
            // with the page (an ajax header would also reach sqlmap's fetch of a fresh view state).
            Target.form("catalogue/index.xhtml", "search=search&search%3Atext=knife&search%3Afind=search%3Afind", "search:text"),
            Target.form("guidance/index.xhtml", "search=search&search%3Atext=county+lines&search%3Afind=", "search:text"));

    @Test
    void noParameterIsInjectable() throws Exception {
        PortalClient admin = new PortalClient(base);
        admin.signIn("avery.admin", DEMO_PASSWORD);
        String cookie = "JSESSIONID=" + admin.sessionId();
        String origin = base.getProtocol() + "://" + base.getAuthority();
        Path sqlmap = DebianTool.file("sqlmap", "usr/share/sqlmap/sqlmap.py");
        Path output = Files.createDirectories(Path.of(System.getProperty("project.basedir", "."), "target", "sqlmap"));

        List<String> injectable = new ArrayList<>();
        List<String> notReallyTested = new ArrayList<>();
        // -Dsqlmap.only=api/asks scans only the targets whose name contains it (e.g. after a change there).
        String only = System.getProperty("sqlmap.only", "");
        List<Target> targets = TARGETS.stream().filter(t -> t.name().contains(only)).toList();
        for (Target target : targets) {
            List<String> command = new ArrayList<>(List.of("python3", sqlmap.toString(), "--batch", "--flush-session",
                    "--disable-coloring", "--dbms=MySQL", "--level=3", "--risk=1",
                    "--output-dir=" + output, "--cookie=" + cookie, "--headers=Origin: " + origin,
                    "-u", base + target.url()));
            if (!"URI".equals(target.parameter())) {
                command.add("-p");
                command.add(target.parameter());
            }
            if (target.formBody() != null) {
                String page = admin.get(target.formPage()).body();
                String viewState = java.net.URLEncoder.encode(PortalClient.viewState(page), StandardCharsets.UTF_8);
                command.addAll(List.of("--data=" + target.formBody() + "&jakarta.faces.ViewState=" + viewState,
                        "--csrf-token=jakarta.faces.ViewState", "--csrf-url=" + base + target.formPage()));
            }
            String log = run(command);
            Files.writeString(output.resolve(target.name().replaceAll("[^A-Za-z0-9]+", "_") + ".log"), log);
            boolean found = log.contains("identified the following injection point") || log.matches("(?s).*parameter '.*' is vulnerable.*");
            boolean tested = log.contains("do not appear to be injectable") || log.contains("does not seem to be injectable");
            boolean redirectedToSignIn = log.contains("login.xhtml");
            long techniques = log.lines().filter(line -> line.contains("[INFO] testing '")).count();
            System.out.printf("[sqlmap] %-70s %-22s %d techniques tried%n", target.name(),
                    found ? "INJECTABLE" : redirectedToSignIn ? "redirected to sign-in" : tested ? "not injectable" : "not tested", techniques);
            if (found) {
                injectable.add(target.name());
            } else if (!tested || redirectedToSignIn) {
                notReallyTested.add(target.name() + "\n" + tail(log));
            }
        }
        System.out.printf("[sqlmap] %d parameters scanned, %d injectable; logs in %s%n", targets.size(), injectable.size(), output);
        assertThat(injectable).as("parameters sqlmap could inject into").isEmpty();
        assertThat(notReallyTested).as("scans that did not run to the end signed in").isEmpty();
    }

    private static String tail(String log) {
        List<String> lines = log.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return output;
    }
}
