package org.partnershipportal.meetings;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.boards.Board;
import org.partnershipportal.boards.BoardAccess;
import org.partnershipportal.boards.BoardId;
import org.partnershipportal.boards.Membership;
import org.partnershipportal.boards.MembershipRole;
import org.partnershipportal.identity.UserAccount;
import org.partnershipportal.identity.UserId;
import org.partnershipportal.platform.ConflictException;
import org.partnershipportal.platform.InputRules;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.NotFoundException;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A board's meetings: scheduling, attendance, and the whole meeting as its members see it. Every
 * method asks {@link BoardAccess} about the meeting's board before it reads or writes.
 */
@Stateless
@PermitAll
public class Meetings {

    static final String MEETING = "meeting";

    @PersistenceContext
    EntityManager em;

    @Inject
    BoardAccess access;

    @Inject
    MeetingReaders readers;

    @Inject
    AuditLog audit;

    @Inject
    Validator validator;

    @Inject
    Agendas agendas;

    @Inject
    org.partnershipportal.platform.PortalClock clock;

    @Inject
    ActionTally tally;

    @Inject
    org.partnershipportal.platform.Mailer mailer;

    @Inject
    org.partnershipportal.platform.MailSettings mailSettings;

    /**
     * What sending apologies did: the deputy named (null: none), and the e-mail telling a newly named deputy that the
     * meeting's page is open to them (null when no deputy was newly named).
     */
    public record ApologiesSent(String deputyName, MemberMail.Delivery deputyTold) implements Serializable {
    }

    /** An agenda item with its papers and actions, in the order of the agenda. */
    public record ItemView(AgendaItem item, List<Paper> papers, List<Action> actions) implements Serializable {
    }

    /**
     * One current member's attendance at the meeting (null: not recorded yet); {@code countsTowardsQuorum} says whether their seat counts
     * towards the quorum ({@link MembershipRole#countsTowardsQuorum}; not for someone who has left the board).
     */
    public record AttendanceLine(long userId, String name, String agency, String seat, Attendance attendance, String deputy, boolean countsTowardsQuorum)
            implements Serializable {
        /** What the chair reads: "Apologies (deputy: Dana Datalead)", "Expected" before anything is recorded. */
        public String expectation() {
            if (attendance == null) {
                return "Expected";
            }
            return attendance.getLabel() + (deputy == null ? "" : " (deputy: " + deputy + ")");
        }
    }

    /** A meeting as its board's members see it, on {@code today} (London's date when it was opened). */
    public record MeetingView(Meeting meeting, BoardAccess.Seat seat, List<ItemView> items, List<AttendanceLine> attendance,
                              boolean agendaWithheld, LocalDate papersDue, List<AgendaChange> changes, QuorumCount quorum,
                              AttendanceLine mine, LocalDate today, List<ItemView> ledByYou)
            implements Serializable {
        /**
         * Whether the page offers the caller to send the papers of the items they lead: a member who does not run the
         * meeting (those who do have each item's page), before the meeting is held. Agendas.upload asks the same.
         */
        public boolean sendsOwnPapers() {
            return !ledByYou.isEmpty() && !seat.managesMeetings() && meeting.takesPapersFromLeads();
        }

        public int totalMinutesAllotted() {
            return items.stream().map(i -> i.item().getMinutesAllotted()).filter(m -> m != null).mapToInt(Integer::intValue).sum();
        }

        public List<Action> allActions() {
            return items.stream().flatMap(i -> i.actions().stream()).toList();
        }

        /** Pages and the pack ask the view, not the action, so "overdue" follows the portal's clock. */
        public boolean overdue(Action action) {
            return action.isOverdueOn(today);
        }

        public ShownStatus shown(Action action) {
            return action.shownOn(today);
        }

        public boolean canUpdate(Action action) {
            return seat.managesMeetings() || (seat.updatesOwnActions() && action.isOwnedBy(seat.username()));
        }
    }

    /**
     * A meeting on the forward plan. For the caller's own boards it carries the title and a link; for
     * other boards only that the board meets then, which helps chairs avoid clashes without showing
     * anything restricted.
     */
    public record PlanEntry(long meetingId, long boardId, String board, String title, LocalDateTime startsAt,
                            LocalDateTime endsAt, MeetingStatus status, boolean member) implements Serializable {
    }

    /** What a board's workspace shows of its register. */
    public record BoardRegister(List<Meeting> upcoming, List<Meeting> recent, long openActions, long overdueActions,
                                List<Paper> recentPapers) implements Serializable {
    }

    public Meeting schedule(BoardId boardId, MeetingForm form) {
        access.requireMeetingManager(boardId);
        Board board = Optional.ofNullable(em.find(Board.class, boardId.value())).orElseThrow(() -> new NotFoundException("No such board"));
        requireValid(form);
        Meeting meeting = new Meeting(board, form.getTitle(), form.getDate().atTime(form.getStartTime()),
                form.getDate().atTime(form.getEndTime()), form.getPlace(), form.getOnlineLink());
        em.persist(meeting);
        em.flush();
        audit.record(AuditAction.MEETING_SCHEDULED, MEETING, meeting.getId(), board.getShortName() + " " + meeting.getStartsAt());
        return meeting;
    }

