package org.partnershipportal.meetings;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.boards.BoardAccess;
import org.partnershipportal.boards.BoardId;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.platform.UploadInspection;
import org.partnershipportal.platform.ConflictException;
import org.partnershipportal.platform.FileTransfer;
import org.partnershipportal.platform.InputRules;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.NotFoundException;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Agenda items of a meeting, their minutes and decisions, and their papers. Managed by chairs and business support. */
@Stateless
@PermitAll
public class Agendas {

    static final String AGENDA_ITEM = AgendaItemAuditNames.TARGET_TYPE;
    static final String PAPER = "paper";
    static final String ONLY_LEAD_OR_MANAGERS_ADD_PAPERS = "Only the item's lead, the chair, vice-chair or business support can add papers to it";

    /** The title of the item listing the outstanding actions a meeting takes up. */
    static final String MATTERS_ARISING = "Matters arising";

    @PersistenceContext
    EntityManager em;

    @Inject
    MeetingReaders readers;

    @Inject
    BoardAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Validator validator;

    @Inject
    jakarta.enterprise.event.Event<RegisterChanged> changes;

    @Inject
    jakarta.enterprise.event.Event<RegisterRecordRemoved> removals;

    @Inject
    jakarta.enterprise.inject.Instance<RegisterReferences> references;

    @Inject
    org.partnershipportal.platform.PortalClock clock;

    @Inject
    org.partnershipportal.platform.WorkingDays workingDays;

    /** A paper's bytes with what the browser needs to save it. */
    public record PaperDownload(String fileName, String contentType, byte[] content) {
    }

    public AgendaItem add(MeetingId meetingId, AgendaItemForm form) {
        Meeting meeting = Optional.ofNullable(em.find(Meeting.class, meetingId.value())).orElseThrow(() -> new NotFoundException("No such meeting"));
        access.requireMeetingManager(BoardId.of(meeting.getBoard()));
        meeting.requireRecordOpen(null);
        InputRules.requireValid(validator, form);
        Integer last = em.createQuery("SELECT MAX(i.position) FROM AgendaItem i WHERE i.meeting.id = :meeting", Integer.class)
                .setParameter("meeting", meetingId.value()).getSingleResult();
        AgendaItem item = new AgendaItem(meeting, last == null ? 1 : last + 1);
        item.describe(form.getTitle(), form.getDescription(), form.getLeadName(), agency(form.getLeadAgencyId()),
                form.getMinutesAllotted(), form.isStanding());
        item.assign(form.getPurpose(), leadAccount(BoardId.of(meeting.getBoard()), form.getLeadUserId()));
        em.persist(item);
        em.flush();
        if (meeting.isAgendaPublished()) {
            item.markChangedAfterPublication(PublishedChange.ADDED);
            recordChange(meeting, "Added: " + item.getTitle());
        }
        audit.record(AuditAction.AGENDA_ITEM_ADDED, AGENDA_ITEM, item.getId(), meeting.getBoard().getShortName() + ": " + item.getTitle());
        changes.fire(new RegisterChanged(RegisterChanged.Kind.AGENDA_ITEM, item.getId()));
        return item;
    }

    public AgendaItem update(long itemId, long expectedVersion, AgendaItemForm form) {
        AgendaItem item = managed(itemId);
        requireVersion(item, expectedVersion);
        item.getMeeting().requireRecordOpen(null);
        InputRules.requireValid(validator, form);
        String titleBefore = item.getTitle();
        String descriptionBefore = item.getDescription();
        ItemPurpose purposeBefore = item.getPurpose();
        item.describe(form.getTitle(), form.getDescription(), form.getLeadName(), agency(form.getLeadAgencyId()),
                form.getMinutesAllotted(), form.isStanding());
        item.assign(form.getPurpose(), leadAccount(BoardId.of(item.getBoard()), form.getLeadUserId()));
        if (item.getMeeting().isAgendaPublished()) {
            String what = describeChange(titleBefore, descriptionBefore, purposeBefore, item);
            if (what != null) {
                item.markChangedAfterPublication(PublishedChange.CHANGED);
                recordChange(item.getMeeting(), what);
            }
        }
        audit.record(AuditAction.AGENDA_ITEM_UPDATED, AGENDA_ITEM, itemId, item.getTitle());
        em.flush();
        changes.fire(new RegisterChanged(RegisterChanged.Kind.AGENDA_ITEM, itemId));
        return item;
    }

