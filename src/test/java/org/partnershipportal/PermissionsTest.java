package org.partnershipportal;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnershipportal.identity.Role;
import org.partnershipportal.identity.UserAccount;
import org.partnershipportal.platform.CallerPermissions;
import org.partnershipportal.platform.Permission;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Roles as permissions, each rule once (README, "How the code is laid out"): code, pages and descriptors
 * check what a person may do ({@link Permission}); only {@link Role} says which roles carry what.
 */
class PermissionsTest {

    static final String BASE = "org.partnershipportal";
    static final Path WEBAPP = Path.of("src/main/webapp");
    static final Set<String> PERMISSIONS = Arrays.stream(Permission.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));

    static JavaClasses portal;

    @BeforeAll
    static void importPortal() {
        portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);
    }

    @Test
    void onlyCallerPermissionsAsksTheContainerAboutRoles() {
        ArchRule rule = noClasses().that().doNotBelongToAnyOf(CallerPermissions.class)
                .should().callMethodWhere(askingAboutARole())
                .because("a role name checked in a service or page bean is a rule outside Role's one mapping: ask CallerPermissions for a permission");
        rule.check(portal);
    }

    @Test
    void roleNamesAreUsedOnlyWhereRolesAreGivenAndMapped() {
        ArchRule noRoleConstants = noClasses().that().resideOutsideOfPackages(BASE + ".identity..", BASE + ".demo..")
                .should().accessFieldWhere(target(Role.class))
                .because("outside identity (which gives people roles) and the demo (which seats its people), code checks permissions");
        noRoleConstants.check(portal);
        ArchRule noHasRole = noClasses().that().resideOutsideOfPackages(BASE + ".identity..")
                .should().callMethod(UserAccount.class, "hasRole", Role.class)
                .because("whether a person may do something is UserAccount.holds(Permission)");
        noHasRole.check(portal);
    }

    @Test
    void everyRolesAllowedNamesAPermission() {
        ArchRule onClasses = classes().that().areAnnotatedWith(RolesAllowed.class).should(allowOnlyPermissions());
        onClasses.check(portal);
        List<String> wrong = new ArrayList<>();
        portal.forEach(type -> type.getMethods().stream().filter(m -> m.isAnnotatedWith(RolesAllowed.class)).forEach(method -> {
            for (String name : method.getAnnotationOfType(RolesAllowed.class).value()) {
                if (!PERMISSIONS.contains(name)) {
                    wrong.add(method.getFullName() + " allows " + name);
                }
            }
        }));
        assertEquals(List.of(), wrong, "@RolesAllowed must name permissions");
    }

    @Test
    void theNamesForAnnotationsAreThePermissions() throws IllegalAccessException {
        Set<String> constants = new TreeSet<>();
        for (Field field : Permission.Name.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                assertEquals(field.getName(), field.get(null), "Permission.Name." + field.getName());
                constants.add((String) field.get(null));
            }
        }
        assertEquals(PERMISSIONS, constants);
        assertEquals(PERMISSIONS, new TreeSet<>(List.of(CallerPermissions.class.getAnnotation(DeclareRoles.class).value())),
                "the roles CallerPermissions declares");
    }

    @Test
    void theDescriptorsProtectAndMapPermissionsOnly() throws Exception {
        Document web = xml(WEBAPP.resolve("WEB-INF/web.xml"));
        Set<String> constrained = texts(web.getElementsByTagName("auth-constraint"), "role-name");
        constrained.remove("**");
        assertTrue(PERMISSIONS.containsAll(constrained), "web.xml constrains by " + constrained + ", not only permissions");
        assertEquals(PERMISSIONS, texts(web.getElementsByTagName("security-role"), "role-name"), "web.xml's declared roles");

        Document glassfish = xml(WEBAPP.resolve("WEB-INF/glassfish-web.xml"));
        NodeList mappings = glassfish.getElementsByTagName("security-role-mapping");
        Set<String> mapped = new TreeSet<>();
        for (int i = 0; i < mappings.getLength(); i++) {
            org.w3c.dom.Element mapping = (org.w3c.dom.Element) mappings.item(i);
            String role = mapping.getElementsByTagName("role-name").item(0).getTextContent().strip();
            assertEquals(role, mapping.getElementsByTagName("group-name").item(0).getTextContent().strip(),
                    "each permission is the group of the same name");
            mapped.add(role);
        }
        assertEquals(PERMISSIONS, mapped, "glassfish-web.xml's mappings");
    }

    @Test
    void pagesAskForPermissionsAndNameRealOnes() throws IOException {
        Pattern roleCheck = Pattern.compile("isUserInRole|isCallerInRole");
        Pattern permissionCheck = Pattern.compile("may\\.holds(?:Any)?\\(([^)]*)\\)");
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                List<String> lines = Files.readAllLines(page);
                for (int n = 0; n < lines.size(); n++) {
                    String line = lines.get(n);
                    if (roleCheck.matcher(line).find()) {
                        wrong.add(page + ":" + (n + 1) + " checks a role: " + line.strip());
                    }
                    Matcher asked = permissionCheck.matcher(line);
                    while (asked.find()) {
                        for (String argument : asked.group(1).split(",")) {
                            String name = argument.strip().replace("'", "").replace("\"", "");
                            if (!PERMISSIONS.contains(name)) {
                                wrong.add(page + ":" + (n + 1) + " asks for " + name + ", which is no permission");
                            }
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyPermissionIsCarriedByARoleAndTheAdministratorRunsThePlace() {
        Set<Permission> carried = EnumSet.noneOf(Permission.class);
        Arrays.stream(Role.values()).forEach(role -> carried.addAll(role.permissions()));
        assertEquals(EnumSet.allOf(Permission.class), carried, "a permission no role carries is dead code");
        assertTrue(Role.PARTNERSHIP_ADMIN.permissions().containsAll(EnumSet.of(Permission.OPEN_ADMINISTRATION, Permission.MANAGE_PEOPLE,
                Permission.MANAGE_BOARDS, Permission.READ_AUDIT_LOG)));
    }

    private static DescribedPredicate<JavaMethodCall> askingAboutARole() {
        return DescribedPredicate.describe("asks the container whether the caller is in a role", call -> {
            String name = call.getTarget().getName();
            return name.equals("isCallerInRole") || name.equals("isUserInRole");
        });
    }

    private static DescribedPredicate<com.tngtech.archunit.core.domain.JavaFieldAccess> target(Class<?> owner) {
        return DescribedPredicate.describe("a constant of " + owner.getSimpleName(),
                access -> access.getTargetOwner().isEquivalentTo(owner));
    }

    private static ArchCondition<JavaClass> allowOnlyPermissions() {
        return new ArchCondition<>("allow only permissions") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                JavaAnnotation<JavaClass> allowed = type.getAnnotationOfType(RolesAllowed.class.getName());
                for (String name : (String[]) allowed.get("value").orElse(new String[0])) {
                    if (!PERMISSIONS.contains(name)) {
                        events.add(SimpleConditionEvent.violated(type, type.getName() + " allows " + name));
                    }
                }
            }
        };
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static Set<String> texts(NodeList parents, String child) {
        return IntStream.range(0, parents.getLength()).boxed()
                .flatMap(i -> {
                    NodeList names = ((org.w3c.dom.Element) parents.item(i)).getElementsByTagName(child);
                    return IntStream.range(0, names.getLength()).mapToObj(j -> names.item(j).getTextContent().strip());
                })
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