    /**
     * The board's other meetings, not cancelled, whose time overlaps this one's: scheduling one on top of another is
     * allowed (an extraordinary meeting may follow a board's own), but the person scheduling it is told.
     */
    public List<Meeting> clashesWith(MeetingId meetingId) {
        Meeting meeting = find(meetingId);
        access.requireMeetingManager(BoardId.of(meeting.getBoard()));
        return em.createQuery("SELECT m FROM Meeting m WHERE m.board = :board AND m.id <> :id AND m.status <> :cancelled"
                        + " AND m.startsAt < :ends AND m.endsAt > :starts ORDER BY m.startsAt", Meeting.class)
                .setParameter("board", meeting.getBoard()).setParameter("id", meeting.getId()).setParameter("cancelled", MeetingStatus.CANCELLED)
                .setParameter("starts", meeting.getStartsAt()).setParameter("ends", meeting.getEndsAt()).getResultList();
    }

    /**
     * Another board's meeting, not cancelled, at an overlapping time, with the people who sit on both boards on the meeting's
     * day: they cannot be at both. Only the other board's name and time are told (as the forward plan shows every board's
     * meetings), never its title; the people are this board's own members.
     */
    public record OtherBoardClash(String board, LocalDateTime startsAt, LocalDateTime endsAt, List<String> onBoth) implements Serializable {
        public String notice() {
            return "The " + board + " meets then too, " + org.partnershipportal.platform.Wording.dayDateTime(startsAt) + "\u2013"
                    + org.partnershipportal.platform.Wording.time(endsAt) + ": " + String.join(", ", onBoth)
                    + (onBoth.size() == 1 ? " sits" : " sit") + " on both boards. Move the meeting if they are needed at both.";
        }
    }

    /** Other boards' meetings at the same time that someone on this board also sits on ({@link OtherBoardClash}). */
    public List<OtherBoardClash> otherBoardsClashingWith(MeetingId meetingId) {
        Meeting meeting = find(meetingId);
        access.requireMeetingManager(BoardId.of(meeting.getBoard()));
        List<Meeting> others = em.createQuery("SELECT m FROM Meeting m JOIN FETCH m.board WHERE m.board <> :board AND m.status <> :cancelled"
                        + " AND m.startsAt < :ends AND m.endsAt > :starts ORDER BY m.startsAt, m.id", Meeting.class)
                .setParameter("board", meeting.getBoard()).setParameter("cancelled", MeetingStatus.CANCELLED)
                .setParameter("starts", meeting.getStartsAt()).setParameter("ends", meeting.getEndsAt()).setMaxResults(50).getResultList();
        if (others.isEmpty()) {
            return List.of();
        }
        LocalDate day = meeting.getStartsAt().toLocalDate();
        Map<Long, String> ours = new HashMap<>();
        membersOn(meeting.getBoard().getId(), day).forEach(seat -> ours.put(seat.getMember().getId(), seat.getMember().getFullName()));
        Map<Long, Set<Long>> seatedBy = new HashMap<>();
        em.createQuery("SELECT m.board.id, m.member.id FROM Membership m WHERE m.board.id IN :boards AND " + Membership.CURRENT_ON_TODAY, Object[].class)
                .setParameter("boards", others.stream().map(m -> m.getBoard().getId()).collect(Collectors.toSet())).setParameter("today", day)
                .getResultList().forEach(row -> seatedBy.computeIfAbsent((Long) row[0], b -> new HashSet<>()).add((Long) row[1]));
        List<OtherBoardClash> clashes = new ArrayList<>();
        for (Meeting other : others) {
            List<String> onBoth = seatedBy.getOrDefault(other.getBoard().getId(), Set.of()).stream().filter(ours::containsKey).map(ours::get)
                    .sorted().toList();
            if (!onBoth.isEmpty()) {
                clashes.add(new OtherBoardClash(other.getBoard().getName(), other.getStartsAt(), other.getEndsAt(), onBoth));
            }
        }
        return clashes;
    }

    /**
     * Everything the person scheduling or moving a meeting is told of its time: a day off (a bank holiday or a weekend), then
     * clashes with the board's own meetings, then other boards'.
     */
    public List<String> clashNotices(MeetingId meetingId) {
        List<String> notices = new ArrayList<>();
        Meeting meeting = find(meetingId);
        if (meeting.getStatus() == MeetingStatus.PLANNED) { // a meeting already held is not to be moved
            offDayNotice(meeting.getStartsAt().toLocalDate()).ifPresent(notices::add);
        }
        clashesWith(meetingId).forEach(clash -> notices.add(clashNotice(clash)));
        otherBoardsClashingWith(meetingId).forEach(clash -> notices.add(clash.notice()));
        return notices;
    }

    /**
     * A meeting on a bank holiday or at a weekend is allowed (an extraordinary meeting may need one), but whoever sets its day
     * is told: members are mostly not at work then, and its papers deadline counts back in working days from it.
     */
    private Optional<String> offDayNotice(LocalDate day) {
        org.partnershipportal.platform.BankHoliday holiday = em.find(org.partnershipportal.platform.BankHoliday.class, day);
        String when = org.partnershipportal.platform.Wording.dayDate(day);
        if (holiday != null) {
            return Optional.of(when + " is a bank holiday (" + holiday.getName() + "): most members will not be at work. Move the meeting unless that is meant.");
        }
        if (day.getDayOfWeek() == java.time.DayOfWeek.SATURDAY || day.getDayOfWeek() == java.time.DayOfWeek.SUNDAY) {
            return Optional.of(when + " is a weekend day: most members will not be at work. Move the meeting unless that is meant.");
        }
        return Optional.empty();
    }

