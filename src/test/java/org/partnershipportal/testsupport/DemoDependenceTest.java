package org.partnershipportal.testsupport;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test that uses the demo partnership says so ({@link UsesDemoPartnership}): one that signs in with the demo password,
 * names a demo person or a demo board's short name. The people and boards are read from {@code DemoPartnership} itself,
 * so a new demo person is covered without changing this test.
 */
class DemoDependenceTest {

    private static final Path TESTS = Path.of("src/test/java/org/partnershipportal");
    private static final Path DEMO = Path.of("src/main/java/org/partnershipportal/demo/DemoPartnership.java");

    @Test
    void everyTestThatUsesTheDemoPartnershipSaysSo() throws IOException {
        String demo = Files.readString(DEMO);
        Set<String> people = matches(demo, Pattern.compile("person\\(\"([a-z]+\\.[a-z]+)\""));
        Set<String> boards = matches(demo, Pattern.compile("seat\\(\"[a-z.]+\", \"([^\"]+)\""));
        assertThat(people).as("demo people read from DemoPartnership").hasSizeGreaterThan(5);
        assertThat(boards).as("demo boards read from DemoPartnership").hasSizeGreaterThan(3);
        List<String> silent;
        try (Stream<Path> files = Files.walk(TESTS)) {
            silent = files.filter(file -> file.getFileName().toString().matches(".*(Test|IT|Benchmark|Scan)\\.java"))
                    .filter(file -> !file.startsWith(TESTS.resolve("testsupport")))
                    .filter(file -> {
                        String source = read(file);
                        boolean usesDemo = source.contains("DEMO_PASSWORD") || Stream.concat(people.stream(), boards.stream())
                                .anyMatch(name -> source.contains("\"" + name + "\""));
                        return usesDemo && !source.contains("@UsesDemoPartnership");
                    })
                    .map(Path::toString).sorted().toList();
        }
        assertThat(silent).as("tests that use the demo partnership without @UsesDemoPartnership").isEmpty();
    }

    private static Set<String> matches(String text, Pattern pattern) {
        Matcher matcher = pattern.matcher(text);
        return matcher.results().map(result -> result.group(1)).collect(Collectors.toSet());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
