package org.partnershipportal.language;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnershipportal.boards.Board;
import org.partnershipportal.boards.BoardAccess;
import org.partnershipportal.boards.BoardId;
import org.partnershipportal.platform.PortalClock;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often a board's own text used the listed terms, quarter by quarter, so the board sees its language change:
 * minutes and decisions (dated by their meeting), actions and their progress notes, strategic asks and data
 * requests (dated when written). Counted with the same matcher people see as they type. For the board's chair,
 * vice-chair and business support, and administrators.
 */
@Stateless
@PermitAll
public class LanguageReport {

    /** Two years: enough to see a trend, few enough columns to read on a phone. */
    static final int QUARTERS = 8;

    /** Rows of text read per database round trip: the board's text is read in pages, never all at once. */
    static final int PAGE = 500;

    /** Every field of a board's business that people type, with the date it belongs to. One row per field. */
    private static final String BOARD_TEXT = """
            SELECT at, text, kind, id FROM (
              SELECT m.starts_at AS at, ai.minutes AS text, 1 AS kind, ai.id AS id FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id
                WHERE ai.board_id = ?1 AND ai.minutes IS NOT NULL
              UNION ALL SELECT m.starts_at, ai.decisions, 2, ai.id FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id
                WHERE ai.board_id = ?1 AND ai.decisions IS NOT NULL
              UNION ALL SELECT a.created_at, a.description, 3, a.id FROM action a WHERE a.board_id = ?1
              UNION ALL SELECT u.written_at, u.note, 4, u.id FROM action_update u JOIN action a ON a.id = u.action_id
                WHERE a.board_id = ?1 AND u.note IS NOT NULL
              UNION ALL SELECT s.raised_at, s.question, 5, s.id FROM strategic_ask s WHERE s.board_id = ?1
              UNION ALL SELECT s.raised_at, s.why_it_matters, 6, s.id FROM strategic_ask s WHERE s.board_id = ?1
              UNION ALL SELECT r.submitted_at, r.what_needed, 7, r.id FROM data_request r WHERE r.board_id = ?1
              UNION ALL SELECT r.submitted_at, r.why_needed, 8, r.id FROM data_request r WHERE r.board_id = ?1
            ) board_text WHERE at >= ?2 AND at < ?3 AND (at, kind, id) > (?4, ?5, ?6) ORDER BY at, kind, id""" + " LIMIT " + PAGE;

    @PersistenceContext
    EntityManager em;

    @Inject
    BoardAccess access;

    @Inject
    LanguageList list;

    @Inject
    PortalClock clock;

    /** One listed term's count in each quarter, oldest quarter first. */
    public record TermRow(long termId, String phrase, String alternative, List<Integer> counts, int total) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The report: its quarters (oldest first), one row per term found at least once, and each quarter's total. */
    public record Report(long boardId, String boardName, List<Quarter> quarters, List<TermRow> rows, List<Integer> totals,
                         List<Integer> textsRead) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    public Report forBoard(BoardId boardId) {
        access.requireMeetingManager(boardId);
        Quarter current = Quarter.of(clock.today());
        List<Quarter> quarters = new ArrayList<>();
        for (int back = QUARTERS - 1; back >= 0; back--) {
            quarters.add(current.minus(back));
        }
        LanguageMatcher matcher = list.matcher();
        Map<Long, int[]> counts = new HashMap<>();
        int[] totals = new int[QUARTERS];
        int[] texts = new int[QUARTERS];
        LocalDateTime from = quarters.get(0).start();
        LocalDateTime until = current.minus(-1).start();
        // Read in pages, each after the last row of the one before (keyset paging), so no page rereads what came before.
        LocalDateTime afterAt = from.minusSeconds(1);
        long afterKind = 0;
        long afterId = 0;
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> page = em.createNativeQuery(BOARD_TEXT).setParameter(1, boardId.value()).setParameter(2, from).setParameter(3, until)
                    .setParameter(4, afterAt).setParameter(5, afterKind).setParameter(6, afterId).getResultList();
            for (Object[] row : page) {
                LocalDateTime at = toDateTime(row[0]);
                int column = quarters.indexOf(Quarter.of(at.toLocalDate()));
                texts[column]++;
                for (Map.Entry<Long, Integer> found : matcher.count((String) row[1]).entrySet()) {
                    counts.computeIfAbsent(found.getKey(), id -> new int[QUARTERS])[column] += found.getValue();
                    totals[column] += found.getValue();
                }
                afterAt = at;
                afterKind = ((Number) row[2]).longValue();
                afterId = ((Number) row[3]).longValue();
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        List<TermRow> rows = new ArrayList<>();
        for (ListedTerm term : list.entries()) {
            int[] perQuarter = counts.get(term.getId());
            if (perQuarter != null) {
                rows.add(new TermRow(term.getId(), term.getPhrase(), term.getAlternative(), asList(perQuarter),
                        java.util.Arrays.stream(perQuarter).sum()));
            }
        }
        Board board = em.find(Board.class, boardId.value());
        return new Report(boardId.value(), board.getName(), List.copyOf(quarters), rows, asList(totals), asList(texts));
    }

    /** The report as CSV rows: board, quarter, term, occurrences; one row per term and quarter it occurred in. */
    public List<List<String>> csvRows(BoardId boardId) {
        Report report = forBoard(boardId);
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("Board", "Quarter", "Term", "Occurrences", "Say instead"));
        for (TermRow row : report.rows()) {
            for (int q = 0; q < report.quarters().size(); q++) {
                if (row.counts().get(q) > 0) {
                    lines.add(List.of(report.boardName(), report.quarters().get(q).label(), row.phrase(),
                            String.valueOf(row.counts().get(q)), row.alternative()));
                }
            }
        }
        return lines;
    }

    private static LocalDateTime toDateTime(Object value) {
        return value instanceof java.sql.Timestamp stamp ? stamp.toLocalDateTime() : (LocalDateTime) value;
    }

    private static List<Integer> asList(int[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }
}