    /** What the person scheduling or moving a meeting is told of a clash ({@link #clashesWith}). */
    public static String clashNotice(Meeting clash) {
        return "The board already meets then: " + clash.getTitle() + ", " + org.partnershipportal.platform.Wording.dayDateTime(clash.getStartsAt()) + "\u2013"
                + org.partnershipportal.platform.Wording.time(clash.getEndsAt()) + ". Move one of them, or cancel it, if they are not both meant to happen.";
    }

    public Meeting update(MeetingId meetingId, long expectedVersion, MeetingForm form, MeetingStatus status) {
        Meeting meeting = find(meetingId);
        BoardAccess.Seat seat = access.requireMeetingManager(BoardId.of(meeting.getBoard()));
        if (meeting.getVersion() != expectedVersion) {
            throw new ConflictException("Someone else changed this meeting while you were editing. Reload to see their changes.");
        }
        requireValid(form);
        if (status == null) {
            throw new InvalidInputException("status", "Choose the meeting's status");
        }
        if (status == MeetingStatus.HELD && !Meeting.dayHasCome(form.getDate(), clock.today())) {
            throw new InvalidInputException("status", "A meeting is marked held once its day has come: this one is on "
                    + org.partnershipportal.platform.Wording.date(form.getDate()));
        }
        if (meeting.isHeld() && status != MeetingStatus.HELD) {
            requireNoRecordYet(meeting);
        }
        if (meeting.isMinutesApproved() && !meeting.getStartsAt().toLocalDate().equals(form.getDate())) {
            throw new InvalidInputException("date", "The minutes of this meeting were approved as a correct record of the meeting of "
                    + org.partnershipportal.platform.Wording.date(meeting.getStartsAt().toLocalDate()) + ", so its date no longer changes.");
        }
        java.time.LocalDateTime startsBefore = meeting.getStartsAt();
        java.time.LocalDateTime endsBefore = meeting.getEndsAt();
        String placeBefore = meeting.getPlace();
        String linkBefore = meeting.getOnlineLink();
        meeting.describe(form.getTitle(), form.getDate().atTime(form.getStartTime()), form.getDate().atTime(form.getEndTime()),
                form.getPlace(), form.getOnlineLink());
        if (meeting.isAgendaPublished() && meeting.takesPapersFromLeads()) {
            // Members planned around the published agenda: a new time or place is a change they must see, like an item's.
            for (String what : whenOrWhereChanged(startsBefore, endsBefore, placeBefore, linkBefore, meeting)) {
                em.persist(new AgendaChange(meeting, clock.utcNow(), seat.username(), what));
            }
        }
        meeting.changeStatus(status);
        audit.record(AuditAction.MEETING_UPDATED, MEETING, meetingId.value(), status + " " + meeting.getStartsAt());
        return meeting;
    }

    /**
     * A held meeting that has left a record (minutes written or circulated, actions agreed at it, or another meeting's
     * minutes approved at it) stays held: set back to planned or cancelled, its decisions and actions would belong to a
     * meeting that did not take place. A meeting marked held by mistake, with nothing recorded yet, can be set back.
     */
    private void requireNoRecordYet(Meeting meeting) {
        long meetingId = meeting.getId();
        List<String> record = new java.util.ArrayList<>();
        if (meeting.getMinutesStatus() != MinutesStatus.DRAFT) {
            record.add("its minutes are " + (meeting.isMinutesApproved() ? "approved" : "circulated"));
        }
        long written = em.createQuery("SELECT COUNT(i) FROM AgendaItem i WHERE i.meeting.id = :meeting"
                        + " AND ((i.minutes IS NOT NULL AND i.minutes <> '') OR (i.decisions IS NOT NULL AND i.decisions <> ''))", Long.class)
                .setParameter("meeting", meetingId).getSingleResult();
        if (written > 0) {
            record.add("minutes or decisions are written for " + written + (written == 1 ? " item" : " items"));
        }
        long actions = em.createQuery("SELECT COUNT(a) FROM Action a WHERE a.meeting.id = :meeting", Long.class)
                .setParameter("meeting", meetingId).getSingleResult();
        if (actions > 0) {
            record.add(actions + (actions == 1 ? " action was" : " actions were") + " agreed at it");
        }
        long approvedHere = em.createQuery("SELECT COUNT(m) FROM Meeting m WHERE m.minutesApprovedAtMeeting.id = :meeting", Long.class)
                .setParameter("meeting", meetingId).getSingleResult();
        if (approvedHere > 0) {
            record.add("the minutes of an earlier meeting were approved at it");
        }
        if (!record.isEmpty()) {
            throw new InvalidInputException("status", "This meeting was held and has a record (" + String.join("; ", record)
                    + "), so it stays held.");
        }
    }

