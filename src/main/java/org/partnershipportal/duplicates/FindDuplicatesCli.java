package org.partnershipportal.duplicates;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code java ... FindDuplicatesCli FILE.csv [ABBREVIATIONS.csv]}: reads {@code id,board,meeting_date,title,description}
 * (extra columns ignored) and prints {@code id,cluster} for every row, in input order. Cluster names are the first
 * member's id, so an item alone has a cluster of its own.
 */
public final class FindDuplicatesCli {
    private FindDuplicatesCli() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: FindDuplicatesCli FILE.csv [ABBREVIATIONS.csv]");
            System.exit(2);
        }
        Map<String, String> extra = Map.of();
        if (args.length == 2) try (Reader r = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
            extra = Abbreviations.read(r);
        }
        List<AgendaText> items = readCsv(Path.of(args[0]));
        DuplicateMatcher matcher = DuplicateMatcher.create(extra);
        write(items, matcher.cluster(items), System.out);
    }

    public static List<AgendaText> readCsv(Path file) throws IOException {
        List<AgendaText> items = new ArrayList<>();
        CSVFormat fmt = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : fmt.parse(r)) {
                items.add(new AgendaText(rec.get("id"), get(rec, "board"), date(get(rec, "meeting_date")),
                        get(rec, "title"), get(rec, "description")));
            }
        }
        return items;
    }

    private static String get(CSVRecord rec, String column) {
        return rec.isMapped(column) && rec.isSet(column) ? rec.get(column) : "";
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static void write(List<AgendaText> items, List<List<String>> clusters, PrintStream out) throws IOException {
        Map<String, String> clusterOf = new HashMap<>();
        for (List<String> c : clusters) for (String id : c) clusterOf.put(id, c.get(0));
        OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            p.printRecord("id", "cluster");
            for (AgendaText t : items) p.printRecord(t.id(), "c-" + clusterOf.get(t.id()));
        }
    }
}
