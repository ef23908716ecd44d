package org.partnershipportal.platform;

import org.partnershipportal.testsupport.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo partnership as the access matrix needs it, read from the running demo's database (read
 * only): each demo person's roles, agency and seats (current and ended), the boards, and the ids of
 * the records pages and downloads are asked for with. Nothing is hard-coded but the usernames.
 */
final class AccessMatrixDemo {

    /** What a person may be: the roles the portal knows. */
    static final String ADMIN = "PARTNERSHIP_ADMIN";
    static final String BOARD_MEMBER = "BOARD_MEMBER";
    static final String PRACTITIONER = "PRACTITIONER";
    static final String DATA_LEAD = "DATA_LEAD";
    static final String RESOURCE_EDITOR = "RESOURCE_EDITOR";

    /** A seat's role names, as stored. */
    static final Set<String> CHAIRS = Set.of("CHAIR", "VICE_CHAIR");
    static final Set<String> MEETING_MANAGERS = Set.of("CHAIR", "VICE_CHAIR", "BUSINESS_SUPPORT");

    /**
     * A demo person (or nobody: signed out) as the database says they are today. {@code seats} are the
     * current seats (board id to seat role), {@code formerBoards} boards they sat on and have left.
     */
    record Person(String username, long id, Set<String> roles, long agencyId, Map<Long, String> seats, Set<Long> formerBoards) {
        static final Person SIGNED_OUT = new Person(null, 0, Set.of(), 0, Map.of(), Set.of());

        boolean signedIn() {
            return username != null;
        }

        boolean has(String role) {
            return roles.contains(role);
        }

        String name() {
            return signedIn() ? username : "(signed out)";
        }
    }

    /** A board, by id and name. */
    record Board(long id, String name) {
    }

    /**
     * A record a page or download is asked for with. {@code board} is the board whose members it belongs
     * to (null when it belongs to none); the rest are the facts a rule may read: a data request's
     * requester and the agencies it went to, whether a resource is published, whether a request has an
     * answer file.
     */
    record Subject(String kind, long id, Long board, String label, Long requester, Set<Long> agencies, boolean published, boolean hasFile) {
        static Subject of(String kind, long id, Long board, String label) {
            return new Subject(kind, id, board, label, null, Set.of(), true, false);
        }
    }

    final List<Person> people = new ArrayList<>();
    final Map<Long, Board> boards = new LinkedHashMap<>();
    /** Subjects by kind ("board", "meeting", "item", "action", "paper", "request", …). */
    final Map<String, List<Subject>> subjects = new HashMap<>();

    static AccessMatrixDemo read(List<String> usernames) throws SQLException {
        AccessMatrixDemo demo = new AccessMatrixDemo();
        try (Connection db = TestDatabase.connectAsOwner()) {
            demo.readBoards(db);
            for (String username : usernames) {
                demo.people.add(readPerson(db, username));
            }
            demo.readSubjects(db);
        }
        return demo;
    }

    List<Subject> subjects(String kind) {
        return subjects.getOrDefault(kind, List.of());
    }

    private void readBoards(Connection db) throws SQLException {
        for (Object[] row : rows(db, "SELECT id, name FROM board ORDER BY id")) {
            boards.put((Long) row[0], new Board((Long) row[0], (String) row[1]));
        }
    }

    private static Person readPerson(Connection db, String username) throws SQLException {
        List<Object[]> account = rows(db, "SELECT id, agency_id FROM user_account WHERE username = ? AND enabled = TRUE", username);
        if (account.size() != 1) {
            throw new AssertionError("The demo has no enabled account " + username);
        }
        long id = (Long) account.get(0)[0];
        Set<String> roles = new HashSet<>();
        for (Object[] role : rows(db, "SELECT role FROM user_role WHERE user_id = ?", id)) {
            roles.add((String) role[0]);
        }
        LocalDate today = LocalDate.now();
        Map<Long, String> seats = new HashMap<>();
        Set<Long> former = new HashSet<>();
        for (Object[] seat : rows(db, "SELECT board_id, role, starts_on, ends_on FROM board_membership WHERE user_id = ?", id)) {
            LocalDate starts = ((java.sql.Date) seat[2]).toLocalDate();
            LocalDate ends = seat[3] == null ? null : ((java.sql.Date) seat[3]).toLocalDate();
            long board = (Long) seat[0];
            // The rule BoardAccess applies: started on or before today and not yet ended (the end date is the first day without the seat).
            if (!starts.isAfter(today) && (ends == null || ends.isAfter(today))) {
                // The strongest seat counts, as BoardAccess takes the first role in MembershipRole's order.
                seats.merge(board, (String) seat[1], (a, b) -> rank(a) <= rank(b) ? a : b);
            } else if (ends != null && !ends.isAfter(today)) {
                former.add(board);
            }
        }
        former.removeAll(seats.keySet());
        return new Person(username, id, Set.copyOf(roles), (Long) account.get(0)[1], Map.copyOf(seats), Set.copyOf(former));
    }