    /** In words, a published meeting's new time or place ("Moved from Mon 18 Jan 2027, 10:00–12:00 to …"); empty when neither changed. */
    static List<String> whenOrWhereChanged(java.time.LocalDateTime startsBefore, java.time.LocalDateTime endsBefore, String placeBefore,
                                           String linkBefore, Meeting after) {
        List<String> changes = new java.util.ArrayList<>();
        if (!after.getStartsAt().equals(startsBefore) || !after.getEndsAt().equals(endsBefore)) {
            changes.add("Moved from " + org.partnershipportal.platform.Wording.dayDateTime(startsBefore) + "\u2013"
                    + org.partnershipportal.platform.Wording.time(endsBefore) + " to " + org.partnershipportal.platform.Wording.dayDateTime(after.getStartsAt())
                    + "\u2013" + org.partnershipportal.platform.Wording.time(after.getEndsAt()));
        }
        if (!java.util.Objects.equals(placeBefore, after.getPlace())) {
            changes.add(after.getPlace() == null || after.getPlace().isBlank() ? "No longer held at " + placeBefore : "Now held at " + after.getPlace());
        }
        if (!java.util.Objects.equals(linkBefore, after.getOnlineLink())) {
            changes.add(after.getOnlineLink() == null || after.getOnlineLink().isBlank() ? "No longer online" : "New link to join online");
        }
        return changes;
    }

    /**
     * Records attendance for the board's members on the meeting's day (today's, for a meeting still to come); people not on
     * the board then are refused, whatever the request says.
     */
    public void recordAttendance(MeetingId meetingId, Map<Long, Attendance> byUserId) {
        Meeting meeting = find(meetingId);
        access.requireMeetingManager(BoardId.of(meeting.getBoard()));
        meeting.requireRecordOpen(null);
        Map<Long, Membership> members = attendanceMembers(meeting).stream()
                .collect(Collectors.toMap(m -> m.getMember().getId(), Function.identity(), (a, b) -> a));
        Map<Long, MeetingAttendance> recorded = attendanceOf(meetingId).stream()
                .collect(Collectors.toMap(a -> a.getMember().getId(), Function.identity()));
        int marked = 0;
        Map<UserAccount, UserAccount> deputiesStoodDownByMember = new LinkedHashMap<>();
        for (Map.Entry<Long, Attendance> entry : byUserId.entrySet()) {
            MeetingAttendance existing = recorded.get(entry.getKey());
            if (existing != null && existing.getDeputy() != null && entry.getValue() != Attendance.APOLOGIES
                    && meeting.getStatus() == MeetingStatus.PLANNED) {
                // The member is expected after all: the deputy named with their apologies is told they need not go,
                // once the whole form is accepted (a later line may still be refused, and then nothing changes).
                deputiesStoodDownByMember.put(existing.getMember(), existing.getDeputy()); // marking the member clears the deputy
            }
            if (entry.getValue() == null) {
                // "Not recorded": a mark made by mistake is taken back (no row is what "not recorded" means).
                if (existing != null) {
                    em.remove(existing);
                    marked++;
                }
                continue;
            }
            Membership seat = members.get(entry.getKey());
            if (existing != null) {
                existing.mark(entry.getValue());
            } else if (seat != null) {
                em.persist(new MeetingAttendance(meeting, seat.getMember(), seat.getRepresenting(), entry.getValue()));
            } else {
                throw new InvalidInputException(null, "Attendance can only be recorded for the board's members");
            }
            marked++;
        }
        em.flush();
        deputiesStoodDownByMember.forEach((member, deputy) -> DeputyNotice.sendStoodDown(mailer, meeting, member, deputy));
        String quorum = "";
        if (meeting.isHeld()) {
            QuorumCount count = QuorumCount.recorded(meeting.getBoard().getQuorum(), quorumLines(attendanceLines(meeting)));
            meeting.recordQuorum(count.quorate(), count.describe());
            quorum = "; " + count.describe();
        }
        audit.record(AuditAction.ATTENDANCE_RECORDED, MEETING, meetingId.value(), marked + " people" + quorum);
    }

    /** The whole meeting: agenda, papers, actions, attendance. For the board's members, and a member's named deputy ({@link MeetingReaders}). */
    public MeetingView open(MeetingId meetingId) {
        return open(meetingId, null);
    }

    /**
     * The meeting of one agenda item, for the item's own page, which only those who run the board's meetings use:
     * refused to anyone else before anything is read, and the read recorded against the item, so the audit log says
     * which item was opened rather than only its meeting.
     */
    public MeetingView openForItem(long itemId) {
        AgendaItem item = Optional.ofNullable(em.find(AgendaItem.class, itemId)).orElseThrow(() -> new NotFoundException("No such agenda item"));
        access.requireMeetingManager(BoardId.of(item.getBoard()));
        return open(MeetingId.of(item.getMeeting()), itemId);
    }

