package org.partnershipportal.duplicates;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files the tests read from the team's shared folder beside the repository (never copied into it): the labelled dev
 * set and the scoring script. Looked up relative to the project ({@code ../shared/...}), then at /work/shared.
 */
final class SharedFiles {
    private SharedFiles() {}

    /** The labelled dev set; {@code -Dduplicates.devSet=...} points elsewhere. When it does not exist the tests that need it fail (they never skip). */
    static Path devSet() {
        String explicit = System.getProperty("duplicates.devSet");
        if (explicit != null && !explicit.isBlank()) return Path.of(explicit);
        return find("data/agenda-duplicates-dev.csv");
    }

    /** score-duplicates.py, which prints pairwise precision, recall and F1. May not exist. */
    static Path scoreScript() {
        return find("tools/score-duplicates.py");
    }

    static Path projectDir() {
        return Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath().normalize();
    }

    private static Path find(String relative) {
        Path beside = projectDir().resolve("../shared").resolve(relative).normalize();
        return Files.exists(beside) ? beside : Path.of("/work/shared").resolve(relative);
    }
}