    /** Minutes and decisions are written once the meeting has been held. */
    public AgendaItem recordOutcome(long itemId, long expectedVersion, String minutes, String decisions) {
        AgendaItem item = managed(itemId);
        requireVersion(item, expectedVersion);
        if (!item.getMeeting().isHeld()) {
            throw new InvalidInputException("minutes", "Mark the meeting as held before recording minutes and decisions");
        }
        if (item.getMeeting().isMinutesApproved()) {
            // Approved minutes are the board's record: a change is a correction, with its reason, never an edit in place.
            audit.recordRefusal(AGENDA_ITEM, itemId, "edit of approved minutes in place");
            throw new InvalidInputException("minutes", "These minutes are approved and locked. Record a correction, with your reason, instead");
        }
        String cleanMinutes = Forms.trimmed(minutes);
        String cleanDecisions = Forms.trimmed(decisions);
        for (String text : new String[]{cleanMinutes, cleanDecisions}) {
            if (text != null && text.length() > AgendaItem.MINUTES_TEXT_MAX) {
                throw new InvalidInputException("minutes", "Use at most " + AgendaItem.MINUTES_TEXT_MAX + " characters");
            }
        }
        item.recordOutcome(cleanMinutes, cleanDecisions);
        audit.record(AuditAction.MINUTES_RECORDED, AGENDA_ITEM, itemId, item.getTitle());
        return item;
    }