    private static int rank(String seatRole) {
        return List.of("CHAIR", "VICE_CHAIR", "MEMBER", "ADVISER", "BUSINESS_SUPPORT").indexOf(seatRole);
    }

    private void readSubjects(Connection db) throws SQLException {
        for (Board board : boards.values()) {
            add(Subject.of("board", board.id(), board.id(), board.name()));
        }
        // One of each board's records of each kind: the rule depends on the board, not on which record.
        perBoard(db, "meeting", "SELECT board_id, MIN(id) FROM meeting GROUP BY board_id");
        perBoard(db, "item", "SELECT board_id, MIN(id) FROM agenda_item GROUP BY board_id");
        perBoard(db, "action", "SELECT board_id, MIN(id) FROM action GROUP BY board_id");
        perBoard(db, "paper", "SELECT board_id, MIN(id) FROM paper GROUP BY board_id");
        perBoard(db, "ask", "SELECT board_id, MIN(id) FROM strategic_ask GROUP BY board_id");
        // Every data request: who may read one depends on its requester, its board and the agencies it went to.
        for (Object[] row : rows(db, "SELECT r.id, r.board_id, r.requester_id, EXISTS (SELECT 1 FROM data_request_file f WHERE f.request_id = r.id) "
                + "FROM data_request r ORDER BY r.id LIMIT 20")) {
            long id = (Long) row[0];
            Set<Long> agencies = new HashSet<>();
            // The agencies it is with, and those it was transferred from (they still see what became of it).
            for (Object[] agency : rows(db, "SELECT agency_id FROM data_request_agency WHERE request_id = ? "
                    + "UNION SELECT from_agency_id FROM data_request_transfer WHERE request_id = ?", id, id)) {
                agencies.add((Long) agency[0]);
            }
            boolean hasFile = ((Number) row[3]).intValue() == 1;
            add(new Subject("request", id, (Long) row[1], "data request " + id + " of " + boards.get((Long) row[1]).name(),
                    (Long) row[2], Set.copyOf(agencies), true, hasFile));
        }
        one(db, "dataset", "SELECT MIN(id) FROM dataset");
        one(db, "agreement", "SELECT MIN(id) FROM sharing_agreement");
        one(db, "term", "SELECT MIN(id) FROM glossary_term");
        one(db, "flag", "SELECT MIN(id) FROM flag");
        one(db, "harm", "SELECT MIN(id) FROM harm_type");
        for (Object[] row : rows(db, "SELECT status = 'PUBLISHED', MIN(id) FROM resource GROUP BY status = 'PUBLISHED'")) {
            boolean published = ((Number) row[0]).intValue() == 1;
            add(new Subject("resource", (Long) row[1], null, (published ? "published" : "unpublished") + " resource " + row[1],
                    null, Set.of(), published, false));
        }
        for (Object[] row : rows(db, "SELECT r.status = 'PUBLISHED', MIN(a.id) FROM resource_attachment a JOIN resource r ON r.id = a.resource_id "
                + "GROUP BY r.status = 'PUBLISHED'")) {
            boolean published = ((Number) row[0]).intValue() == 1;
            add(new Subject("attachment", (Long) row[1], null, "attachment " + row[1] + " of a " + (published ? "published" : "unpublished") + " resource",
                    null, Set.of(), published, true));
        }
        if (subjects("attachment").isEmpty()) {
            // The demo ships no attachment: the download is still asked for, with an id that names nothing.
            add(new Subject("attachment", 987_654_321L, null, "an attachment that does not exist", null, Set.of(), true, false));
        }
        // A person's page: the first demo person's (any account would do: only administrators open it).
        add(Subject.of("user", people.get(0).id(), null, "account of " + people.get(0).username()));
        // The agencies whose data leads are among the demo people: each data lead's own agency is another's "other".
        for (Person person : people) {
            if (person.has(DATA_LEAD) && subjects("agency").stream().noneMatch(s -> s.id() == person.agencyId())) {
                add(Subject.of("agency", person.agencyId(), null, "agency " + person.agencyId() + " (of " + person.username() + ")"));
            }
        }
    }

    private void perBoard(Connection db, String kind, String query) throws SQLException {
        for (Object[] row : rows(db, query)) {
            long board = (Long) row[0];
            add(Subject.of(kind, (Long) row[1], board, kind + " " + row[1] + " of " + boards.get(board).name()));
        }
    }

    private void one(Connection db, String kind, String query) throws SQLException {
        for (Object[] row : rows(db, query)) {
            if (row[0] != null) {
                add(Subject.of(kind, (Long) row[0], null, kind + " " + row[0]));
            }
        }
    }

    private void add(Subject subject) {
        subjects.computeIfAbsent(subject.kind(), k -> new ArrayList<>()).add(subject);
    }

    private static List<Object[]> rows(Connection db, String sql, Object... parameters) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = query.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = result.getObject(c + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
