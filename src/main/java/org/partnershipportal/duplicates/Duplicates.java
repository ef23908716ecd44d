package org.partnershipportal.duplicates;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.boards.Board;
import org.partnershipportal.boards.BoardAccess;
import org.partnershipportal.boards.BoardId;
import org.partnershipportal.boards.Membership;
import org.partnershipportal.boards.MembershipRole;
import org.partnershipportal.meetings.AgendaStatus;
import org.partnershipportal.meetings.MeetingStatus;
import org.partnershipportal.platform.AccessRefusedException;
import org.partnershipportal.platform.CallerPermissions;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.Permission;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Duplicates as people see them: hints while typing and the cross-board report, each showing a
 * record's wording only to those who sit on its board. For any other board a person learns only
 * that the board has a similar item on a date, and whom to ask.
 */
@Stateless
@PermitAll
public class Duplicates {

    /** How far back the as-you-type check looks. */
    public static final int HINT_MONTHS = 12;
    public static final int HINT_LIMIT = 5;

    @PersistenceContext
    EntityManager em;

    /** Moments are stored as UTC from the portal's clock (PortalClock's time policy). */
    @Inject
    org.partnershipportal.platform.PortalClock clock;

    @Inject
    DuplicateFinder finder;

    @Inject
    BoardAccess access;

    @Inject
    SecurityContext security;

    @Inject
    CallerPermissions may;

    @Inject
    AuditLog audit;

    /** A likely duplicate shown while typing. Title, reason and link are null for a board the typist does not sit on. */
    public record Hint(String board, LocalDate meetingDate, String title, String reason, Long meetingId,
                       String contactName, String contactEmail) implements Serializable {
        public boolean isVisible() {
            return title != null;
        }
    }

    /** One record of a group; {@code restriction} says why its words are withheld from the reader, or is null. */
    public record Member(long id, long boardId, String board, LocalDate meetingDate, Long meetingId, String title,
                         Integer minutesAllotted, String restriction) implements Serializable {
        public boolean isVisible() {
            return title != null;
        }
    }

    /**
     * A cluster: the records, the time each board spent, what people have decided about it, and the same matter's
     * earlier round in this report, if any.
     */
    public record Cluster(DuplicateDecision.Kind kind, List<Member> members, Map<String, Integer> minutesByBoard,
                          String leadBoard, String note, String confirmedBy, EarlierRound earlierRound) implements Serializable {

        Cluster withEarlierRound(EarlierRound round) {
            return new Cluster(kind, members, minutesByBoard, leadBoard, note, confirmedBy, round);
        }

        LocalDate firstMeeting() {
            return members.get(0).meetingDate();
        }

        LocalDate lastMeeting() {
            return members.get(members.size() - 1).meetingDate();
        }

        public boolean isConfirmed() {
            return confirmedBy != null;
        }

        /**
         * Whether the viewer may decide on this group: only someone who can read every record in it (a partnership
         * administrator, or a chair who sits on each of its boards) can judge whether they are the same matter.
         */
        public boolean isDecidable() {
            return members.stream().allMatch(Member::isVisible);
        }

        public List<String> boards() {
            return members.stream().map(Member::board).distinct().toList();
        }

        /** One record per board, for choosing the board that leads. */
        public List<Member> boardChoices() {
            Map<Long, Member> byBoard = new LinkedHashMap<>();
            members.forEach(m -> byBoard.putIfAbsent(m.boardId(), m));
            return new ArrayList<>(byBoard.values());
        }

        public List<Map.Entry<String, Integer>> minutesEntries() {
            return new ArrayList<>(minutesByBoard.entrySet());
        }
    }

    /** The same matter on these boards in an earlier round: its place in the report (from 1), when, and where. */
    public record EarlierRound(int groupNumber, LocalDate from, LocalDate to, List<String> boards) implements Serializable {
        public String boardList() {
            return String.join(", ", boards);
        }
    }

