package org.partnershipportal.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A program from a Debian package for the tests (nginx, sqlmap): the installed one when there is one,
 * else the package fetched with {@code apt-get download} and unpacked under target/tools with
 * {@code dpkg-deb -x}, which needs no root and installs nothing.
 */
public final class DebianTool {

    private DebianTool() {
    }

    /**
     * The file {@code pathInPackage} (e.g. "usr/sbin/nginx") of Debian package {@code packageName}:
     * "/" + that path when installed, else the same path in the unpacked package.
     */
    public static Path file(String packageName, String pathInPackage) throws IOException, InterruptedException {
        Path installed = Path.of("/", pathInPackage);
        if (Files.exists(installed)) {
            return installed;
        }
        Path project = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
        Path unpacked = project.resolve("target/tools/" + packageName);
        Path file = unpacked.resolve(pathInPackage);
        if (!Files.exists(file)) {
            Path download = Files.createDirectories(project.resolve("target/tools/download"));
            run(download, "apt-get", "download", packageName);
            try (var debs = Files.list(download)) {
                Path deb = debs.filter(p -> p.getFileName().toString().startsWith(packageName + "_")).findFirst()
                        .orElseThrow(() -> new IllegalStateException("apt-get download " + packageName + " gave no package"));
                run(download, "dpkg-deb", "-x", deb.toString(), unpacked.toString());
            }
        }
        return file;
    }

    /** Runs a command in {@code directory}; its output in the exception when it fails. */
    public static void run(Path directory, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }
}
