package org.partnershipportal.meetings;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.boards.BoardAccess;
import org.partnershipportal.boards.BoardId;
import org.partnershipportal.identity.UserAccount;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.MailSettings;
import org.partnershipportal.platform.Mailer;
import org.partnershipportal.platform.NotFoundException;
import org.partnershipportal.platform.PortalClock;
import org.partnershipportal.platform.Wording;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The minutes cycle of a held meeting: circulated to members for comment, approved as a correct record at
 * a later meeting of the board (a decision of that meeting), then locked; a correction after approval is a
 * new version with who, when and why. Also the decisions register across the boards a person sits on.
 */
@Stateless
@PermitAll
public class Minutes {

    /** Decisions per page of the register. */
    public static final int PAGE_SIZE = 25;

    @PersistenceContext
    EntityManager em;

    @Inject
    BoardAccess access;

    @Inject
    AuditLog audit;

    @Inject
    PortalClock clock;

    @Inject
    Meetings meetings;

    @Inject
    Mailer mailer;

    @Inject
    MailSettings settings;

    /** One decision in the register: the board, the meeting and its date, the item and what was decided. */
    public record Decision(Long itemId, Long meetingId, String board, java.time.LocalDateTime startsAt, String meeting, String item,
                           String decisions, MinutesStatus minutesStatus) implements Serializable {
        public LocalDate date() {
            return startsAt.toLocalDate();
        }
    }

    /**
     * One page of the register with the number of decisions matching.
     *
     * @param onNoBoard the reader sits on no board, so the register has nothing it may show them
     */
    public record DecisionPage(List<Decision> decisions, long total, int page, boolean onNoBoard) implements Serializable {
        public int pages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    /** What circulating did, for the chair's message. */
    public record Circulation(MemberMail.Delivery delivery) implements Serializable {
    }

    /**
     * Circulates a held meeting's draft minutes: members read them on the meeting's page and comment, and
     * each current member gets an e-mail saying so, with the link (the minutes themselves stay in the
     * portal, which is where restricted content belongs).
     */
    public Circulation circulate(MeetingId meetingId) {
        Meeting meeting = managed(meetingId);
        if (!meeting.isHeld()) {
            throw new InvalidInputException(null, "Mark the meeting as held before circulating its minutes");
        }
        if (!meeting.isAgendaPublished()) {
            // Members read the minutes on the meeting's published agenda; a draft's would reach them as a mail they cannot open.
            throw new InvalidInputException(null, "Publish the meeting's agenda first: members read the minutes through it, and would be"
                    + " e-mailed minutes they cannot open");
        }
        if (meeting.getMinutesStatus() != MinutesStatus.DRAFT) {
            throw new InvalidInputException(null, "These minutes are already " + meeting.getMinutesStatus().getLabel().toLowerCase(Locale.UK));
        }
        boolean anythingWritten = em.createQuery("SELECT i FROM AgendaItem i WHERE i.meeting = :meeting", AgendaItem.class)
                .setParameter("meeting", meeting).getResultStream().anyMatch(AgendaItem::hasRecordedOutcome);
        if (!anythingWritten) {
            throw new InvalidInputException(null, "Write the minutes or decisions of at least one item before circulating them: members would be"
                    + " asked to comment on nothing");
        }
        meeting.circulateMinutes(clock.utcNow());
        em.flush(); // two chairs circulating at once: the second is refused here, before its members are e-mailed
        List<UserAccount> members = meetings.membersToNotify(BoardId.of(meeting.getBoard()));
        String subject = "Minutes for comment: " + meeting.getBoard().getShortName() + ", " + Wording.date(meeting.getStartsAt().toLocalDate());
        MemberMail.Delivery delivery = MemberMail.send(mailer, members, "Minutes notice", subject, member -> circulationText(member, meeting));
        audit.record(AuditAction.MINUTES_CIRCULATED, Meetings.MEETING, meetingId.value(), meeting.getTitle() + "; " + delivery.summary());
        return new Circulation(delivery);
    }

    private String circulationText(UserAccount member, Meeting meeting) {
        return "Dear " + member.getFullName() + ",\n\n"
                + "The draft minutes of " + meeting.getBoard().getName() + ": " + meeting.getTitle() + " ("
                + Wording.date(meeting.getStartsAt().toLocalDate()) + ") are circulated to members for comment.\n"
                + "Read them and add your comments on the meeting's page:\n"
                + settings.portalUrl() + "/meetings/meeting.xhtml?meeting=" + meeting.getId() + "#minutesSection\n\n"
                + "The chair considers comments before the minutes are approved as a correct record at a later meeting.\n";
    }