    /** What the typist's board's other boards have on their agendas (or action logs) like this text. */
    public List<Hint> hintsFor(DuplicateDecision.Kind kind, BoardId boardId, String title, String description) {
        access.requireMember(boardId);
        List<DuplicateFinder.Hint> found = finder.similarTo(kind, title, description, boardId,
                clock.today().minusMonths(HINT_MONTHS), HINT_LIMIT);
        if (found.isEmpty()) {
            return List.of();
        }
        ReadableRecords readable = readableRecords();
        Map<Long, Board> boards = boards(found.stream().map(DuplicateFinder.Hint::boardId).toList());
        Map<Long, Record> records = records(kind, found.stream().map(DuplicateFinder.Hint::id).toList());
        Map<Long, Membership> support = businessSupport(boards.keySet());
        List<Hint> hints = new ArrayList<>();
        for (DuplicateFinder.Hint hint : found) {
            Record record = records.get(hint.id());
            Board board = boards.get(hint.boardId());
            if (record == null || board == null) {
                continue;
            }
            if (readable.reads(record)) {
                hints.add(new Hint(board.getName(), hint.meetingDate(), record.title(), hint.reason(), record.meetingId(), null, null));
            } else {
                Membership contact = support.get(hint.boardId());
                hints.add(new Hint(board.getName(), hint.meetingDate(), null, null, null,
                        contact == null ? null : contact.getMember().getFullName(), contact == null ? null : contact.getMember().getEmail()));
            }
        }
        return hints;
    }

