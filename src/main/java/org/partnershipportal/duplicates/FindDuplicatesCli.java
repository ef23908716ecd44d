package org.partnershipportal.duplicates;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code find-duplicates FILE.csv [ABBREVIATIONS.csv]}: reads {@code id,board,meeting_date,title,description}
 * (other columns are ignored) and prints {@code id,cluster} for every row, in input order. A cluster is named after its
 * first member ({@code c-<id>}), so an item alone has a cluster of its own. Needs no server or database.
 *
 * <p>Exit codes: 0 done; 2 usage, a file that is missing or unreadable, or a header without the required columns;
 * 3 bad rows (each reported on stderr with its line number; nothing is printed on stdout, so a partial result is
 * never mistaken for a complete one).
 */
public final class FindDuplicatesCli {
    public static final int EXIT_OK = 0;
    public static final int EXIT_UNUSABLE_INPUT = 2;
    public static final int EXIT_BAD_ROWS = 3;

    /** The columns every input file must have, in the order. */
    public static final List<String> COLUMNS = List.of("id", "board", "meeting_date", "title", "description");

    private static final String USAGE = """
            usage: find-duplicates FILE.csv [ABBREVIATIONS.csv]
              FILE.csv           columns id,board,meeting_date,title,description (others ignored);
                                 meeting_date is YYYY-MM-DD or empty, description may be empty
              ABBREVIATIONS.csv  optional abbreviation,expansion lines added to the default glossary
            prints id,cluster for every row (an item alone gets a cluster of its own).
            exit codes: 0 done, 2 usage or unreadable file or bad header, 3 bad rows""";

    private FindDuplicatesCli() {}

    public static void main(String[] args) {
        if (System.getProperty("java.util.logging.config.file") == null) {
            // the libraries' start-up chatter (platform and GPU probing) would bury this command's own messages;
            // -Djava.util.logging.config.file=... brings it back
            Logger.getLogger("").setLevel(Level.SEVERE);
        }
        int code = run(args, System.out, System.err);
        System.out.flush();
        // also ends the JVM when a native library left a non-daemon thread behind
        System.exit(code);
    }

    /** Everything {@link #main} does, with the streams given; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help"))) {
            out.println(USAGE);
            return EXIT_OK;
        }
        if (args.length < 1 || args.length > 2) {
            err.println(USAGE);
            return EXIT_UNUSABLE_INPUT;
        }
        try {
            Map<String, String> extra = args.length == 2 ? Abbreviations.read(new StringReader(readText(Path.of(args[1])))) : Map.of();
            Register register = readRegister(Path.of(args[0]));
            if (!register.problems().isEmpty()) {
                for (String p : register.problems()) err.println("find-duplicates: " + args[0] + ": " + p);
                err.printf("find-duplicates: %d bad row(s); fix them and run again (no output written)%n",
                        register.problems().size());
                return EXIT_BAD_ROWS;
            }
            DuplicateMatcher matcher = DuplicateMatcher.create(extra);
            write(register.items(), matcher.cluster(register.items()), out);
            return EXIT_OK;
        } catch (UnusableInputException e) {
            err.println("find-duplicates: " + e.getMessage());
            return EXIT_UNUSABLE_INPUT;
        } catch (IOException e) {
            err.println("find-duplicates: " + e);
            return EXIT_UNUSABLE_INPUT;
        } catch (UncheckedIOException e) { // a malformed abbreviations file
            err.println("find-duplicates: " + args[args.length - 1] + ": " + e.getCause().getMessage());
            return EXIT_UNUSABLE_INPUT;
        }
    }

    /** The rows of a file, or what is wrong with them (one message per bad row, starting "line N"). */
    public record Register(List<AgendaText> items, List<String> problems) {}

    /** A file that cannot be read at all, or whose header lacks a required column. */
    public static final class UnusableInputException extends IOException {
        public UnusableInputException(String message) {
            super(message);
        }
    }

