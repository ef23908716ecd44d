package org.partnershipportal.duplicates;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.boards.Board;
import org.partnershipportal.meetings.AgendaItem;
import org.partnershipportal.meetings.Meeting;
import org.partnershipportal.meetings.MeetingStatus;
import org.partnershipportal.meetings.RegisterImported;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.Permission;
import org.partnershipportal.platform.PortalClock;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Imports past agenda items from a CSV ({@code id,board,meeting_date,title,description}) so the
 * duplicate finder knows the partnership's history. An administrator sees a preview and every bad
 * row with its line number first; a file with any bad row imports nothing.
 */
@Stateless
@RolesAllowed(Permission.Name.RUN_DUPLICATE_FINDING)
public class HistoricImport {

    public static final List<String> HEADER = List.of("id", "board", "meeting_date", "title", "description");
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;
    private static final int ID_MAX = 60;

    @PersistenceContext
    EntityManager em;

    /** Days ("today", due dates) are London's, from the portal's clock (PortalClock's time policy). */
    @Inject
    PortalClock clock;

    @Inject
    AuditLog audit;

    @Inject
    DuplicateFinder finder;

    @Inject
    Event<RegisterImported> imported;

    /** A row that will be imported. */
    public record Row(int line, String id, long boardId, String board, LocalDate meetingDate, String title, String description,
                      boolean standing) implements Serializable {
    }

    /** A row that will not, and why. */
    public record BadRow(int line, String reason) implements Serializable {
    }

    /** What the file holds: the good rows, the bad ones, and how many rows each board gets. */
    public record Preview(List<Row> rows, List<BadRow> badRows, Map<String, Integer> rowsByBoard) implements Serializable {
        public boolean isImportable() {
            return badRows.isEmpty() && !rows.isEmpty();
        }

        public List<Row> firstRows() {
            return rows.subList(0, Math.min(rows.size(), 50));
        }

        public List<Map.Entry<String, Integer>> boardEntries() {
            return new ArrayList<>(rowsByBoard.entrySet());
        }
    }

