package org.partnershipportal.testsupport;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.util.List;

/** The real build output, as an operator would deploy it (built by `mvn package` before Failsafe runs). */
public final class Deployments {

    /**
     * The test classes that run inside the server. They share one deployment, and so one Payara Micro
     * start ({@link SharedMicroContainer}); each class's {@code @Deployment} returns {@link #inServer(Class)}.
     * They run first, one after the other ({@link InServerTestsFirst}), so that server stops before the
     * shared outside-in portal starts.
     */
    public static final List<String> IN_SERVER_TESTS = List.of(
            "org.partnershipportal.audit.AuditAppendOnlyIT",
            "org.partnershipportal.boards.BoardRulesIT",
            "org.partnershipportal.language.LanguageListIT",
            "org.partnershipportal.platform.BackgroundTaskIT",
            "org.partnershipportal.platform.ViewScopeStaysBoundedIT");

    private Deployments() {
    }

    public static WebArchive portal() {
        File war = new File(System.getProperty("project.basedir", "."), "target/partnership-portal.war");
        return ShrinkWrap.create(ZipImporter.class, "partnership-portal.war").importFrom(war).as(WebArchive.class);
    }

    /**
     * The same WAR with Arquillian's test runner servlet opened to it, for tests that run inside the
     * server (everything else in the portal needs a signed-in person).
     */
    public static WebArchive portalWithTestRunner() {
        WebArchive war = portal();
        String webXml = new String(readAll(war.get("WEB-INF/web.xml").getAsset().openStream()), java.nio.charset.StandardCharsets.UTF_8);
        String opened = webXml.replace("<url-pattern>/login.xhtml</url-pattern>",
                "<url-pattern>/login.xhtml</url-pattern><url-pattern>/ArquillianServletRunnerEE9</url-pattern>");
        war.delete("WEB-INF/web.xml");
        return war.setWebXML(new org.jboss.shrinkwrap.api.asset.StringAsset(opened));
    }

    /**
     * The one deployment every in-server test class shares: the WAR with the test runner and all of
     * {@link #IN_SERVER_TESTS}, the same whichever class asks first.
     */
    public static WebArchive inServer(Class<?> testClass) {
        if (!IN_SERVER_TESTS.contains(testClass.getName())) {
            throw new IllegalStateException(testClass.getName() + " shares the in-server deployment: add it to Deployments.IN_SERVER_TESTS");
        }
        WebArchive war = portalWithTestRunner();
        IN_SERVER_TESTS.forEach(war::addClass);
        war.addClass(SignInForm.class);
        return war;
    }

    private static byte[] readAll(java.io.InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
