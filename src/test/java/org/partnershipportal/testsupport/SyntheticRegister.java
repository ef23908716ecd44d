package org.partnershipportal.testsupport;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills the register with a synthetic partnership for benchmarks: boards meeting weekly over ten
 * years, agenda items and actions in the proportions of a busy partnership. Written with JDBC
 * batches on the portal's own pool, inside the server. Seeded random, so every run sees the same data.
 */
public final class SyntheticRegister {

    /** What was written, for the benchmark's report and its queries. */
    public record Seeded(List<Long> boardIds, List<Long> ownerIds, int meetings, int agendaItems, int actions, long millis) {
    }

    private static final String[] TOPICS = {"criminal exploitation", "county lines", "missing children", "school exclusions",
            "serious violence", "contextual safeguarding", "return home interviews", "NRM referrals", "knife crime",
            "online harm", "youth justice performance", "early help", "CAMHS waiting times", "hotspot locations"};
    private static final String[] VERBS = {"Report on", "Map", "Review", "Share data on", "Draft a plan for", "Audit",
            "Bring figures on", "Consult young people on"};
    private static final String[] STATUSES = {"OPEN", "IN_PROGRESS", "DONE", "DONE", "DONE", "DROPPED"};

    private SyntheticRegister() {
    }

    public static Seeded seed(DataSource pool, int boards, int years, int agendaItems, int actions) throws SQLException {
        long started = System.nanoTime();
        Random random = new Random(20261125L);
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            long agency = single(connection, "SELECT MIN(id) FROM agency");
            List<Long> owners = column(connection, "SELECT id FROM user_account ORDER BY id");
            List<Long> boardIds = new ArrayList<>();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO board (name, short_name, purpose, meeting_frequency) VALUES (?, ?, ?, 'AS_NEEDED')", // a frequency the portal knows (it has no weekly one)
                    Statement.RETURN_GENERATED_KEYS)) {
                for (int b = 0; b < boards; b++) {
                    String suffix = Long.toString(System.nanoTime() % 100000) + b;
                    insert.setString(1, "Benchmark board " + suffix);
                    insert.setString(2, "BENCH" + suffix);
                    insert.setString(3, "Synthetic board for benchmarks");
                    insert.executeUpdate();
                    try (ResultSet key = insert.getGeneratedKeys()) {
                        key.next();
                        boardIds.add(key.getLong(1));
                    }
                }
            }
            LocalDateTime start = LocalDate.now().minusYears(years).atTime(10, 0);
            int weeks = years * 52;
            List<long[]> meetings = new ArrayList<>();
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO meeting (board_id, title, starts_at, ends_at, place, status) VALUES (?, ?, ?, ?, 'Civic Centre', 'HELD')",
                    Statement.RETURN_GENERATED_KEYS)) {
                for (long board : boardIds) {
                    for (int w = 0; w < weeks; w++) {
                        LocalDateTime at = start.plusWeeks(w);
                        insert.setLong(1, board);
                        insert.setString(2, "Board meeting");
                        insert.setTimestamp(3, Timestamp.valueOf(at));
                        insert.setTimestamp(4, Timestamp.valueOf(at.plusHours(2)));
                        insert.executeUpdate();
                        try (ResultSet key = insert.getGeneratedKeys()) {
                            key.next();
                            meetings.add(new long[]{key.getLong(1), board, w});
                        }
                    }
                }
            }
            connection.commit();
            // Agenda items: spread evenly over the meetings, numbered within each.
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO agenda_item (meeting_id, board_id, position, title, description, minutes_allotted, standing) "
                            + "VALUES (?, ?, ?, ?, ?, 20, FALSE)")) {
                for (int i = 0; i < agendaItems; i++) {
                    long[] meeting = meetings.get(i % meetings.size());
                    insert.setLong(1, meeting[0]);
                    insert.setLong(2, meeting[1]);
                    insert.setInt(3, i / meetings.size() + 1);
                    String topic = TOPICS[random.nextInt(TOPICS.length)];
                    insert.setString(4, VERBS[random.nextInt(VERBS.length)] + " " + topic);
                    insert.setString(5, "Synthetic agenda item about " + topic);
                    insert.addBatch();
                    if (i % 5000 == 4999) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
            List<long[]> items = new ArrayList<>();
            try (Statement query = connection.createStatement();
                 ResultSet rs = query.executeQuery("SELECT i.id, i.meeting_id, i.board_id FROM agenda_item i JOIN board b ON b.id = i.board_id "
                         + "WHERE b.short_name LIKE 'BENCH%'")) {
                while (rs.next()) {
                    items.add(new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3)});
                }
            }
            java.util.Map<Long, Integer> weekOfMeeting = new java.util.HashMap<>();
            meetings.forEach(m -> weekOfMeeting.put(m[0], (int) m[2]));
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO action (board_id, agenda_item_id, meeting_id, description, owner_user_id, owner_name, owner_agency_id, "
                            + "due_on, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int a = 0; a < actions; a++) {
                    long[] item = items.get(random.nextInt(items.size()));
                    LocalDateTime agreed = start.plusWeeks(weekOfMeeting.get(item[1]));
                    boolean named = random.nextInt(5) == 0;
                    long owner = owners.get(random.nextInt(owners.size()));
                    insert.setLong(1, item[2]);
                    insert.setLong(2, item[0]);
                    insert.setLong(3, item[1]);
                    insert.setString(4, VERBS[random.nextInt(VERBS.length)] + " " + TOPICS[random.nextInt(TOPICS.length)] + " #" + a);
                    if (named) {
                        insert.setNull(5, java.sql.Types.BIGINT);
                        insert.setString(6, "Named Person " + random.nextInt(400));
                    } else {
                        insert.setLong(5, owner);
                        insert.setString(6, "Owner " + owner);
                    }
                    insert.setLong(7, agency);
                    insert.setObject(8, agreed.toLocalDate().plusDays(14 + random.nextInt(120)));
                    // Recent actions are mostly still open; old ones mostly finished.
                    boolean recent = agreed.isAfter(LocalDateTime.now().minusMonths(6));
                    insert.setString(9, recent ? (random.nextBoolean() ? "OPEN" : "IN_PROGRESS") : STATUSES[random.nextInt(STATUSES.length)]);
                    insert.setTimestamp(10, Timestamp.valueOf(agreed));
                    insert.setTimestamp(11, Timestamp.valueOf(agreed.plusDays(random.nextInt(60))));
                    insert.addBatch();
                    if (a % 5000 == 4999) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("ANALYZE TABLE action, agenda_item, meeting");
            } catch (SQLException notPermitted) {
                // The runtime account may lack the privilege; statistics then come from InnoDB's own sampling.
            }
            return new Seeded(boardIds, owners, meetings.size(), agendaItems, actions, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Long> column(Connection connection, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
        }
        return values;
    }
}
