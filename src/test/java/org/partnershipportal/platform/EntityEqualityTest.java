package org.partnershipportal.platform;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entities that say when two are the same record (by id, once stored) keep equals' contract before they are stored
 * too: an unsaved entity equals itself and no other unsaved one. Without it a new record put in a set or list could
 * not be found again there (a rule run on records built in memory, as unit tests and previews do).
 */
class EntityEqualityTest {

    @Test
    void anUnsavedEntityEqualsItselfAndNoOther() throws ReflectiveOperationException {
        List<String> checked = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.partnershipportal")) {
            if (!type.isAnnotatedWith(Entity.class) || type.getMethods().stream()
                    .noneMatch(m -> m.getName().equals("equals") && m.getOwner().equals(type))) {
                continue;
            }
            Constructor<?> unsaved = type.reflect().getDeclaredConstructor();
            unsaved.setAccessible(true);
            Object one = unsaved.newInstance();
            Object another = unsaved.newInstance();
            assertThat(one).as(type.getSimpleName() + " equals itself").isEqualTo(one);
            assertThat(one).as(type.getSimpleName() + " is not another unsaved one").isNotEqualTo(another);
            checked.add(type.getSimpleName());
        }
        assertThat(checked).as("entities with an equals of their own").contains("Agency", "Board", "Meeting", "Flag");
    }
}