    /** A member's comment on circulated minutes. Any current member of the board, advisers included. */
    public MinutesComment comment(MeetingId meetingId, String text) {
        Meeting meeting = find(meetingId);
        BoardAccess.Seat seat = access.requireMember(BoardId.of(meeting.getBoard()));
        String comment = Forms.trimmed(text);
        if (meeting.getMinutesStatus() != MinutesStatus.CIRCULATED) {
            throw new InvalidInputException("comment", "Comments are taken while the minutes are circulated; these are "
                    + meeting.getMinutesStatus().getLabel().toLowerCase(Locale.UK));
        }
        if (comment == null) {
            throw new InvalidInputException("comment", "Write your comment");
        }
        if (comment.length() > MinutesComment.COMMENT_MAX) {
            throw new InvalidInputException("comment", "Use at most " + MinutesComment.COMMENT_MAX + " characters");
        }
        MinutesComment saved = new MinutesComment(meeting, seat.username(), clock.utcNow(), comment);
        em.persist(saved);
        audit.record(AuditAction.MINUTES_COMMENTED, Meetings.MEETING, meetingId.value(), seat.username());
        return saved;
    }

    /**
     * Approves the minutes as a correct record at a later meeting of the same board: the approval is
     * written as a decision of that meeting's "minutes of the last meeting" item (added if it has none),
     * and the minutes are locked from then on.
     */
    public void approve(MeetingId meetingId, MeetingId atMeetingId) {
        Meeting meeting = managed(meetingId);
        Meeting at = find(atMeetingId);
        if (meeting.getMinutesStatus() != MinutesStatus.CIRCULATED) {
            throw new InvalidInputException("approveAt", "Circulate the minutes to members before they are approved");
        }
        if (!at.getBoard().equals(meeting.getBoard()) || !at.getStartsAt().isAfter(meeting.getStartsAt())
                || at.getStatus() == MeetingStatus.CANCELLED) {
            throw new InvalidInputException("approveAt", "Minutes are approved at a later meeting of the same board");
        }
        if (!at.hasMetBy(clock.today())) {
            throw new InvalidInputException("approveAt", "Minutes are approved at a meeting that has taken place, and the meeting of "
                    + Wording.date(at.getStartsAt().toLocalDate()) + " has not met yet");
        }
        if (!at.mayDecide()) {
            throw new InvalidInputException("approveAt", "The meeting of " + Wording.date(at.getStartsAt().toLocalDate())
                    + " was not quorate, so it cannot approve minutes: approve them at the next quorate meeting");
        }
        if (at.isMinutesApproved()) {
            // The approval is written into that meeting's record, which its own approved minutes have locked.
            throw new InvalidInputException("approveAt", "The meeting of " + Wording.date(at.getStartsAt().toLocalDate())
                    + " has its own minutes approved and locked, so nothing more is recorded at it: approve these at a later meeting");
        }
        AgendaItem minutesItem = minutesItemOf(at);
        String approval = "The minutes of the meeting of " + Wording.date(meeting.getStartsAt().toLocalDate())
                + " were approved as a correct record.";
        minutesItem.recordOutcome(minutesItem.getMinutes(), minutesItem.getDecisions() == null ? approval
                : minutesItem.getDecisions() + "\n" + approval);
        String by = access.requireMeetingManager(BoardId.of(meeting.getBoard())).username();
        meeting.approveMinutes(at, by, clock.utcNow());
        audit.record(AuditAction.MINUTES_APPROVED, Meetings.MEETING, meetingId.value(), "at meeting " + atMeetingId);
    }

    /**
     * Corrects approved minutes: a new version of one item's minutes and decisions, with the reason;
     * the text it replaces is kept in the correction.
     */
    public MinutesCorrection correct(long itemId, String minutes, String decisions, String reason) {
        AgendaItem item = Optional.ofNullable(em.find(AgendaItem.class, itemId)).orElseThrow(() -> new NotFoundException("No such agenda item"));
        BoardAccess.Seat seat = access.requireMeetingManager(BoardId.of(item.getBoard()));
        if (item.getMeeting().getMinutesStatus() != MinutesStatus.APPROVED) {
            throw new InvalidInputException("reason", "These minutes are not approved yet: change them directly");
        }
        String why = Forms.trimmed(reason);
        if (why == null) {
            throw new InvalidInputException("reason", "Say why the approved minutes are corrected");
        }
        if (why.length() > MinutesCorrection.REASON_MAX) {
            throw new InvalidInputException("reason", "Use at most " + MinutesCorrection.REASON_MAX + " characters");
        }
        String newMinutes = Forms.trimmed(minutes);
        String newDecisions = Forms.trimmed(decisions);
        for (String text : new String[]{newMinutes, newDecisions}) {
            if (text != null && text.length() > AgendaItem.MINUTES_TEXT_MAX) {
                throw new InvalidInputException("minutes", "Use at most " + AgendaItem.MINUTES_TEXT_MAX + " characters");
            }
        }
        if (java.util.Objects.equals(newMinutes, item.getMinutes()) && java.util.Objects.equals(newDecisions, item.getDecisions())) {
            throw new InvalidInputException("minutes", "Nothing was changed, so there is no correction to record");
        }
        Integer last = em.createQuery("SELECT MAX(c.versionNo) FROM MinutesCorrection c WHERE c.agendaItem.id = :item", Integer.class)
                .setParameter("item", itemId).getSingleResult();
        MinutesCorrection correction = new MinutesCorrection(item, last == null ? 2 : last + 1, seat.username(), clock.utcNow(), why,
                newMinutes, newDecisions);
        em.persist(correction);
        item.recordOutcome(newMinutes, newDecisions);
        audit.record(AuditAction.MINUTES_CORRECTED, Agendas.AGENDA_ITEM, itemId, "version " + correction.getVersionNo() + ": " + why);
        return correction;
    }