    private MeetingView open(MeetingId meetingId, Long forItem) {
        Meeting meeting = find(meetingId);
        BoardAccess.Seat seat = readers.requireReader(meeting);
        String asDeputy = seat.deputising() ? ", as deputy for " + seat.deputisingFor() : "";
        LocalDate papersDue = agendas.deadlineOf(meeting).map(PapersDeadline::due).orElse(null);
        if (!seat.readsAgenda(meeting.isAgendaPublished())) {
            // A draft agenda is the chair's working copy: members learn only that it is coming, except the items they lead (the
            // papers reminder has told them of these, and their paper is due before publication).
            List<AttendanceLine> lines = attendanceLines(meeting);
            List<AgendaItem> led = em.createQuery("SELECT i FROM AgendaItem i LEFT JOIN FETCH i.leadAgency LEFT JOIN FETCH i.leadAccount WHERE i.meeting.id = :meeting "
                            + "AND i.leadAccount.username = :caller ORDER BY i.position, i.id", AgendaItem.class)
                    .setParameter("meeting", meetingId.value()).setParameter("caller", seat.username()).getResultList();
            List<ItemView> ledViews = led.isEmpty() ? List.of() : itemViews(led, papersOf(led), Map.of());
            audit.record(AuditAction.RESTRICTED_READ, MEETING, meetingId.value(), "meeting (draft agenda withheld"
                    + (led.isEmpty() ? ")" : "; " + led.size() + " led by the reader shown)") + asDeputy);
            return new MeetingView(meeting, seat, List.of(), lines, true, papersDue, List.of(), quorumOf(meeting, lines), mineOf(seat, lines), clock.today(),
                    ledViews);
        }
        List<AgendaItem> items = em.createQuery("SELECT i FROM AgendaItem i LEFT JOIN FETCH i.leadAgency LEFT JOIN FETCH i.leadAccount WHERE i.meeting.id = :meeting "
                        + "ORDER BY i.position, i.id", AgendaItem.class)
                .setParameter("meeting", meetingId.value()).getResultList();
        Map<Long, List<Paper>> papers = papersOf(meetingId);
        Map<Long, List<Action>> actions = em.createQuery("SELECT a FROM Action a JOIN FETCH a.ownerAgency LEFT JOIN FETCH a.ownerAccount "
                        + "WHERE a.meeting.id = :meeting ORDER BY a.id", Action.class)
                .setParameter("meeting", meetingId.value()).getResultStream()
                .collect(Collectors.groupingBy(a -> a.getAgendaItem().getId(), LinkedHashMap::new, Collectors.toList()));
        List<ItemView> views = itemViews(items, papers, actions);
        if (forItem == null) {
            audit.record(AuditAction.RESTRICTED_READ, MEETING, meetingId.value(), "meeting" + asDeputy);
        } else {
            audit.record(AuditAction.RESTRICTED_READ, Agendas.AGENDA_ITEM, forItem, "agenda item, with its meeting's agenda and papers");
        }
        List<AgendaChange> changes = em.createQuery("SELECT c FROM AgendaChange c WHERE c.meeting.id = :meeting ORDER BY c.changedAt, c.id",
                AgendaChange.class).setParameter("meeting", meetingId.value()).setMaxResults(500).getResultList();
        List<AttendanceLine> lines = attendanceLines(meeting);
        return new MeetingView(meeting, seat, views, lines, false, papersDue, changes, quorumOf(meeting, lines), mineOf(seat, lines), clock.today(),
                views.stream().filter(v -> v.item().isLedBy(seat.username())).toList());
    }

    private Map<Long, List<Paper>> papersOf(MeetingId meetingId) {
        return em.createQuery("SELECT p FROM Paper p WHERE p.agendaItem.meeting.id = :meeting ORDER BY p.uploadedAt", Paper.class)
                .setParameter("meeting", meetingId.value()).getResultStream()
                .collect(Collectors.groupingBy(p -> p.getAgendaItem().getId(), LinkedHashMap::new, Collectors.toList()));
    }

    private Map<Long, List<Paper>> papersOf(List<AgendaItem> items) {
        return em.createQuery("SELECT p FROM Paper p WHERE p.agendaItem IN :items ORDER BY p.uploadedAt", Paper.class)
                .setParameter("items", items).getResultStream()
                .collect(Collectors.groupingBy(p -> p.getAgendaItem().getId(), LinkedHashMap::new, Collectors.toList()));
    }

    private static List<ItemView> itemViews(List<AgendaItem> items, Map<Long, List<Paper>> papers, Map<Long, List<Action>> actions) {
        return items.stream()
                .map(i -> new ItemView(i, papers.getOrDefault(i.getId(), List.of()), actions.getOrDefault(i.getId(), List.of())))
                .toList();
    }

    /** What the meeting pack is made of: the meeting as its reader may see it, and the file of each of its PDF papers. */
    public record PackSources(MeetingView view, Map<Paper, java.nio.file.Path> pdfPapers) {
    }

    /**
     * The meeting pack's sources, with exactly the access of {@link #open}: a draft agenda's papers only
     * for those who manage the meeting. Each PDF paper is written to a file in {@code folder}, one at a
     * time, so that the pack reads its pages from disk rather than holding every paper (up to 20 MB
     * each) in memory together.
     */
    public PackSources packOf(MeetingId meetingId, java.nio.file.Path folder) {
        MeetingView view = open(meetingId);
        Map<Paper, java.nio.file.Path> files = new java.util.IdentityHashMap<>();
        for (ItemView item : view.items()) {
            for (Paper paper : item.papers()) {
                if (!PaperType.PDF.contentType().equals(paper.getContentType())) {
                    continue;
                }
                byte[] content = em.createQuery("SELECT c.content FROM PaperContent c WHERE c.paperId = :paper", byte[].class)
                        .setParameter("paper", paper.getId()).getSingleResult();
                java.nio.file.Path file = folder.resolve("paper-" + paper.getId() + ".pdf");
                try {
                    java.nio.file.Files.write(file, content);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException("A paper could not be written for the meeting pack", e);
                }
                files.put(paper, file);
            }
        }
        return new PackSources(view, files);
    }