    /** Reads a register, stopping at nothing: file and header problems throw, row problems are collected. */
    public static Register readRegister(Path file) throws UnusableInputException {
        String text = readText(file);
        int[] lineStarts = lineStarts(text);
        CSVFormat fmt = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        CSVParser parser;
        try {
            parser = CSVParser.parse(new StringReader(text), fmt);
        } catch (IllegalArgumentException | IOException | UncheckedIOException e) { // e.g. a column named twice
            throw new UnusableInputException(file + ": bad header: " + e.getMessage());
        }
        List<String> header = parser.getHeaderNames();
        if (header.isEmpty()) throw new UnusableInputException(file + ": the file is empty; expected a header "
                + String.join(",", COLUMNS));
        List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) throw new UnusableInputException(file + ": bad header: missing column(s) "
                + String.join(", ", missing) + "; expected " + String.join(",", COLUMNS) + ", found "
                + String.join(",", header));
        List<AgendaText> items = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        try {
            for (CSVRecord rec : parser) {
                int line = lineOf(text, lineStarts, rec.getCharacterPosition());
                String problem = problemOf(rec, header.size(), lineOfId, line);
                if (problem != null) {
                    String id = get(rec, "id");
                    problems.add("line " + line + (id.isEmpty() ? "" : " (id " + id + ")") + ": " + problem);
                    continue;
                }
                lineOfId.put(get(rec, "id"), line);
                items.add(new AgendaText(get(rec, "id"), BoardName.of(get(rec, "board")), date(get(rec, "meeting_date")),
                        get(rec, "title"), get(rec, "description")));
            }
        } catch (UncheckedIOException e) { // malformed CSV, e.g. a quote never closed: nothing after it is readable
            problems.add("line " + parser.getCurrentLineNumber() + ": malformed CSV, reading stopped here ("
                    + e.getCause().getMessage() + ")");
        }
        return new Register(items, problems);
    }

    /** The rows of a file that must be valid (the labelled test sets); any bad row is an error. */
    public static List<AgendaText> readCsv(Path file) throws IOException {
        Register r = readRegister(file);
        if (!r.problems().isEmpty()) throw new IOException(file + ": " + String.join("; ", r.problems()));
        return r.items();
    }

    private static String problemOf(CSVRecord rec, int headerSize, Map<String, Integer> lineOfId, int line) {
        List<String> p = new ArrayList<>();
        for (String c : List.of("id", "board", "title")) {
            if (!rec.isSet(c)) p.add(c + " is missing");
            else if (rec.get(c).isEmpty()) p.add(c + " is empty");
        }
        String date = get(rec, "meeting_date");
        if (!date.isEmpty() && date(date) == null) p.add("meeting_date '" + date + "' is not a date (YYYY-MM-DD)");
        if (rec.size() != headerSize) p.add(rec.size() + " fields where the header has " + headerSize
                + (rec.size() > headerSize ? " (a comma in an unquoted text?)" : ""));
        Integer first = lineOfId.get(get(rec, "id"));
        if (first != null) p.add("id used again (first on line " + first + ")");
        return p.isEmpty() ? null : String.join("; ", p);
    }

    private static String readText(Path file) throws UnusableInputException {
        if (Files.isDirectory(file)) throw new UnusableInputException(file + ": is a folder, not a CSV file");
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8);
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (NoSuchFileException e) {
            throw new UnusableInputException(file + ": file not found");
        } catch (AccessDeniedException e) {
            throw new UnusableInputException(file + ": cannot read the file (permission denied)");
        } catch (CharacterCodingException e) {
            throw new UnusableInputException(file + ": cannot read the file: it is not UTF-8 text");
        } catch (IOException e) {
            throw new UnusableInputException(file + ": cannot read the file: " + e.getMessage());
        }
    }

    /** Offsets at which each line starts, so a record's character position gives its (1-based) line number. */
    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    private static int lineOf(String text, int[] lineStarts, long position) {
        int pos = (int) position;
        // a record's position is where the parser started looking for it, before any empty lines it skipped
        while (pos < text.length() && (text.charAt(pos) == '\n' || text.charAt(pos) == '\r')) pos++;
        int k = Arrays.binarySearch(lineStarts, pos);
        return (k >= 0 ? k : -k - 2) + 1;
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
        CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
        p.printRecord("id", "cluster");
        for (AgendaText t : items) p.printRecord(t.id(), "c-" + clusterOf.get(t.id()));
        p.flush();
    }
}