    /** Moves an item one place up (-1) or down (+1) on its agenda, renumbering the agenda 1, 2, 3… */
    public void move(long itemId, int direction) {
        AgendaItem item = managed(itemId);
        item.getMeeting().requireRecordOpen(null);
        List<AgendaItem> agenda = em.createQuery("SELECT i FROM AgendaItem i WHERE i.meeting.id = :meeting ORDER BY i.position, i.id",
                AgendaItem.class).setParameter("meeting", item.getMeeting().getId()).getResultList();
        List<AgendaItem> ordered = new java.util.ArrayList<>(agenda);
        int from = ordered.indexOf(item);
        int to = from + Integer.signum(direction);
        if (to < 0 || to >= ordered.size()) {
            return;
        }
        ordered.add(to, ordered.remove(from));
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i + 1);
        }
        if (item.getMeeting().isAgendaPublished()) {
            recordChange(item.getMeeting(), "Moved " + (direction < 0 ? "up" : "down") + " to item " + (to + 1) + ": " + item.getTitle());
        }
    }

    /** An item with no actions or papers can be taken off the agenda; otherwise its record stays. */
    public void remove(long itemId) {
        AgendaItem item = managed(itemId);
        item.getMeeting().requireRecordOpen(null);
        long dependents = em.createQuery("SELECT COUNT(a) FROM Action a WHERE a.agendaItem.id = :item", Long.class)
                .setParameter("item", itemId).getSingleResult()
                + em.createQuery("SELECT COUNT(p) FROM Paper p WHERE p.agendaItem.id = :item", Long.class)
                .setParameter("item", itemId).getSingleResult();
        if (dependents > 0) {
            throw new InvalidInputException(null, "This item has actions or papers, so it stays on the record");
        }
        if (item.hasRecordedOutcome()) {
            // Minutes are the meeting's record (circulated, then approved and locked): an item that has them is not taken away.
            throw new InvalidInputException(null, "This item has minutes or decisions recorded, so it stays on the record");
        }
        List<String> pointingHere = references.stream().flatMap(r -> r.referencesToAgendaItem(itemId).stream()).toList();
        if (!pointingHere.isEmpty()) {
            throw new InvalidInputException(null, "This item is " + String.join(" and ", pointingHere) + ", so it stays on the record");
        }
        audit.record(AuditAction.AGENDA_ITEM_REMOVED, AGENDA_ITEM, itemId, item.getTitle());
        if (item.getMeeting().isAgendaPublished()) {
            recordChange(item.getMeeting(), "Taken off the agenda: " + item.getTitle());
        }
        removals.fire(new RegisterRecordRemoved(RegisterChanged.Kind.AGENDA_ITEM, itemId));
        em.remove(item);
    }

    /**
     * Stores a paper after checking its size and that its content is what its name says (PDF, DOCX
     * or XLSX). Refusals are audited, since a renamed executable is worth someone's attention.
     */
    public Paper upload(long itemId, String fileName, byte[] content) {
        AgendaItem item = papersSentBy(itemId);
        String name = FileTransfer.safeFileName(fileName);
        if (name.isEmpty()) {
            throw new InvalidInputException("paper", "Choose a file to upload");
        }
        if (content == null || content.length == 0) {
            throw new InvalidInputException("paper", "Choose a file to upload");
        }
        if (content.length > PaperType.MAX_BYTES) {
            throw refusePaper(itemId, name, "too big", "The file is larger than 20 MB. Split it or compress its images, then upload it again");
        }
        if (UploadInspection.hasDirectionControls(name)) {
            throw refusePaper(itemId, name, "name with text-direction controls", PaperType.DISGUISED_NAME);
        }
        Optional<PaperType> claimed = PaperType.claimedBy(name);
        if (claimed.isEmpty()) {
            throw refusePaper(itemId, name, "wrong type", "Upload a PDF, a Word document (.docx) or an Excel workbook (.xlsx)");
        }
        Optional<PaperType> actual = PaperType.detect(content);
        if (actual.isEmpty() || actual.get() != claimed.get()) {
            throw refusePaper(itemId, name, "content does not match name",
                    "This file is not a real " + claimed.get().extension().toUpperCase(java.util.Locale.ROOT)
                            + " file, whatever its name says. Save it again as PDF, DOCX or XLSX and upload that");
        }
        Optional<String> risk = actual.get().riskIn(content);
        if (risk.isPresent()) {
            throw refusePaper(itemId, name, risk.get(), actual.get().riskMessage(risk.get()));
        }
        Paper paper = new Paper(item, name, actual.get(), content.length, FileTransfer.sha256(content), access.requireMember(BoardId.of(item.getBoard())).username(),
                clock.utcNow());
        Meeting meeting = item.getMeeting();
        boolean late = deadlineOf(meeting).map(deadline -> deadline.isLate(clock.today())).orElse(false);
        if (late) {
            paper.markLate();
        }
        em.persist(paper);
        em.flush();
        if (meeting.isAgendaPublished()) {
            recordChange(meeting, (late ? "Paper added late to " : "Paper added to ") + item.getTitle() + ": " + name);
        }
        em.persist(new PaperContent(paper.getId(), content));
        audit.record(AuditAction.PAPER_UPLOADED, PAPER, paper.getId(), name + " (" + content.length + " bytes) on item " + itemId);
        return paper;
    }

    /**
     * The item whose papers the caller may add to: those who run the board's meetings, any item at any time; the item's
     * lead, a current member, their own item until the meeting is held or cancelled, draft agenda or not (preparing the
     * paper before the agenda goes out is the lead's part of the cycle; the papers reminder asks them for it).
     */
    private AgendaItem papersSentBy(long itemId) {
        AgendaItem item = Optional.ofNullable(em.find(AgendaItem.class, itemId)).orElseThrow(() -> new NotFoundException("No such agenda item"));
        BoardAccess.Seat seat = access.requireMember(BoardId.of(item.getBoard()));
        if (seat.managesMeetings()) {
            return item;
        }
        if (!item.isLedBy(seat.username())) {
            audit.recordRefusal(AGENDA_ITEM, itemId, "paper for an item the caller does not lead");
            throw new org.partnershipportal.platform.AccessRefusedException(ONLY_LEAD_OR_MANAGERS_ADD_PAPERS);
        }
        if (!item.getMeeting().takesPapersFromLeads()) {
            MeetingStatus status = item.getMeeting().getStatus();
            audit.recordRefusal(AGENDA_ITEM, itemId, "paper from the item's lead after the meeting was " + status.getLabel().toLowerCase(java.util.Locale.UK));
            throw new InvalidInputException("paper", (status == MeetingStatus.HELD ? "This meeting has been held" : "This meeting was cancelled")
                    + ": send any further papers to the chair, vice-chair or business support");
        }
        return item;
    }

    /**
     * A paper's bytes, for the meeting's readers ({@link MeetingReaders}: the board's members and a member's named deputy); before
     * publication, for those who run the meeting and the item's lead.
     */
    public PaperDownload download(long paperId) {
        Paper paper = Optional.ofNullable(em.find(Paper.class, paperId)).orElseThrow(() -> new NotFoundException("No such paper"));
        BoardAccess.Seat seat = readers.requireReader(paper.getAgendaItem().getMeeting());
        if (!seat.readsAgenda(paper.getAgendaItem().getMeeting().isAgendaPublished()) && !paper.getAgendaItem().isLedBy(seat.username())) {
            audit.recordRefusal(PAPER, paperId, "paper of a draft agenda");
            throw new org.partnershipportal.platform.AccessRefusedException("This paper belongs to an agenda that has not been published yet");
        }
        PaperContent content = em.find(PaperContent.class, paperId);
        audit.record(AuditAction.PAPER_DOWNLOADED, PAPER, paperId, paper.getFileName()
                + (seat.deputising() ? ", as deputy for " + seat.deputisingFor() : ""));
        return new PaperDownload(paper.getFileName(), paper.getContentType(), content.getContent());
    }

    public AgendaItem get(long itemId) {
        AgendaItem item = Optional.ofNullable(em.find(AgendaItem.class, itemId)).orElseThrow(() -> new NotFoundException("No such agenda item"));
        access.requireMember(BoardId.of(item.getBoard()));
        return item;
    }

    /** What a new agenda is offered: the board's outstanding actions from earlier meetings, and the last held meeting whose minutes await approval. */
    public record MattersArising(List<Action> actions, Meeting previousUnapproved) implements java.io.Serializable {
    }

    /**
     * What the chair may still bring back: outstanding actions not yet listed under the agenda's "Matters arising", and the
     * last held meeting's unapproved minutes unless they are on the agenda already (so nothing already added is offered
     * again, nor ticked by default).
     */
    public MattersArising mattersArising(MeetingId meetingId) {
        Meeting meeting = Optional.ofNullable(em.find(Meeting.class, meetingId.value())).orElseThrow(() -> new NotFoundException("No such meeting"));
        access.requireMeetingManager(BoardId.of(meeting.getBoard()));
        MattersArising outstanding = outstanding(meeting);
        OnTheAgenda already = onTheAgenda(meeting);
        Meeting previous = outstanding.previousUnapproved();
        return new MattersArising(outstanding.actions().stream().filter(action -> !already.lists(action)).toList(),
                previous == null || already.titles().containsKey(minutesTitle(previous)) ? null : previous);
    }

    /** The board's outstanding actions from earlier meetings, and the last held meeting whose minutes await approval; callers check access. */
    private MattersArising outstanding(Meeting meeting) {
        List<Action> actions = em.createQuery("SELECT a FROM Action a JOIN FETCH a.ownerAgency WHERE a.board = :board AND a.status IN :outstanding "
                        + "AND a.meeting <> :meeting ORDER BY a.dueOn, a.id", Action.class)
                .setParameter("board", meeting.getBoard()).setParameter("outstanding", ActionStatus.OUTSTANDING)
                .setParameter("meeting", meeting).setMaxResults(100).getResultList();
        Meeting previous = em.createQuery("SELECT m FROM Meeting m WHERE m.board = :board AND m.startsAt < :starts AND m.status = :held "
                        + "AND m.minutesStatus <> :approved ORDER BY m.startsAt DESC", Meeting.class)
                .setParameter("board", meeting.getBoard()).setParameter("starts", meeting.getStartsAt())
                .setParameter("held", MeetingStatus.HELD).setParameter("approved", MinutesStatus.APPROVED)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        return new MattersArising(actions, previous);
    }

    /**
     * The agenda's items by title, and what its "Matters arising" item lists. The items carry no link to what they were made
     * from, so their titles tell, and the matters arising item's lines.
     */
    private record OnTheAgenda(List<AgendaItem> items, java.util.Map<String, AgendaItem> titles, String listed) {
        boolean lists(Action action) {
            return listed.contains(arisingLineStart(action));
        }
    }

    private OnTheAgenda onTheAgenda(Meeting meeting) {
        List<AgendaItem> agenda = em.createQuery("SELECT i FROM AgendaItem i WHERE i.meeting = :meeting ORDER BY i.position, i.id", AgendaItem.class)
                .setParameter("meeting", meeting).getResultList();
        java.util.Map<String, AgendaItem> byTitle = new java.util.HashMap<>();
        agenda.forEach(item -> byTitle.putIfAbsent(item.getTitle(), item));
        AgendaItem arising = byTitle.get(MATTERS_ARISING);
        return new OnTheAgenda(agenda, byTitle, arising == null || arising.getDescription() == null ? "" : arising.getDescription());
    }

    private static String minutesTitle(Meeting previous) {
        return "Minutes of the last meeting (" + org.partnershipportal.platform.Wording.date(previous.getStartsAt().toLocalDate()) + ")";
    }

    /**
     * Puts the previous meeting's unapproved minutes first on the agenda, then a "Matters arising" item
     * listing the chosen outstanding actions with their owners and due dates (overdue ones marked).
     */
    public void addMattersArising(MeetingId meetingId, List<Long> actionIds, boolean previousMinutes) {
        Meeting meeting = Optional.ofNullable(em.find(Meeting.class, meetingId.value())).orElseThrow(() -> new NotFoundException("No such meeting"));
        access.requireMeetingManager(BoardId.of(meeting.getBoard()));
        // Everything outstanding, not only what is still offered: a second click or a second tab is told what is there already.
        MattersArising offered = outstanding(meeting);
        meeting.requireRecordOpen(null);
        List<Action> chosen = offered.actions().stream().filter(a -> actionIds.contains(a.getId())).toList();
        if (chosen.size() != new java.util.HashSet<>(actionIds).size()) {
            throw new InvalidInputException(null, "Choose matters arising from the board's outstanding actions");
        }
        boolean minutes = previousMinutes && offered.previousUnapproved() != null;
        if (!minutes && chosen.isEmpty()) {
            throw new InvalidInputException(null, "Choose at least one action, or the previous meeting's minutes");
        }
        // A second click, or a second tab, adds nothing twice, and an action chosen later joins the item already there.
        OnTheAgenda already = onTheAgenda(meeting);
        List<AgendaItem> agenda = already.items();
        String minutesTitle = minutes ? minutesTitle(offered.previousUnapproved()) : null;
        boolean addMinutes = minutes && !already.titles().containsKey(minutesTitle);
        AgendaItem arising = already.titles().get(MATTERS_ARISING);
        String listed = already.listed();
        List<Action> toList = chosen.stream().filter(action -> !already.lists(action)).toList();
        if (!addMinutes && toList.isEmpty()) {
            throw new InvalidInputException(null, (minutes ? "\"" + minutesTitle + "\" is on this agenda already" : "Those actions are listed under \""
                    + MATTERS_ARISING + "\" already") + ": edit that item to change it, or remove it first");
        }
        java.time.LocalDate today = clock.today();
        String arisingText = toList.isEmpty() ? null : arisingLines(toList, listed, today);
        List<AgendaItem> first = new java.util.ArrayList<>();
        if (addMinutes) {
            AgendaItem item = new AgendaItem(meeting, 0);
            Meeting previous = offered.previousUnapproved();
            item.describe(minutesTitle,
                    // Not their status (draft, circulated): written once, it would read "draft" beside the decision approving them.
                    "To approve the minutes of the meeting of " + org.partnershipportal.platform.Wording.date(previous.getStartsAt().toLocalDate())
                            + " as a correct record.",
                    null, null, 10, true);
            item.assign(ItemPurpose.FOR_DECISION, null);
            first.add(item);
        }
        if (!toList.isEmpty() && arising == null) {
            AgendaItem item = new AgendaItem(meeting, 0);
            item.describe(MATTERS_ARISING, arisingText, null, null, 15, true);
            item.assign(ItemPurpose.FOR_DISCUSSION, null);
            first.add(item);
        }
        if (!toList.isEmpty() && arising != null) {
            arising.describe(arising.getTitle(), arisingText, arising.getLeadName(), arising.getLeadAgency(),
                    arising.getMinutesAllotted(), arising.isStanding());
            if (meeting.isAgendaPublished()) {
                arising.markChangedAfterPublication(PublishedChange.CHANGED);
                recordChange(meeting, "Changed: " + MATTERS_ARISING + " (actions added)");
            }
            audit.record(AuditAction.AGENDA_ITEM_UPDATED, AGENDA_ITEM, arising.getId(), meeting.getBoard().getShortName() + ": " + MATTERS_ARISING);
            changes.fire(new RegisterChanged(RegisterChanged.Kind.AGENDA_ITEM, arising.getId()));
        }
        int position = 1;
        for (AgendaItem item : first) {
            item.moveTo(position++);
            em.persist(item);
        }
        for (AgendaItem item : agenda) {
            item.moveTo(position++);
        }
        em.flush();
        for (AgendaItem item : first) {
            if (meeting.isAgendaPublished()) {
                item.markChangedAfterPublication(PublishedChange.ADDED);
                recordChange(meeting, "Added: " + item.getTitle());
            }
            audit.record(AuditAction.AGENDA_ITEM_ADDED, AGENDA_ITEM, item.getId(), meeting.getBoard().getShortName() + ": " + item.getTitle());
            changes.fire(new RegisterChanged(RegisterChanged.Kind.AGENDA_ITEM, item.getId()));
        }
    }

    /** How an action's line in the matters arising item begins: its description and owner, which a later line for it repeats. */
    private static String arisingLineStart(Action action) {
        return "\u2022 " + action.getDescription() + " \u2014 " + action.getOwnerName() + " (";
    }

    /**
     * The matters arising text: {@code listed} (already on the item) then a line for each action; refused, with nothing
     * changed, when they do not all fit in an item's description, rather than leaving some out without a word.
     */
    private static String arisingLines(List<Action> actions, String listed, java.time.LocalDate today) {
        StringBuilder text = new StringBuilder(listed.isBlank() ? "" : listed.trim() + "\n");
        int added = 0;
        for (Action action : actions) {
            String line = arisingLineStart(action) + action.getOwnerAgency().getShortName()
                    + "), due " + org.partnershipportal.platform.Wording.date(action.getDueOn())
                    + ", " + action.shownOn(today).label().toLowerCase(java.util.Locale.UK) + "\n";
            if (text.length() + line.length() > AgendaItem.DESCRIPTION_MAX) {
                throw new InvalidInputException(null, "Only " + org.partnershipportal.platform.Wording.count(added, "more action")
                        + " of those chosen fit in the matters arising item: choose fewer, or add the rest as an item of their own");
            }
            text.append(line);
            added++;
        }
        return text.toString().trim();
    }

    /** The day papers for this meeting are due (empty when the bank holidays of its year are not known yet). */
    public java.util.Optional<PapersDeadline> deadlineOf(Meeting meeting) {
        return PapersDeadline.of(meeting.getStartsAt().toLocalDate(), meeting.getBoard().getPapersDeadlineDays(), workingDays.calendar());
    }

    /** Changes made to a published agenda, oldest first. For the meeting's readers ({@link MeetingReaders}). */
    public List<AgendaChange> changesTo(MeetingId meetingId) {
        Meeting meeting = Optional.ofNullable(em.find(Meeting.class, meetingId.value())).orElseThrow(() -> new NotFoundException("No such meeting"));
        readers.requireReader(meeting);
        return em.createQuery("SELECT c FROM AgendaChange c WHERE c.meeting.id = :meeting ORDER BY c.changedAt, c.id", AgendaChange.class)
                .setParameter("meeting", meetingId.value()).setMaxResults(500).getResultList();
    }

    /** The board's current members, who may lead an item and be reminded about its paper. */
    public List<org.partnershipportal.boards.Membership> possibleLeads(BoardId boardId) {
        access.requireMeetingManager(boardId);
        return em.createQuery("SELECT m FROM Membership m JOIN FETCH m.member JOIN FETCH m.representing WHERE m.board.id = :board AND "
                        + org.partnershipportal.boards.Membership.CURRENT_ON_TODAY + " ORDER BY m.member.fullName", org.partnershipportal.boards.Membership.class)
                .setParameter("board", boardId.value()).setParameter("today", clock.today()).getResultList();
    }

    public List<Agency> agencies() {
        return em.createQuery("SELECT a FROM Agency a ORDER BY a.name", Agency.class).getResultList();
    }

    private AgendaItem managed(long itemId) {
        AgendaItem item = Optional.ofNullable(em.find(AgendaItem.class, itemId)).orElseThrow(() -> new NotFoundException("No such agenda item"));
        access.requireMeetingManager(BoardId.of(item.getBoard()));
        return item;
    }

    private void recordChange(Meeting meeting, String what) {
        em.persist(new AgendaChange(meeting, clock.utcNow(), access.requireMember(BoardId.of(meeting.getBoard())).username(), what));
    }

    /** In words, what a member would want to know changed; null when nothing they see changed. */
    static String describeChange(String titleBefore, String descriptionBefore, ItemPurpose purposeBefore, AgendaItem after) {
        List<String> parts = new java.util.ArrayList<>();
        if (!java.util.Objects.equals(titleBefore, after.getTitle())) {
            parts.add("title was \u201c" + titleBefore + "\u201d");
        }
        if (!java.util.Objects.equals(descriptionBefore, after.getDescription())) {
            parts.add("description changed");
        }
        if (purposeBefore != after.getPurpose()) {
            parts.add("now " + (after.getPurpose() == null ? "no purpose given" : after.getPurpose().getLabel().toLowerCase(java.util.Locale.UK)));
        }
        return parts.isEmpty() ? null : "Changed: " + after.getTitle() + " (" + String.join("; ", parts) + ")";
    }

    /** A lead's account must be a current member of the board: the reminder is about the board's own papers. */
    private org.partnershipportal.identity.UserAccount leadAccount(BoardId boardId, Long userId) {
        if (userId == null) {
            return null;
        }
        return possibleLeads(boardId).stream().map(org.partnershipportal.boards.Membership::getMember)
                .filter(u -> u.getId().equals(userId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("leadUserId", "Choose the lead from the board's members, or leave it empty"));
    }

    private Agency agency(Long agencyId) {
        if (agencyId == null) {
            return null;
        }
        return Optional.ofNullable(em.find(Agency.class, agencyId))
                .orElseThrow(() -> new InvalidInputException("leadAgencyId", "Choose an agency from the list"));
    }

    private static void requireVersion(AgendaItem item, long expectedVersion) {
        if (item.getVersion() != expectedVersion) {
            throw new ConflictException("Someone else changed this agenda item while you were editing. Reload to see their changes.");
        }
    }

    private InvalidInputException refusePaper(long itemId, String name, String why, String message) {
        audit.recordIndependently(AuditAction.PAPER_REFUSED, AGENDA_ITEM, itemId, why + ": " + name);
        return new InvalidInputException("paper", message);
    }
}
