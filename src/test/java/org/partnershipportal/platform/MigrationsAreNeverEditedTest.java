package org.partnershipportal.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migration that has reached main is never edited again: a database that ran the first version
 * would never run the second (Flyway refuses to start on the changed checksum, or worse, a copy
 * made before the edit differs silently from one made after). Each migration's SHA-256 is committed
 * in migration-checksums.txt; a new migration adds its line there, a change to an old one is a new
 * migration instead.
 */
class MigrationsAreNeverEditedTest {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Path COMMITTED = Path.of("src/test/resources/db/migration-checksums.txt");

    @Test
    void everyMigrationStillHasTheChecksumItWasCommittedWith() throws IOException {
        Map<String, String> committed = new TreeMap<>();
        for (String line : Files.readAllLines(COMMITTED)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.trim().split("\\s+");
                committed.put(parts[1], parts[0]);
            }
        }
        Map<String, String> now = current();
        assertThat(committed.keySet()).as("committed migrations that no longer exist (never delete a migration)")
                .isSubsetOf(now.keySet());
        for (Map.Entry<String, String> migration : now.entrySet()) {
            assertThat(committed).as("%s is new: add this line to %s%n%s  %s", migration.getKey(), COMMITTED,
                    migration.getValue(), migration.getKey()).containsKey(migration.getKey());
            assertThat(migration.getValue()).as("%s was changed after it was committed: write a new migration instead",
                    migration.getKey()).isEqualTo(committed.get(migration.getKey()));
        }
    }

    static Map<String, String> current() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".sql"))
                    .collect(Collectors.toMap(f -> f.getFileName().toString(), MigrationsAreNeverEditedTest::sha256, (a, b) -> a, TreeMap::new));
        }
    }

    private static String sha256(Path file) {
        try {
            // Line endings normalised: a checkout on Windows is not an edit.
            String text = Files.readString(file).replace("\r\n", "\n");
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
