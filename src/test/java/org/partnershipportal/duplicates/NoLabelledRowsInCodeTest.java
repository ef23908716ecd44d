package org.partnershipportal.duplicates;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The matcher and its tests carry no row of the team's labelled dev set: no title or description of a non-standing
 * row, and no run of six of its words, appears in the code or the test code (runs inside the general abbreviation
 * glossary's expansions excepted). Fails, never skips, when the dev set cannot be found.
 */
class NoLabelledRowsInCodeTest {
    static final int RUN = 6;

    @Test
    void noDevSetWordingIsCopiedIntoCodeOrTests() throws IOException {
        Path dev = SharedFiles.devSet();
        assertTrue(Files.isReadable(dev), "dev set not found at " + dev + ": check out the team's shared folder beside the repository");
        Set<String> glossary = new HashSet<>();
        Abbreviations.defaults().asMap().values().forEach(e -> glossary.add(String.join(" ", words(e))));
        Set<String> copied = new HashSet<>();
        for (PairwiseF1.Labelled row : PairwiseF1.read(dev)) {
            for (String text : List.of(row.item().title(), row.item().description())) {
                List<String> w = words(text);
                if (w.size() >= 2 && !TestMatchers.matcher().isStanding(row.item())) copied.add(String.join(" ", w));
                for (int i = 0; i + RUN <= w.size(); i++) {
                    String run = String.join(" ", w.subList(i, i + RUN));
                    if (glossary.stream().noneMatch(g -> g.contains(run))) copied.add(run);
                }
            }
        }
        List<String> found = new ArrayList<>();
        Path project = SharedFiles.projectDir();
        for (String folder : List.of("src/main/java", "src/main/resources", "src/test/java")) {
            try (Stream<Path> files = Files.walk(project.resolve(folder))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".csv")).toList()) {
                    String text = " " + String.join(" ", words(Files.readString(f, StandardCharsets.UTF_8))) + " ";
                    for (String c : copied) if (text.contains(" " + c + " ")) found.add(project.relativize(f) + ": " + c);
                }
            }
        }
        assertTrue(found.isEmpty(), "dev-set wording in code: " + found);
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^\\p{L}\\p{N}']+"))
                .filter(w -> !w.isEmpty()).toList();
    }
}