    /** Reads and checks the file; changes nothing. */
    public Preview preview(byte[] file) {
        String text = decode(file);
        Map<String, Board> boards = boardsByName();
        List<Row> rows = new ArrayList<>();
        List<BadRow> bad = new ArrayList<>();
        Set<String> idsInFile = new HashSet<>();
        Set<String> alreadyImported = alreadyImported();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(new StringReader(text))) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            if (!header.equals(HEADER)) {
                throw new InvalidInputException("file", "The first line must be the header " + String.join(",", HEADER)
                        + " (found " + String.join(",", parser.getHeaderNames()) + ")");
            }
            for (CSVRecord record : parser) {
                int line = (int) record.getParser().getCurrentLineNumber();
                if (rows.size() + bad.size() >= MAX_ROWS) {
                    throw new InvalidInputException("file", "The file has more than " + MAX_ROWS + " rows. Split it and import each part");
                }
                String problem = check(record, boards, idsInFile, alreadyImported);
                if (problem != null) {
                    bad.add(new BadRow(line, problem));
                    continue;
                }
                Board board = boards.get(record.get("board").toLowerCase(Locale.ROOT));
                String title = record.get("title");
                String description = blankToNull(record.get("description"));
                rows.add(new Row(line, record.get("id"), board.getId(), board.getName(), LocalDate.parse(record.get("meeting_date")),
                        title, description, finder.isStanding(BoardName.of(board.getName()), title, description)));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            throw new InvalidInputException("file", "The file is not readable CSV: " + firstLine(malformed.getMessage())
                    + ". Check quotes around text with commas, then try again");
        }
        Map<String, Integer> byBoard = new LinkedHashMap<>();
        rows.forEach(row -> byBoard.merge(row.board(), 1, Integer::sum));
        return new Preview(rows, bad, byBoard);
    }

    /** Imports every row in one transaction, or nothing if any row is bad. Returns how many items were written. */
    public int importAll(byte[] file) {
        Preview preview = preview(file);
        if (!preview.badRows().isEmpty()) {
            throw new InvalidInputException("file", preview.badRows().size() + " rows are not right; nothing was imported. "
                    + "Correct them and upload the file again");
        }
        if (preview.rows().isEmpty()) {
            throw new InvalidInputException("file", "The file has no rows to import");
        }
        Map<String, Meeting> meetings = new HashMap<>();
        Map<Long, Integer> positions = new HashMap<>();
        List<AgendaItem> items = new ArrayList<>();
        for (Row row : preview.rows()) {
            Meeting meeting = meetings.computeIfAbsent(row.boardId() + "|" + row.meetingDate(), key -> meetingOn(row.boardId(), row.meetingDate()));
            int position = positions.merge(meeting.getId(), 1, Integer::sum) + lastPosition(meeting);
            AgendaItem item = new AgendaItem(meeting, position);
            item.describe(row.title(), row.description(), null, null, null, row.standing());
            item.markImportedAs(row.id());
            em.persist(item);
            items.add(item);
        }
        em.flush();
        audit.record(AuditAction.HISTORIC_IMPORT, "agenda-item", null, items.size() + " items into " + meetings.size() + " meetings");
        imported.fire(new RegisterImported(items.stream().map(AgendaItem::getId).toList()));
        return items.size();
    }

    private String check(CSVRecord record, Map<String, Board> boards, Set<String> idsInFile, Set<String> alreadyImported) {
        if (!record.isConsistent()) {
            return "has " + record.size() + " columns; every row needs " + HEADER.size() + " (" + String.join(",", HEADER) + ")";
        }
        String id = record.get("id");
        if (id.isEmpty()) {
            return "id is empty";
        }
        if (id.length() > ID_MAX) {
            return "id is longer than " + ID_MAX + " characters";
        }
        if (!idsInFile.add(id)) {
            return "id " + id + " appears more than once in the file";
        }
        Board board = boards.get(record.get("board").toLowerCase(Locale.ROOT));
        if (board == null) {
            return "board \"" + record.get("board") + "\" is not a board of the partnership (use its name or short name)";
        }
        if (alreadyImported.contains(board.getId() + "|" + id)) {
            return "id " + id + " was already imported for " + board.getShortName();
        }
        LocalDate date;
        try {
            date = LocalDate.parse(record.get("meeting_date"));
        } catch (DateTimeParseException e) {
            return "meeting_date \"" + record.get("meeting_date") + "\" is not a date like 2024-03-14";
        }
        if (date.isAfter(clock.today())) {
            return "meeting_date " + date + " is in the future; only past agenda items are imported";
        }
        String title = record.get("title");
        if (title.isEmpty()) {
            return "title is empty";
        }
        if (title.length() > AgendaItem.TITLE_MAX) {
            return "title is longer than " + AgendaItem.TITLE_MAX + " characters";
        }
        if (record.get("description").length() > AgendaItem.DESCRIPTION_MAX) {
            return "description is longer than " + AgendaItem.DESCRIPTION_MAX + " characters";
        }
        return null;
    }

    private Meeting meetingOn(long boardId, LocalDate date) {
        List<Meeting> existing = em.createQuery("SELECT m FROM Meeting m WHERE m.board.id = :board AND m.startsAt >= :from "
                        + "AND m.startsAt < :to ORDER BY m.startsAt", Meeting.class)
                .setParameter("board", boardId).setParameter("from", date.atStartOfDay()).setParameter("to", date.plusDays(1).atStartOfDay())
                .setMaxResults(1).getResultList();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        Meeting meeting = new Meeting(em.find(Board.class, boardId), "Meeting (imported record)", date.atTime(10, 0), date.atTime(12, 0),
                "Not recorded", null);
        meeting.changeStatus(MeetingStatus.HELD);
        meeting.markAgendaAlreadyPublished();
        em.persist(meeting);
        em.flush();
        return meeting;
    }

    private int lastPosition(Meeting meeting) {
        Integer last = em.createQuery("SELECT MAX(i.position) FROM AgendaItem i WHERE i.meeting.id = :meeting AND i.sourceRef IS NULL", Integer.class)
                .setParameter("meeting", meeting.getId()).getSingleResult();
        return last == null ? 0 : last;
    }

    private Map<String, Board> boardsByName() {
        Map<String, Board> byName = new HashMap<>();
        for (Board board : em.createQuery("SELECT b FROM Board b", Board.class).getResultList()) {
            byName.put(board.getName().toLowerCase(Locale.ROOT), board);
            byName.put(board.getShortName().toLowerCase(Locale.ROOT), board);
        }
        return byName;
    }

    private Set<String> alreadyImported() {
        Set<String> keys = new HashSet<>();
        em.createQuery("SELECT i.board.id, i.sourceRef FROM AgendaItem i WHERE i.sourceRef IS NOT NULL", Object[].class)
                .getResultStream().forEach(row -> keys.add(row[0] + "|" + row[1]));
        return keys;
    }

    private static String decode(byte[] file) {
        if (file == null || file.length == 0) {
            throw new InvalidInputException("file", "Choose a CSV file to import");
        }
        if (file.length > MAX_BYTES) {
            throw new InvalidInputException("file", "The file is larger than 5 MB. Split it and import each part");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("file", "The file is not UTF-8 text. Save it from the spreadsheet as \"CSV UTF-8\" and try again");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unexpected content";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
