package org.partnershipportal.testsupport;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The WAR keeps some libraries and the portal-lib folder (Payara Micro's --addlibs) gets every other one: pom.xml
 * names the kept ones twice, in the WAR plugin's exclusion pattern and in the copy's excludeArtifactIds. If the two
 * lists differ, a library is either in both (loaded twice) or in neither (missing at run time).
 */
class WarLibrariesTest {

    @Test
    void theWarAndPortalLibAgreeOnWhichLibrariesStayInTheWar() throws Exception {
        String pom = Files.readString(Path.of(System.getProperty("project.basedir", ".")).resolve("pom.xml"));
        Matcher war = Pattern.compile("<packagingExcludes>%regex\\[WEB-INF/lib/\\(\\?!\\(([^)]+)\\)").matcher(pom);
        Matcher copy = Pattern.compile("<excludeArtifactIds>([^<]+)</excludeArtifactIds>").matcher(pom);
        assertThat(war.find()).as("the WAR plugin's pattern of kept libraries").isTrue();
        assertThat(copy.find()).as("the portal-lib copy's excludeArtifactIds").isTrue();
        Set<String> keptByWar = new TreeSet<>(Arrays.asList(war.group(1).split("\\|")));
        Set<String> keptByCopy = Arrays.stream(copy.group(1).split(",")).map(String::strip).collect(Collectors.toCollection(TreeSet::new));
        assertThat(keptByCopy).isEqualTo(keptByWar).contains("primefaces", "omnifaces", "flyway-core");
    }
}