    /** Upcoming and recent meetings, action counts and recent papers for the board's workspace. */
    public BoardRegister registerOf(BoardId boardId) {
        boolean manager = access.requireMember(boardId).managesMeetings();
        LocalDateTime now = clock.localNow();
        List<Meeting> upcoming = em.createQuery("SELECT m FROM Meeting m WHERE m.board.id = :board AND m.startsAt >= :now "
                        + "ORDER BY m.startsAt", Meeting.class)
                .setParameter("board", boardId.value()).setParameter("now", now.toLocalDate().atStartOfDay()).setMaxResults(4).getResultList();
        List<Meeting> recent = em.createQuery("SELECT m FROM Meeting m WHERE m.board.id = :board AND m.startsAt < :now "
                        + "ORDER BY m.startsAt DESC", Meeting.class)
                .setParameter("board", boardId.value()).setParameter("now", now.toLocalDate().atStartOfDay()).setMaxResults(4).getResultList();
        // From the board's tally (a row per status and due date), not one index entry per outstanding action.
        ActionTally.Outstanding outstanding = tally.outstanding(boardId.value(), clock.today());
        // Papers of a draft agenda are the chair's working copy: members see them once the agenda is published.
        var papersQuery = em.createQuery("SELECT p FROM Paper p JOIN FETCH p.agendaItem i WHERE p.board.id = :board "
                        + (manager ? "" : "AND i.meeting.agendaStatus = :published ") + "ORDER BY p.uploadedAt DESC", Paper.class)
                .setParameter("board", boardId.value());
        if (!manager) {
            papersQuery.setParameter("published", AgendaStatus.PUBLISHED);
        }
        List<Paper> papers = papersQuery.setMaxResults(5).getResultList();
        return new BoardRegister(upcoming, recent, outstanding.open(), outstanding.overdue(), papers);
    }

