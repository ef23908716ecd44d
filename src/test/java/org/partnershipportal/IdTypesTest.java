package org.partnershipportal;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Services take a board, a meeting or a person by its own id type ({@code BoardId}, {@code MeetingId}, {@code UserId}),
 * never as a bare number: with three kinds of id as {@code long} side by side (and a board's name as text), one was
 * passed for another unnoticed. The compiler refuses such a mix-up only if the signature names the type, so this test
 * refuses a service method that takes one of these ids as a number. Page beans may hold the number a page's address
 * carries; they turn it into the type when they call a service.
 */
class IdTypesTest {

    private static final Pattern TYPED_ID = Pattern.compile("(?i)(.*board|.*meeting|.*user)Id");

    @Test
    void servicesTakeBoardsMeetingsAndPeopleByTheirIdTypes() {
        List<String> numbers = new ArrayList<>();
        for (JavaClass service : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(LayoutTest.BASE)) {
            if (!service.isAnnotatedWith(jakarta.ejb.Stateless.class) && !service.isAnnotatedWith(jakarta.ejb.Singleton.class)) {
                continue;
            }
            for (Method method : service.reflect().getDeclaredMethods()) {
                if (Modifier.isPrivate(method.getModifiers())) {
                    continue;
                }
                for (Parameter parameter : method.getParameters()) {
                    assertThat(parameter.isNamePresent()).as("compiled with -parameters (pom.xml)").isTrue();
                    boolean number = parameter.getType() == long.class || parameter.getType() == Long.class;
                    if (number && TYPED_ID.matcher(parameter.getName()).matches()) {
                        numbers.add(service.getSimpleName() + "." + method.getName() + "(" + parameter.getName() + ")");
                    }
                }
            }
        }
        assertThat(numbers).as("take BoardId, MeetingId or UserId, not a number").isEmpty();
    }
}
