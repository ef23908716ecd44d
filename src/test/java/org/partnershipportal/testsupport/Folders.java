package org.partnershipportal.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** Folders the tests make for servers and databases of their own. */
public final class Folders {

    private Folders() {
    }

    /** Removes a folder and everything in it, if it is there; a file that cannot be removed fails the test. */
    public static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