    /** Meetings between two times across the partnership, as the caller may see them. */
    public List<PlanEntry> forwardPlan(LocalDateTime from, LocalDateTime to, boolean includeOtherBoards) {
        Set<Long> mine = new HashSet<>(access.boardsOfCaller());
        if (mine.isEmpty() && !includeOtherBoards) {
            return List.of();
        }
        String scope = includeOtherBoards ? "" : "AND m.board.id IN :mine ";
        var query = em.createQuery("SELECT m FROM Meeting m JOIN FETCH m.board WHERE m.startsAt < :to AND m.endsAt > :from "
                        + scope + "ORDER BY m.startsAt", Meeting.class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(2000);
        if (!includeOtherBoards) {
            query.setParameter("mine", mine);
        }
        return query.getResultStream().map(m -> {
            boolean member = mine.contains(m.getBoard().getId());
            return new PlanEntry(member ? m.getId() : 0, m.getBoard().getId(), m.getBoard().getShortName(),
                    member ? m.getTitle() : m.getBoard().getName() + (m.getStatus() == MeetingStatus.CANCELLED ? ": meeting cancelled" : " meets"),
                    m.getStartsAt(), m.getEndsAt(),
                    m.getStatus(), member);
        }).toList();
    }

    /** The board's current members who can be e-mailed (enabled, with an address), each once: who board notices go to. */
    public List<org.partnershipportal.identity.UserAccount> membersToNotify(BoardId boardId) {
        Map<Long, org.partnershipportal.identity.UserAccount> recipients = new LinkedHashMap<>();
        for (Membership seat : currentMembers(boardId)) {
            org.partnershipportal.identity.UserAccount person = seat.getMember();
            // A seat counts only with the Board member role (BoardAccess); one recorded without it is sent nothing either.
            if (person.isEnabled() && person.holds(org.partnershipportal.platform.Permission.SIT_ON_BOARDS)
                    && person.getEmail() != null && !person.getEmail().isBlank()) {
                recipients.putIfAbsent(person.getId(), person);
            }
        }
        return List.copyOf(recipients.values());
    }

    /** The board's current members, for attendance and for choosing action owners. */
    public List<Membership> currentMembers(BoardId boardId) {
        access.requireMember(boardId);
        return membersOn(boardId.value(), clock.today());
    }

    /** The board's members on a day, by name; callers have checked the caller's access. */
    private List<Membership> membersOn(long boardId, LocalDate day) {
        return em.createQuery("SELECT m FROM Membership m JOIN FETCH m.member JOIN FETCH m.representing WHERE m.board.id = :board "
                        + "AND " + Membership.CURRENT_ON_TODAY + " ORDER BY m.member.fullName", Membership.class)
                .setParameter("board", boardId).setParameter("today", day).getResultList();
    }

    /**
     * The caller's own apologies for a meeting still to come, naming a deputy from the agency they
     * represent on the board when the board allows deputies. Sending again replaces the earlier ones.
     * Only the board's current members send apologies: anyone else is refused, and the refusal audited.
     */
    public ApologiesSent sendApologies(MeetingId meetingId, UserId deputyUserId) {
        Meeting meeting = find(meetingId);
        BoardAccess.Seat seat = access.requireMember(BoardId.of(meeting.getBoard()));
        Membership membership = ownMembership(meeting, seat);
        if (meeting.getStatus() != MeetingStatus.PLANNED) {
            throw new InvalidInputException(null, "This meeting is " + meeting.getStatus().getLabel().toLowerCase(java.util.Locale.UK)
                    + ": apologies are for meetings still to come");
        }
        UserAccount deputy = null;
        if (deputyUserId != null) {
            if (!meeting.getBoard().isDeputiesAllowed()) {
                throw new InvalidInputException("deputy", "This board does not take deputies: send your apologies without one");
            }
            deputy = deputyChoicesFor(membership).stream().filter(u -> u.getId() == deputyUserId.value()).findFirst()
                    .orElseThrow(() -> new InvalidInputException("deputy", "Choose a deputy from " + membership.getRepresenting().getName()
                            + ", the agency you represent on this board"));
        }
        MeetingAttendance line = attendanceOf(meetingId).stream().filter(a -> a.getMember().getId().equals(membership.getMember().getId()))
                .findFirst().orElseGet(() -> {
                    MeetingAttendance created = new MeetingAttendance(meeting, membership.getMember(), membership.getRepresenting(), Attendance.APOLOGIES);
                    em.persist(created);
                    return created;
                });
        UserAccount deputyBefore = line.getDeputy();
        line.sendApologies(deputy, seat.username(), clock.utcNow());
        em.flush(); // the apologies are accepted by the database before anyone is e-mailed about them
        boolean deputyChanged = !java.util.Objects.equals(deputyBefore == null ? null : deputyBefore.getId(), deputy == null ? null : deputy.getId());
        MemberMail.Delivery deputyTold = deputyChanged && deputy != null
                ? DeputyNotice.send(mailer, mailSettings.portalUrl(), meeting, membership.getMember(), deputy) : null;
        String stoodDown = deputyChanged && deputyBefore != null ? "; " + DeputyNotice.standDown(mailer, meeting, membership.getMember(), deputyBefore) : "";
        audit.record(AuditAction.APOLOGIES_SENT, MEETING, meetingId.value(), (deputy == null ? "no deputy" : "deputy " + deputy.getUsername()
                + (deputyTold == null ? "" : "; " + DeputyNotice.summary(deputyTold))) + stoodDown);
        return new ApologiesSent(deputy == null ? null : deputy.getFullName(), deputyTold);
    }

    /** Withdraws the caller's own apologies: they are expected again. */
    public void withdrawApologies(MeetingId meetingId) {
        Meeting meeting = find(meetingId);
        BoardAccess.Seat seat = access.requireMember(BoardId.of(meeting.getBoard()));
        Membership membership = ownMembership(meeting, seat);
        if (meeting.getStatus() != MeetingStatus.PLANNED) {
            throw new InvalidInputException(null, "This meeting is no longer to come: ask the chair to correct its attendance");
        }
        Optional<MeetingAttendance> apologies = attendanceOf(meetingId).stream().filter(a -> a.getMember().getId().equals(membership.getMember().getId())
                && a.getAttendance() == Attendance.APOLOGIES).findFirst();
        apologies.ifPresent(em::remove);
        em.flush(); // withdrawn in the database before the deputy is told they need not go
        UserAccount deputy = apologies.map(MeetingAttendance::getDeputy).orElse(null);
        // Whoever was told they would go in the member's place is told they no longer go.
        audit.record(AuditAction.APOLOGIES_WITHDRAWN, MEETING, meetingId.value(), seat.username()
                + (deputy == null ? "" : "; " + DeputyNotice.standDown(mailer, meeting, membership.getMember(), deputy)));
    }

    /** Who the caller may name as deputy: enabled accounts of the agency they represent on the meeting's board. */
    public List<UserAccount> deputyChoices(MeetingId meetingId) {
        Meeting meeting = find(meetingId);
        BoardAccess.Seat seat = access.requireMember(BoardId.of(meeting.getBoard()));
        if (!meeting.getBoard().isDeputiesAllowed() || seat.role() == null) {
            return List.of();
        }
        return deputyChoicesFor(ownMembership(meeting, seat));
    }

    private List<UserAccount> deputyChoicesFor(Membership membership) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.agency = :agency AND u.enabled = TRUE AND u <> :member "
                        + "ORDER BY u.fullName", UserAccount.class)
                .setParameter("agency", membership.getRepresenting()).setParameter("member", membership.getMember())
                .setMaxResults(200).getResultList();
    }

    /** The caller's current seat on the meeting's board; an administrator without one has no apologies to send. */
    private Membership ownMembership(Meeting meeting, BoardAccess.Seat seat) {
        return currentMembers(BoardId.of(meeting.getBoard())).stream().filter(m -> m.getMember().getUsername().equals(seat.username()))
                .findFirst().orElseThrow(() -> {
                    audit.recordRefusal(MEETING, meeting.getId(), "apologies from someone without a seat on the board");
                    return new org.partnershipportal.platform.AccessRefusedException("Only the board's members send apologies for its meetings");
                });
    }

    private QuorumCount quorumOf(Meeting meeting, List<AttendanceLine> lines) {
        List<QuorumCount.Line> counted = quorumLines(lines);
        return meeting.isHeld() ? QuorumCount.recorded(meeting.getBoard().getQuorum(), counted)
                : QuorumCount.expected(meeting.getBoard().getQuorum(), counted);
    }

    /**
     * Current members in seats that count: someone recorded at an earlier meeting who has since left does not count towards
     * today's quorum, nor does an adviser or business support.
     */
    private static List<QuorumCount.Line> quorumLines(List<AttendanceLine> lines) {
        return lines.stream().filter(AttendanceLine::countsTowardsQuorum)
                .map(l -> new QuorumCount.Line(l.attendance(), l.deputy() != null)).toList();
    }

    private AttendanceLine mineOf(BoardAccess.Seat seat, List<AttendanceLine> lines) {
        if (seat.role() == null) {
            return null;
        }
        Long mine = em.createQuery("SELECT u.id FROM UserAccount u WHERE u.username = :username", Long.class)
                .setParameter("username", seat.username()).getResultStream().findFirst().orElse(null);
        return lines.stream().filter(l -> mine != null && l.userId() == mine).findFirst().orElse(null);
    }

    Meeting find(MeetingId meetingId) {
        return Optional.ofNullable(em.find(Meeting.class, meetingId.value())).orElseThrow(() -> new NotFoundException("No such meeting"));
    }

    private List<MeetingAttendance> attendanceOf(MeetingId meetingId) {
        return em.createQuery("SELECT a FROM MeetingAttendance a WHERE a.meeting.id = :meeting", MeetingAttendance.class)
                .setParameter("meeting", meetingId.value()).getResultList();
    }

    /** Who organises a board's meetings, for calendar entries: a name and an address to reply to. */
    public record Organiser(String name, String email) implements Serializable {
    }

    /**
     * The board's business support officer, who runs its meetings day to day, else its chair; empty
     * when the board has neither today. For the board's members only.
     */
    public Optional<Organiser> organiserOf(MeetingId meetingId) {
        Meeting meeting = find(meetingId);
        readers.requireReader(meeting);
        List<Membership> runners = em.createQuery("SELECT m FROM Membership m JOIN FETCH m.member WHERE m.board.id = :board "
                        + "AND m.role IN :roles AND " + Membership.CURRENT_ON_TODAY + " ORDER BY m.startsOn, m.id", Membership.class)
                .setParameter("board", meeting.getBoard().getId())
                .setParameter("roles", List.of(MembershipRole.BUSINESS_SUPPORT, MembershipRole.CHAIR))
                .setParameter("today", clock.today()).getResultList();
        return runners.stream().filter(m -> m.getRole() == MembershipRole.BUSINESS_SUPPORT).findFirst()
                .or(() -> runners.stream().findFirst())
                .map(m -> new Organiser(m.getMember().getFullName(), m.getMember().getEmail()));
    }

    /**
     * The day whose members a meeting's attendance is about: the meeting's own day once it has come (someone who has left
     * the board since still attended, or sent apologies, as a member), else today, for a meeting still to come.
     */
    private LocalDate attendanceDay(Meeting meeting) {
        LocalDate meetingDay = meeting.getStartsAt().toLocalDate(); // a wall-clock time in London (PortalClock)
        LocalDate today = clock.today();
        return meetingDay.isBefore(today) ? meetingDay : today;
    }

    /** The board's members on the meeting's attendance day; callers have checked the caller's access. */
    private List<Membership> attendanceMembers(Meeting meeting) {
        return membersOn(meeting.getBoard().getId(), attendanceDay(meeting));
    }

    /** Everyone recorded, then the members on the meeting's attendance day not yet recorded, by name. */
    private List<AttendanceLine> attendanceLines(Meeting meeting) {
        List<AttendanceLine> lines = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Map<Long, Membership> members = attendanceMembers(meeting).stream()
                .collect(Collectors.toMap(m -> m.getMember().getId(), Function.identity(), (a, b) -> a, LinkedHashMap::new));
        for (MeetingAttendance recorded : attendanceOf(MeetingId.of(meeting))) {
            UserAccount person = recorded.getMember();
            Membership seat = members.get(person.getId());
            lines.add(new AttendanceLine(person.getId(), person.getFullName(), recorded.getRepresenting().getShortName(),
                    seat == null ? "No longer a member" : seat.getRole().getLabel(), recorded.getAttendance(),
                    recorded.getDeputy() == null ? null : recorded.getDeputy().getFullName(), seat != null && seat.getRole().countsTowardsQuorum()));
            seen.add(person.getId());
        }
        for (Membership seat : members.values()) {
            if (seen.add(seat.getMember().getId())) {
                lines.add(new AttendanceLine(seat.getMember().getId(), seat.getMember().getFullName(),
                        seat.getRepresenting().getShortName(), seat.getRole().getLabel(), null, null, seat.getRole().countsTowardsQuorum()));
            }
        }
        lines.sort(java.util.Comparator.comparing(AttendanceLine::name));
        return lines;
    }

    private void requireValid(MeetingForm form) {
        InputRules.requireValid(validator, form);
        InputRules.requireNotFarAhead("date", form.getDate(), clock.today());
        if (!form.getEndTime().isAfter(form.getStartTime())) {
            throw new InvalidInputException("endTime", "The meeting must end after it starts");
        }
        if (form.getPlace() == null && form.getOnlineLink() == null) {
            throw new InvalidInputException("place", "Enter a place, an online link, or both");
        }
    }
}
