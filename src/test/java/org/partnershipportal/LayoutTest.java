package org.partnershipportal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * The layout README's "How the code is laid out" describes, as rules: package by feature, a platform
 * that knows no feature, features that depend only on features below them, and page beans that leave
 * the database to their feature's services.
 */
class LayoutTest {

    static final String BASE = "org.partnershipportal";
    static final String[] FEATURES = {"audit", "identity", "glossary", "boards", "meetings", "flags", "resources",
            "duplicates", "catalogue", "language", "voice", "demo"};

    static JavaClasses portal;

    @BeforeAll
    static void importPortal() {
        portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);
    }

    @Test
    void pageBeansLeaveTheDatabaseToTheirFeaturesServices() {
        ArchRule rule = noClasses().that().haveSimpleNameEndingWith("Page").and().resideOutsideOfPackage(BASE + ".platform..")
                .should().dependOnClassesThat().areAssignableTo(jakarta.persistence.EntityManager.class)
                .because("access rules live in the service, next to the query (STYLE.md): a page bean never reads the database itself");
        rule.check(portal);
    }

    @Test
    void platformImportsNoFeature() {
        String[] features = java.util.Arrays.stream(FEATURES).map(f -> BASE + "." + f + "..").toArray(String[]::new);
        ArchRule rule = noClasses().that().resideInAPackage(BASE + ".platform..")
                .should().dependOnClassesThat().resideInAnyPackage(features)
                .because("every feature builds on platform; a rule that needs a feature's classes lives in that feature");
        rule.check(portal);
    }

    /**
     * From the bottom: platform; audit; identity; glossary and boards (side by side); meetings, flags,
     * resources and language (which reads the boards' text through SQL of its own, importing none of their classes);
     * duplicates and catalogue; voice, which links resources to meetings' decisions; demo, which loads everyone's
     * sample data. A feature may use any
     * feature below it, never one beside or above it (glossary learns who uses a term through
     * {@code TermUsages}, an interface the features above implement).
     */
    @Test
    void featuresDependOnlyOnFeaturesBelowThem() {
        ArchRule rule = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("platform").definedBy(BASE + ".platform..")
                .layer("audit").definedBy(BASE + ".audit..")
                .layer("identity").definedBy(BASE + ".identity..")
                .layer("glossary").definedBy(BASE + ".glossary..")
                .layer("boards").definedBy(BASE + ".boards..")
                .layer("meetings").definedBy(BASE + ".meetings..")
                .layer("flags").definedBy(BASE + ".flags..")
                .layer("resources").definedBy(BASE + ".resources..")
                .layer("duplicates").definedBy(BASE + ".duplicates..")
                .layer("catalogue").definedBy(BASE + ".catalogue..")
                .layer("voice").definedBy(BASE + ".voice..")
                .layer("language").definedBy(BASE + ".language..")
                .layer("demo").definedBy(BASE + ".demo..")

                .whereLayer("platform").mayNotAccessAnyLayer()
                .whereLayer("audit").mayOnlyAccessLayers("platform")
                .whereLayer("identity").mayOnlyAccessLayers("audit", "platform")
                .whereLayer("glossary").mayOnlyAccessLayers("identity", "audit", "platform")
                .whereLayer("boards").mayOnlyAccessLayers("identity", "audit", "platform")
                .whereLayer("meetings").mayOnlyAccessLayers("boards", "glossary", "identity", "audit", "platform")
                .whereLayer("flags").mayOnlyAccessLayers("boards", "glossary", "identity", "audit", "platform")
                .whereLayer("resources").mayOnlyAccessLayers("boards", "glossary", "identity", "audit", "platform")
                .whereLayer("language").mayOnlyAccessLayers("boards", "identity", "audit", "platform")
                .whereLayer("duplicates").mayOnlyAccessLayers("meetings", "flags", "resources", "boards", "glossary", "identity", "audit", "platform")
                .whereLayer("catalogue").mayOnlyAccessLayers("meetings", "flags", "resources", "boards", "glossary", "identity", "audit", "platform")
                .whereLayer("voice").mayOnlyAccessLayers("meetings", "resources", "boards", "glossary", "identity", "audit", "platform")
                .whereLayer("demo").mayOnlyAccessLayers("voice", "catalogue", "duplicates", "language", "meetings", "flags", "resources", "boards", "glossary",
                        "identity", "audit", "platform");
        rule.check(portal);
    }
}
