package org.partnershipportal.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command {@code deploy/partnership-portal@.service} runs for node N (its {@code ExecStart}), made runnable on this
 * machine: the unit's {@code %i} and {@code ${VARIABLE}}s filled in as systemd would, and only the paths of the
 * installed portal ({@code /opt/partnership-portal}, {@code /var/lib/partnership-portal}), the Java binary and the
 * heap changed. Each change must find what it changes, or the unit changed shape and this fails naming it, so the
 * cluster tests start nodes with exactly the options operators get.
 */
public final class NodeUnit {

    private static final Pattern EXEC_START = Pattern.compile("(?m)^ExecStart=((?:[^\\n]*\\\\\\n)*[^\\n]*)$");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)}");

    private NodeUnit() {
    }

    /** The variables the unit sets itself ({@code Environment=NAME=value}, e.g. the UTF-8 locale Java takes its charset from). */
    static Map<String, String> environment() throws IOException {
        Path project = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
        Map<String, String> variables = new java.util.LinkedHashMap<>();
        Pattern.compile("(?m)^Environment=(\\w+)=(\\S*)$").matcher(Files.readString(project.resolve("deploy/partnership-portal@.service")))
                .results().forEach(setting -> variables.put(setting.group(1), setting.group(2)));
        return variables;
    }

    /**
     * The JVM's memory and collector options (-X...) and the modules it adds (--add-modules=...) of the single-node unit deploy/partnership-portal.service (the
     * options its ExecStart passes to deploy/run-portal), so
     * that the demo and the start-up benchmark run the server as production does.
     */
    public static List<String> productionJvmOptions() throws IOException {
        List<String> options = new ArrayList<>();
        for (String word : execStart("deploy/partnership-portal.service").split("\\s+")) {
            if (word.equals("-jar")) break;
            if (word.startsWith("-X") || word.startsWith("--add-modules=")) options.add(word);
        }
        return options;
    }

    /**
     * @param node        the instance number ({@code %i})
     * @param environment the node's environment file as systemd reads it (the unit's {@code ${VARIABLE}}s)
     * @param heap        the test's heap in place of the unit's (2 cores run two nodes and the tests)
     * @param tmp         the node's own temporary directory, in place of /var/lib/partnership-portal/tmp-N
     * @param wordnet     the copy of WordNet's files the nodes share, in place of /var/lib/partnership-portal/wordnet
     */
    static List<String> command(int node, Map<String, String> environment, String heap, Path tmp, Path wordnet) throws IOException {
        Path project = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
        String line = execStart("deploy/partnership-portal@.service").replace("%i", String.valueOf(node));
        line = replaceEach(line, VARIABLE, variable -> {
            String value = environment.get(variable.group(1));
            if (value == null) {
                throw new IllegalStateException("ExecStart uses ${" + variable.group(1) + "}, which the test's node environment lacks");
            }
            return value;
        });
        String microJar = System.getenv().getOrDefault("MICRO_JAR", project.resolve("target/payara-micro.jar").toString());
        line = rewrite(line, "^/usr/bin/java ", PayaraNode.java() + " ");
        line = rewrite(line, " -Xmx\\S+ ", " -Xmx" + heap + " ");
        line = rewrite(line, "-Djava\\.io\\.tmpdir=/var/lib/partnership-portal/tmp-" + node + " ", "-Djava.io.tmpdir=" + tmp + " ");
        line = rewrite(line, "-Dportal\\.wordnet\\.directory=/var/lib/partnership-portal/wordnet ", "-Dportal.wordnet.directory=" + wordnet + " ");
        line = rewrite(line, "/opt/partnership-portal/config/logging\\.properties ", project.resolve("deploy/logging.properties") + " ");
        line = rewrite(line, "/opt/partnership-portal/payara-micro\\.jar ", microJar + " ");
        line = rewrite(line, "/opt/partnership-portal/partnership-portal\\.war ", project.resolve("target/partnership-portal.war") + " ");
        line = rewrite(line, "/opt/partnership-portal/lib ", project.resolve("target/portal-lib") + " ");
        line = rewrite(line, "/opt/partnership-portal/config/", project.resolve("config") + "/");
        if (line.contains("/opt/") || line.contains("/var/lib/")) {
            throw new IllegalStateException("ExecStart has a path of the installed portal NodeUnit does not know: " + line);
        }
        Files.createDirectories(tmp);
        return new ArrayList<>(List.of(line.trim().split("\\s+")));
    }

    /** A unit's ExecStart= command on one line (its continuation lines joined). */
    private static String execStart(String unitFile) throws IOException {
        Path project = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
        Matcher execStart = EXEC_START.matcher(Files.readString(project.resolve(unitFile)));
        if (!execStart.find()) {
            throw new IllegalStateException(unitFile + " has no ExecStart= line: update NodeUnit");
        }
        return execStart.group(1).replace("\\\n", " ");
    }

    private static String rewrite(String line, String regex, String replacement) {
        Matcher matcher = Pattern.compile(regex).matcher(line);
        if (!matcher.find()) {
            throw new IllegalStateException("deploy/partnership-portal@.service's ExecStart no longer matches " + regex + ": update NodeUnit");
        }
        return matcher.replaceAll(Matcher.quoteReplacement(replacement));
    }

    private static String replaceEach(String line, Pattern pattern, java.util.function.Function<Matcher, String> replacement) {
        Matcher matcher = pattern.matcher(line);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
