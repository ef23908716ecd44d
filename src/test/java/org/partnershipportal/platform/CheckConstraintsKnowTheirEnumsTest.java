package org.partnershipportal.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CHECK constraint that names an enum's values (status <> 'ANSWERED', status IN ('A', 'B')) must
 * keep up with the enum stored in that column: a renamed value would make the check test nothing, and
 * a value added to the enum but missing from an IN list would be refused by the database at the first
 * save. Columns are matched to the entities' @Enumerated fields; every check is read from the
 * migrations as MariaDB runs them.
 */
class CheckConstraintsKnowTheirEnumsTest {

    static final Pattern TABLE = Pattern.compile("(?is)CREATE TABLE (\\w+) \\((.*?)\\n\\)\\s*ENGINE");
    static final Pattern CHECK = Pattern.compile("(?is)CHECK \\((.*?)\\)\\s*(,|$)", Pattern.MULTILINE);
    static final Pattern COMPARISON = Pattern.compile("(?i)(\\w+)\\s*(<>|=|!=)\\s*'([A-Z_]+)'");
    static final Pattern IN_LIST = Pattern.compile("(?i)(\\w+)\\s+IN\\s*\\(([^)]*)\\)");

    @Test
    void everyEnumValueNamedInACheckExistsAndEveryInListCoversItsEnum() throws Exception {
        Map<String, Class<? extends Enum<?>>> enumColumns = enumColumnsOfEntities();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> migrations = Files.list(MigrationsAreNeverEditedTest.MIGRATIONS).sorted()) {
            for (Path migration : migrations.toList()) {
                Matcher table = TABLE.matcher(Files.readString(migration));
                while (table.find()) {
                    Matcher check = CHECK.matcher(table.group(2));
                    while (check.find()) {
                        String where = migration.getFileName() + " " + table.group(1) + ": CHECK (" + check.group(1).trim() + ")";
                        Matcher comparison = COMPARISON.matcher(check.group(1));
                        while (comparison.find()) {
                            checked++;
                            Class<? extends Enum<?>> type = enumColumns.get(table.group(1) + "." + comparison.group(1));
                            if (type == null) {
                                problems.add(where + ": column " + comparison.group(1) + " holds no enum of an entity");
                            } else if (!names(type).contains(comparison.group(3))) {
                                problems.add(where + ": " + type.getSimpleName() + " has no value " + comparison.group(3));
                            }
                        }
                        Matcher in = IN_LIST.matcher(check.group(1));
                        while (in.find()) {
                            checked++;
                            Class<? extends Enum<?>> type = enumColumns.get(table.group(1) + "." + in.group(1));
                            Set<String> listed = Arrays.stream(in.group(2).split(",")).map(v -> v.trim().replace("'", ""))
                                    .collect(Collectors.toCollection(LinkedHashSet::new));
                            if (type != null && !listed.equals(names(type))) {
                                problems.add(where + ": lists " + listed + " but " + type.getSimpleName() + " is " + names(type));
                            }
                        }
                    }
                }
            }
        }
        assertThat(checked).as("enum values named in CHECK constraints (the test must see some)").isPositive();
        assertThat(problems).isEmpty();
    }

    private static Set<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** "table.column" → the enum an entity stores there. */
    @SuppressWarnings("unchecked")
    private static Map<String, Class<? extends Enum<?>>> enumColumnsOfEntities() throws IOException, ClassNotFoundException {
        Path classes = Path.of(System.getProperty("project.basedir", ".")).resolve("target/classes");
        Map<String, Class<? extends Enum<?>>> columns = new HashMap<>();
        try (Stream<Path> files = Files.walk(classes.resolve("org/partnershipportal"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                Class<?> type = Class.forName(classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""),
                        false, CheckConstraintsKnowTheirEnumsTest.class.getClassLoader());
                if (!type.isAnnotationPresent(Entity.class) || !type.isAnnotationPresent(Table.class)) {
                    continue;
                }
                for (Field field : type.getDeclaredFields()) {
                    if (field.isAnnotationPresent(Enumerated.class) && field.getType().isEnum()) {
                        Column column = field.getAnnotation(Column.class);
                        String name = column != null && !column.name().isEmpty() ? column.name() : snakeCase(field.getName());
                        columns.put(type.getAnnotation(Table.class).name() + "." + name, (Class<? extends Enum<?>>) field.getType());
                    }
                }
            }
        }
        return columns;
    }

    private static String snakeCase(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