    /**
     * People who run duplicate finding, and the chairs and vice-chairs of boards ({@link MembershipRole#CHAIRING}), read the report.
     * The menu asks on every page: a read, with no transaction of its own (the transaction manager's work on every page).
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
    public boolean mayReadReport() {
        if (security.getCallerPrincipal() == null) {
            return false;
        }
        if (may.holds(Permission.RUN_DUPLICATE_FINDING)) {
            return true;
        }
        return !em.createQuery("SELECT m.id FROM Membership m WHERE m.member.username = :username AND m.role IN :chairs AND "
                        + Membership.CURRENT_ON_TODAY, Long.class)
                .setParameter("username", security.getCallerPrincipal().getName())
                .setParameter("chairs", MembershipRole.CHAIRING)
                .setParameter("today", clock.today()).setMaxResults(1).getResultList().isEmpty();
    }

    public List<Cluster> report(DuplicateDecision.Kind kind) {
        requireReportReader();
        List<DuplicateDecision> decisions = decisions(kind);
        List<List<Long>> clusters = finder.clusters(kind, decisions);
        Set<Long> ids = clusters.stream().flatMap(List::stream).collect(Collectors.toSet());
        Map<Long, Record> records = records(kind, ids);
        ReadableRecords readable = readableRecords();
        List<Cluster> report = new ArrayList<>();
        Map<String, String> deciders = fullNamesOf(decisions.stream().map(DuplicateDecision::getDecidedBy)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        for (List<Long> cluster : clusters) {
            List<Member> members = cluster.stream().map(records::get).filter(r -> r != null)
                    .sorted(java.util.Comparator.comparing(Record::meetingDate).thenComparing(Record::board).thenComparingLong(Record::id))
                    .map(r -> member(r, readable))
                    .toList();
            if (members.stream().map(Member::boardId).distinct().count() < 2) {
                continue;
            }
            // Time spent is what held meetings gave the matter; time planned on meetings still to come (or cancelled) is not spent.
            Map<String, Integer> minutes = new LinkedHashMap<>();
            members.stream().map(m -> records.get(m.id())).filter(Record::meetingHeld)
                    .forEach(r -> minutes.merge(r.board(), r.minutesAllotted() == null ? 0 : r.minutesAllotted(), Integer::sum));
            Optional<DuplicateDecision> confirmed = decisions.stream()
                    .filter(d -> d.getDecision() == DuplicateDecision.Verdict.SAME && cluster.contains(d.getFirstId()) && cluster.contains(d.getSecondId()))
                    .max(java.util.Comparator.comparing(DuplicateDecision::getDecidedAt));
            report.add(new Cluster(kind, members, minutes,
                    confirmed.map(d -> d.getLeadBoard() == null ? null : d.getLeadBoard().getName()).orElse(null),
                    confirmed.map(DuplicateDecision::getNote).orElse(null),
                    confirmed.map(d -> deciders.getOrDefault(d.getDecidedBy(), d.getDecidedBy())).orElse(null), null));
        }
        // largest first; groups of one size by their first member, so every node lists the same report in the same order
        report.sort(java.util.Comparator.comparing((Cluster c) -> c.members().size()).reversed()
                .thenComparingLong(c -> c.members().get(0).id()));
        linkEarlierRounds(kind, report);
        audit.record(AuditAction.RESTRICTED_READ, "duplicates-report", null, kind.plural() + ": " + report.size() + (report.size() == 1 ? " group" : " groups"));
        return report;
    }

    /** People's names for the usernames decisions were recorded under: a note is signed as colleagues know its writer. */
    private Map<String, String> fullNamesOf(java.util.Set<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new java.util.HashMap<>();
        em.createQuery("SELECT u.username, u.fullName FROM UserAccount u WHERE u.username IN :usernames", Object[].class)
                .setParameter("usernames", usernames).getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    /** Links each group to the same matter's earlier round in the report ("also on these boards earlier"). */
    private void linkEarlierRounds(DuplicateDecision.Kind kind, List<Cluster> report) {
        int[] earlier = finder.earlierRounds(kind, report.stream().map(c -> c.members().stream().map(Member::id).toList()).toList());
        List<Cluster> unlinked = List.copyOf(report);
        for (int g = 0; g < report.size(); g++) {
            if (earlier[g] >= 0) {
                Cluster round = unlinked.get(earlier[g]);
                report.set(g, unlinked.get(g).withEarlierRound(new EarlierRound(earlier[g] + 1, round.firstMeeting(), round.lastMeeting(), round.boards())));
            }
        }
    }

    /** "Same matter": every record of the cluster is joined for good; the lead board and note are kept. */
    public void confirm(DuplicateDecision.Kind kind, List<Long> ids, BoardId leadBoardId, String note) {
        requireReportReader();
        if (ids.size() < 2) {
            throw new InvalidInputException(null, "A cluster has at least two records");
        }
        String cleanNote = clean(note);
        Board lead = leadBoardId == null ? null : Optional.ofNullable(em.find(Board.class, leadBoardId.value()))
                .orElseThrow(() -> new InvalidInputException("leadBoard", "Choose the board that leads from the list"));
        Map<Long, Record> records = records(kind, ids);
        if (records.size() != ids.size()) {
            throw new InvalidInputException(null, "Some of these records no longer exist. Reload the report");
        }
        if (lead != null && records.values().stream().noneMatch(r -> r.boardId() == leadBoardId.value())) {
            throw new InvalidInputException("leadBoard", "The lead board must be one of the boards in the cluster");
        }
        requireMayDecideOn(kind, records.values());
        for (int i = 1; i < ids.size(); i++) {
            decide(kind, ids.get(0), ids.get(i), DuplicateDecision.Verdict.SAME, lead, cleanNote);
        }
        audit.record(AuditAction.DUPLICATES_CONFIRMED, kind.auditType(), ids.get(0), "one matter with " + kind.named(ids.subList(1, ids.size()))
                + (lead == null ? "" : ", led by the " + lead.getName()));
    }

    /** "Not the same": the two records are never clustered together again, not even through a third. */
    public void dismiss(DuplicateDecision.Kind kind, long oneId, long otherId, String note) {
        requireReportReader();
        Map<Long, Record> records = records(kind, List.of(oneId, otherId));
        if (records.size() != 2) {
            throw new InvalidInputException(null, "Some of these records no longer exist. Reload the report");
        }
        requireMayDecideOn(kind, records.values());
        decide(kind, oneId, otherId, DuplicateDecision.Verdict.NOT_SAME, null, clean(note));
        audit.record(AuditAction.DUPLICATES_DISMISSED, kind.auditType(), oneId, "not the same matter as " + kind.named(List.of(otherId)));
    }

    /** How many "not the same" decisions the report lists for review, newest first. */
    public static final int DISMISSALS_LISTED = 50;

    /**
     * A "not the same" decision, for review: the two records as the caller may read them, who decided, when and why;
     * {@code undoable} when the caller reads both (as for deciding).
     */
    public record Dismissal(long decisionId, Member one, Member other, String decidedBy, LocalDateTime decidedAt, String note, boolean undoable)
            implements Serializable {
    }

    /**
     * The newest "not the same" decisions ({@link #DISMISSALS_LISTED} at most) on which the reader reads at least one of the
     * two records, for the report's readers.
     */
    public List<Dismissal> dismissals(DuplicateDecision.Kind kind) {
        requireReportReader();
        List<DuplicateDecision> notSame = em.createQuery("SELECT d FROM DuplicateDecision d WHERE d.kind = :kind AND d.decision = :notSame "
                        + "ORDER BY d.decidedAt DESC, d.id DESC", DuplicateDecision.class)
                .setParameter("kind", kind).setParameter("notSame", DuplicateDecision.Verdict.NOT_SAME)
                // Read a few times as many as are listed: a chair reads only some, and those they read neither of are left out.
                .setMaxResults(4 * DISMISSALS_LISTED).getResultList();
        if (notSame.isEmpty()) {
            return List.of();
        }
        Map<Long, Record> records = records(kind, notSame.stream().flatMap(d -> java.util.stream.Stream.of(d.getFirstId(), d.getSecondId()))
                .collect(Collectors.toSet()));
        ReadableRecords readable = readableRecords();
        Map<String, String> deciders = fullNamesOf(notSame.stream().map(DuplicateDecision::getDecidedBy).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
        List<Dismissal> listed = new ArrayList<>();
        for (DuplicateDecision decision : notSame) {
            if (listed.size() == DISMISSALS_LISTED) {
                break;
            }
            Record one = records.get(decision.getFirstId());
            Record other = records.get(decision.getSecondId());
            if (one == null || other == null) {
                continue; // a record removed since: nothing left to keep apart
            }
            boolean readsOne = readable.reads(one);
            boolean readsOther = readable.reads(other);
            if (!readsOne && !readsOther) {
                continue;
            }
            boolean readsBoth = readsOne && readsOther;
            // The note may describe a record the reader may not read, so it is shown only to those who read both.
            listed.add(new Dismissal(decision.getId(), member(one, readable), member(other, readable),
                    deciders.getOrDefault(decision.getDecidedBy(), decision.getDecidedBy()), decision.getDecidedAt(),
                    readsBoth ? decision.getNote() : null, readsBoth));
        }
        return listed;
    }

    /**
     * Takes back a "not the same" decision: the two records may be grouped again when they match. Refused, as deciding is,
     * to anyone who does not read both records; refused with a message when the decision is no longer there.
     */
    public void undoDismissal(DuplicateDecision.Kind kind, long decisionId) {
        requireReportReader();
        DuplicateDecision decision = em.find(DuplicateDecision.class, decisionId);
        if (decision == null || decision.getKind() != kind || decision.getDecision() != DuplicateDecision.Verdict.NOT_SAME) {
            throw new InvalidInputException(null, "That decision has been undone or changed since. Reload the report");
        }
        Map<Long, Record> records = records(kind, List.of(decision.getFirstId(), decision.getSecondId()));
        if (records.size() != 2) {
            throw new InvalidInputException(null, "Some of these records no longer exist. Reload the report");
        }
        requireMayDecideOn(kind, records.values());
        em.remove(decision);
        audit.record(AuditAction.DUPLICATES_DISMISSAL_UNDONE, kind.auditType(), decision.getFirstId(),
                "no longer kept apart from " + kind.named(List.of(decision.getSecondId())));
    }

    private static Member member(Record record, ReadableRecords readable) {
        String restriction = readable.restriction(record);
        return new Member(record.id(), record.boardId(), record.board(), record.meetingDate(), restriction == null ? record.meetingId() : null,
                restriction == null ? record.title() : null, record.minutesAllotted(), restriction);
    }

    private void decide(DuplicateDecision.Kind kind, long a, long b, DuplicateDecision.Verdict verdict, Board lead, String note) {
        List<DuplicateDecision> existing = em.createQuery("SELECT d FROM DuplicateDecision d WHERE d.kind = :kind "
                        + "AND d.firstId = :first AND d.secondId = :second", DuplicateDecision.class)
                .setParameter("kind", kind).setParameter("first", Math.min(a, b)).setParameter("second", Math.max(a, b)).getResultList();
        DuplicateDecision decision = existing.isEmpty() ? new DuplicateDecision(kind, a, b) : existing.get(0);
        decision.decide(verdict, lead, note, security.getCallerPrincipal().getName(), clock.utcNow());
        if (existing.isEmpty()) {
            em.persist(decision);
        }
    }

    private List<DuplicateDecision> decisions(DuplicateDecision.Kind kind) {
        return em.createQuery("SELECT d FROM DuplicateDecision d LEFT JOIN FETCH d.leadBoard WHERE d.kind = :kind", DuplicateDecision.class)
                .setParameter("kind", kind).getResultList();
    }

    /** Refuses (and audits) anyone who is neither a partnership administrator nor a chair. */
    public void requireReportReader() {
        if (!mayReadReport()) {
            audit.recordRefusal("duplicates-report", null, "not an administrator or chair");
            throw new AccessRefusedException("The duplicates report is for partnership administrators and chairs");
        }
    }

    /**
     * Refuses (and audits) a decision on records the caller cannot read: a chair sees other boards' records only as
     * "restricted", so cannot judge them (the report offers no decision there; this holds for any other way in).
     */
    private void requireMayDecideOn(DuplicateDecision.Kind kind, Collection<Record> records) {
        ReadableRecords readable = readableRecords();
        if (!records.stream().allMatch(readable::reads)) {
            audit.recordRefusal("duplicates-decision", null, kind.plural() + ": a record on a board the caller does not sit on");
            throw new AccessRefusedException("Only someone who reads every record in a group, or a partnership administrator, can decide on it");
        }
    }

    private static String clean(String note) {
        String trimmed = note == null ? null : note.strip();
        if (trimmed != null && trimmed.length() > DuplicateDecision.NOTE_MAX) {
            throw new InvalidInputException("note", "Use at most " + DuplicateDecision.NOTE_MAX + " characters");
        }
        return trimmed == null || trimmed.isEmpty() ? null : trimmed;
    }

    /** A record's facts for display, read for many ids in one query; {@code onDraftAgenda}: an item of an agenda not yet published. */
    private record Record(long id, long boardId, String board, LocalDate meetingDate, long meetingId, String title, Integer minutesAllotted,
                          boolean onDraftAgenda, boolean meetingHeld) {
    }

    /**
     * Which records the caller reads as the meeting page would show them: those of boards they sit on, except items of a
     * draft agenda, which only those who manage that board's meetings read (a draft is the chair's working copy:
     * {@code Meetings.open}). Any other record shows as restricted: its board and date, not its words.
     */
    private record ReadableRecords(BoardAccess.CallerBoards caller) {
        boolean reads(Record record) {
            return restriction(record) == null;
        }

        /** Why the reader may not read the record, in their words, or null when they may. */
        String restriction(Record record) {
            if (!caller.sitsOn().contains(record.boardId())) {
                return "Restricted: you don't sit on this board";
            }
            if (!caller.readsAgendaItem(record.boardId(), !record.onDraftAgenda())) {
                return "Restricted: on an agenda not yet published";
            }
            return null;
        }
    }

    private ReadableRecords readableRecords() {
        return new ReadableRecords(access.callerBoards());
    }

    private Map<Long, Record> records(DuplicateDecision.Kind kind, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String jpql = kind == DuplicateDecision.Kind.AGENDA_ITEM
                ? "SELECT i.id, i.board.id, i.board.name, i.meeting.startsAt, i.meeting.id, i.title, i.minutesAllotted, i.meeting.agendaStatus, "
                        + "i.meeting.status FROM AgendaItem i WHERE i.id IN :ids"
                : "SELECT a.id, a.board.id, a.board.name, a.meeting.startsAt, a.meeting.id, a.description, NULL, a.meeting.agendaStatus, "
                        + "a.meeting.status FROM Action a WHERE a.id IN :ids";
        return em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultStream()
                .map(row -> new Record((Long) row[0], (Long) row[1], (String) row[2], ((LocalDateTime) row[3]).toLocalDate(),
                        (Long) row[4], (String) row[5], (Integer) row[6], kind == DuplicateDecision.Kind.AGENDA_ITEM && row[7] != AgendaStatus.PUBLISHED,
                        row[8] == MeetingStatus.HELD))
                .collect(Collectors.toMap(Record::id, Function.identity()));
    }

    private Map<Long, Board> boards(Collection<Long> ids) {
        return em.createQuery("SELECT b FROM Board b WHERE b.id IN :ids", Board.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(Board::getId, Function.identity()));
    }

    private Map<Long, Membership> businessSupport(Collection<Long> boardIds) {
        if (boardIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT m FROM Membership m JOIN FETCH m.member WHERE m.board.id IN :boards AND m.role = :support AND "
                        + Membership.CURRENT_ON_TODAY, Membership.class)
                .setParameter("boards", boardIds).setParameter("support", MembershipRole.BUSINESS_SUPPORT)
                .setParameter("today", clock.today()).getResultStream()
                .collect(Collectors.toMap(m -> m.getBoard().getId(), Function.identity(), (a, b) -> a));
    }
}