    public List<MinutesComment> comments(MeetingId meetingId) {
        Meeting meeting = find(meetingId);
        access.requireMember(BoardId.of(meeting.getBoard()));
        return em.createQuery("SELECT c FROM MinutesComment c WHERE c.meeting.id = :meeting ORDER BY c.writtenAt, c.id", MinutesComment.class)
                .setParameter("meeting", meetingId.value()).setMaxResults(500).getResultList();
    }

    public List<MinutesCorrection> corrections(long itemId) {
        AgendaItem item = Optional.ofNullable(em.find(AgendaItem.class, itemId)).orElseThrow(() -> new NotFoundException("No such agenda item"));
        access.requireMember(BoardId.of(item.getBoard()));
        return em.createQuery("SELECT c FROM MinutesCorrection c WHERE c.agendaItem.id = :item ORDER BY c.versionNo DESC", MinutesCorrection.class)
                .setParameter("item", itemId).getResultList();
    }

    /** Later meetings of the board that have met ({@link Meeting#hasMetBy}): where these minutes can be approved. */
    public List<Meeting> approvalChoices(MeetingId meetingId) {
        Meeting meeting = managed(meetingId);
        LocalDate today = clock.today();
        return em.createQuery("SELECT m FROM Meeting m WHERE m.board = :board AND m.startsAt > :after AND m.status <> :cancelled "
                        + "ORDER BY m.startsAt", Meeting.class)
                .setParameter("board", meeting.getBoard()).setParameter("after", meeting.getStartsAt())
                .setParameter("cancelled", MeetingStatus.CANCELLED).setMaxResults(6).getResultStream()
                .filter(later -> later.hasMetBy(today) && later.mayDecide() && !later.isMinutesApproved()).toList();
    }

    /**
     * Decisions taken by the boards the caller sits on (administrators: every board), newest first,
     * optionally only those whose item or decision contains {@code text}. Paged in the database.
     */
    public DecisionPage decisions(String text, int page) {
        List<Long> boards = access.boardsOfCaller();
        if (boards.isEmpty()) {
            return new DecisionPage(List.of(), 0, 0, true);
        }
        String words = Forms.trimmed(text);
        String where = "FROM AgendaItem i JOIN i.meeting m JOIN i.board b WHERE i.board.id IN :boards AND i.decisions IS NOT NULL "
                + "AND m.agendaStatus = :published" + (words == null ? "" : " AND (LOWER(i.decisions) LIKE :words OR LOWER(i.title) LIKE :words)");
        var count = em.createQuery("SELECT COUNT(i) " + where, Long.class).setParameter("boards", boards)
                .setParameter("published", AgendaStatus.PUBLISHED);
        var rows = em.createQuery("SELECT NEW org.partnershipportal.meetings.Minutes.Decision(i.id, m.id, b.shortName, m.startsAt, m.title, "
                        + "i.title, i.decisions, m.minutesStatus) " + where + " ORDER BY m.startsAt DESC, i.position", Decision.class)
                .setParameter("boards", boards).setParameter("published", AgendaStatus.PUBLISHED);
        if (words != null) {
            String like = "%" + words.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            count.setParameter("words", like);
            rows.setParameter("words", like);
        }
        int safePage = Math.max(0, page);
        List<Decision> found = rows.setFirstResult(safePage * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
        return new DecisionPage(found, count.getSingleResult(), safePage, false);
    }

    private AgendaItem minutesItemOf(Meeting at) {
        List<AgendaItem> items = em.createQuery("SELECT i FROM AgendaItem i WHERE i.meeting = :meeting ORDER BY i.position", AgendaItem.class)
                .setParameter("meeting", at).getResultList();
        return items.stream().filter(i -> i.getTitle().toLowerCase(Locale.UK).contains("minutes")).findFirst().orElseGet(() -> {
            AgendaItem item = new AgendaItem(at, items.isEmpty() ? 1 : items.get(items.size() - 1).getPosition() + 1);
            item.describe("Minutes of the last meeting", null, null, null, 10, true);
            item.assign(ItemPurpose.FOR_DECISION, null);
            em.persist(item);
            return item;
        });
    }

    private Meeting managed(MeetingId meetingId) {
        Meeting meeting = find(meetingId);
        access.requireMeetingManager(BoardId.of(meeting.getBoard()));
        return meeting;
    }

    private Meeting find(MeetingId meetingId) {
        return Optional.ofNullable(em.find(Meeting.class, meetingId.value())).orElseThrow(() -> new NotFoundException("No such meeting"));
    }
}
