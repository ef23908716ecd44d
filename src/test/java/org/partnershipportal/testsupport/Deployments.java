package org.partnershipportal.testsupport;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The real build output, as an operator would deploy it (built by `mvn package` before Failsafe runs). */
public final class Deployments {

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

    private static byte[] readAll(java.io.InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
