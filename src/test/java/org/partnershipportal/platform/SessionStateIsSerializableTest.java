package org.partnershipportal.platform;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything a session holds can travel to another node of a cluster: view- and session-scoped
 * beans, and every type their fields can hold (records from services included: a record is not
 * Serializable unless it says so). Injected services are container proxies and travel as references.
 * Without this, Payara logs "Cannot serialize session attribute" and a person whose next request
 * reaches the other node finds their page's state gone.
 */
class SessionStateIsSerializableTest {

    private static final Set<String> SESSION_SCOPES = Set.of("jakarta.faces.view.ViewScoped", "org.omnifaces.cdi.ViewScoped",
            "jakarta.enterprise.context.SessionScoped", "jakarta.enterprise.context.ConversationScoped");

    @Test
    void everyFieldOfEverySessionHeldBeanCanBeSerialized() throws Exception {
        List<String> problems = new ArrayList<>();
        int beans = 0;
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.partnershipportal")) {
            boolean sessionHeld = type.getAnnotations().stream().anyMatch(a -> SESSION_SCOPES.contains(a.getRawType().getName()));
            if (!sessionHeld) {
                continue;
            }
            beans++;
            Class<?> bean = Class.forName(type.getName());
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            requireVersionId(bean, bean.getName(), problems);
            check(bean, bean.getName(), problems, new HashSet<>());
        }
        assertThat(beans).as("view- and session-scoped beans found").isGreaterThan(20);
        assertThat(problems).as("types a session would hold that cannot be serialized").isEmpty();
    }

    private static void check(Class<?> holder, String path, List<String> problems, Set<Class<?>> seen) {
        if (!seen.add(holder)) {
            return;
        }
        for (Class<?> c = holder; c != null && c.getName().startsWith("org.partnershipportal"); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || isInjected(field)) {
                    continue;
                }
                checkType(field.getGenericType(), path + "." + field.getName(), problems, seen);
            }
        }
    }

    private static void checkType(Type type, String path, List<String> problems, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType parameterized) {
            checkType(parameterized.getRawType(), path, problems, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, path + "<>", problems, seen);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                checkType(bound, path, problems, seen);
            }
        } else if (type instanceof Class<?> raw) {
            if (raw.isPrimitive() || raw.isEnum() || raw == Object.class) {
                return;
            }
            if (raw.isArray()) {
                checkType(raw.getComponentType(), path + "[]", problems, seen);
                return;
            }
            // Collections and maps are checked by their element types (their usual implementations serialize).
            if (raw.isInterface() && raw.getName().startsWith("java.util")) {
                return;
            }
            if (!Serializable.class.isAssignableFrom(raw)) {
                problems.add(path + ": " + raw.getName());
            } else if (raw.getName().startsWith("org.partnershipportal")) {
                requireVersionId(raw, path, problems);
                check(raw, path, problems, seen);
            }
        }
    }

    /**
     * A class of ours that a session holds declares its serialVersionUID: otherwise Java derives one from the
     * class's members, any change to the class changes it, and during a rolling upgrade the new version's
     * node cannot read sessions the old one wrote (people would be signed out). Records need none (Java
     * waives the check for them).
     */
    private static void requireVersionId(Class<?> type, String path, List<String> problems) {
        if (type.isRecord() || type.isEnum() || type.isInterface()) {
            return;
        }
        try {
            type.getDeclaredField("serialVersionUID");
        } catch (NoSuchFieldException missing) {
            problems.add(path + ": " + type.getName() + " declares no serialVersionUID");
        }
    }

    private static boolean isInjected(Field field) {
        return field.isAnnotationPresent(jakarta.inject.Inject.class) || field.isAnnotationPresent(jakarta.ejb.EJB.class)
                || field.isAnnotationPresent(jakarta.annotation.Resource.class) || field.isAnnotationPresent(jakarta.persistence.PersistenceContext.class);
    }
}
