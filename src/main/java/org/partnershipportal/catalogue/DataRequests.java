package org.partnershipportal.catalogue;

import org.partnershipportal.platform.Wording;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Validator;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.boards.Board;
import org.partnershipportal.boards.BoardAccess;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.identity.AgencyRecords;
import org.partnershipportal.identity.MyAccount;
import org.partnershipportal.identity.UserAccount;
import org.partnershipportal.meetings.Action;
import org.partnershipportal.meetings.AgendaItem;
import org.partnershipportal.meetings.Meeting;
import org.partnershipportal.meetings.MeetingStatus;
import org.partnershipportal.meetings.PaperType;
import org.partnershipportal.platform.AccessRefusedException;
import org.partnershipportal.platform.CallerPermissions;
import org.partnershipportal.platform.ConflictException;
import org.partnershipportal.platform.FileTransfer;
import org.partnershipportal.platform.InputRules;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.MailSettings;
import org.partnershipportal.platform.NotFoundException;
import org.partnershipportal.platform.Permission;

import java.io.Serializable;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Data requests: a board member asks, the data leads of the agencies holding the data answer.
 * Who sees a request: its requester, current members of its board, the data leads of the agencies
 * it went to, and administrators; nobody else, whatever page or request they try. Only those data
 * leads move it on, one step at a time. Each change is audited and e-mailed once committed.
 */
@Stateless
@RolesAllowed(Permission.Name.READ_CATALOGUE)
public class DataRequests {


    @PersistenceContext
    EntityManager em;

    /** Moments are stored as UTC from the portal's clock (PortalClock's time policy). */
    @Inject
    org.partnershipportal.platform.PortalClock clock;

    @Inject
    AgencyRecords agencyRecords;

    @Inject
    SecurityContext security;

    @Inject
    CallerPermissions may;

    @Inject
    Validator validator;

    @Inject
    AuditLog audit;

    @Inject
    BoardAccess access;

    @Inject
    Catalogue catalogue;

    @Inject
    MailSettings mailSettings;

    @Inject
    Event<RequestNotice> notices;

    @Inject
    MyAccount myAccount;

    @Inject
    ServiceLevels serviceLevels;

    @Inject
    AnswerCoverage coverage;

    /** Which requests a list shows. */
    public enum Scope { RAISED_BY_ME, MY_BOARDS, MY_AGENCY }

    // ---- raising

    public DataRequest raise(RequestForm form) {
        InputRules.requireValid(validator, form);
        StrategicAsk ask = Optional.ofNullable(em.find(StrategicAsk.class, form.getAskId()))
                .orElseThrow(() -> new InvalidInputException("askId", "Choose an ask from the list"));
        Board board = Optional.ofNullable(em.find(Board.class, form.getBoardId()))
                .orElseThrow(() -> new InvalidInputException("boardId", "Choose one of your boards"));
        access.requireMember(board.getId());
        if (ask.getStatus() != AskStatus.OPEN) {
            throw new InvalidInputException("askId", "This ask is " + ask.getStatus().getLabel().toLowerCase(Locale.ROOT) + "; reopen it before requesting data for it");
        }
        Meeting meeting = null;
        if (form.getMeetingId() != null) {
            meeting = Optional.ofNullable(em.find(Meeting.class, form.getMeetingId()))
                    .filter(m -> m.getBoard().equals(board) && m.getStatus() == MeetingStatus.PLANNED && m.getStartsAt().isAfter(clock.localNow()))
                    .orElseThrow(() -> new InvalidInputException("meetingId", "Choose one of the board's planned meetings"));
            if (meeting.getStartsAt().toLocalDate().isBefore(form.getNeededBy())) {
                throw new InvalidInputException("neededBy", "The meeting is before the date you need the data by; choose an earlier date");
            }
        }
        Set<Dataset> datasets = new HashSet<>();
        List<Long> datasetIds = form.datasetIds();
        if (!datasetIds.isEmpty()) {
            datasets.addAll(em.createQuery("SELECT d FROM Dataset d WHERE d.id IN :ids", Dataset.class).setParameter("ids", datasetIds).getResultList());
            if (datasets.size() != new HashSet<>(datasetIds).size()) {
                throw new InvalidInputException("datasetSelection", "Choose datasets from the catalogue");
            }
        }
        Set<Agency> agencies = new LinkedHashSet<>();
        datasets.forEach(d -> agencies.add(d.getAgency()));
        List<Long> agencyIds = form.agencyIds();
        if (!agencyIds.isEmpty()) {
            List<Agency> chosen = em.createQuery("SELECT a FROM Agency a WHERE a.id IN :ids", Agency.class).setParameter("ids", agencyIds).getResultList();
            if (chosen.size() != new HashSet<>(agencyIds).size()) {
                throw new InvalidInputException("agencySelection", "Choose agencies from the list");
            }
            agencies.addAll(chosen);
        }
        if (agencies.isEmpty()) {
            throw new InvalidInputException("datasetSelection", "Name the datasets you need, or the agencies you think hold the data");
        }
        UserAccount requester = caller();
        LocalDateTime now = clock.utcNow();
        DataRequest request = new DataRequest(ask, board, requester, form.getWhatNeeded(), form.getWhyNeeded(), form.getNeededBy(), meeting,
                datasets, agencies, now);
        serviceLevels.startClock(request);
        em.persist(request);
        em.flush();
        em.persist(new DataRequestEntry(request, requester.getUsername(), now, null, RequestStatus.SUBMITTED, null));
        audit.record(AuditAction.DATA_REQUEST_RAISED, "data-request", request.getId(), board.getShortName() + " to "
                + agencies.stream().map(Agency::getShortName).sorted().collect(Collectors.joining(", ")));
        List<RequestNotice.Mail> mails = new ArrayList<>();
        for (UserAccount lead : agencyRecords.answeringFor(agencies)) {
            mails.add(mail(lead, "New data request from " + board.getName(), request,
                    requester.getFullName() + " (" + board.getName() + ") asks your agency for data.\n\n"
                            + "Ask: " + ask.getQuestion() + "\n\nWhat is needed: " + request.getWhatNeeded() + "\n\nWhy: " + request.getWhyNeeded()
                            + "\n\nNeeded by " + Wording.date(request.getNeededBy()) + ".\n"));
        }
        notices.fire(new RequestNotice(mails));
        return request;
    }

    /** Boards a request can be raised for: the caller's. */
    public List<Board> requestingBoards() {
        List<Long> ids = access.boardsOfCaller();
        return ids.isEmpty() ? List.of()
                : em.createQuery("SELECT b FROM Board b WHERE b.id IN :ids ORDER BY b.name", Board.class).setParameter("ids", ids).getResultList();
    }

    public List<Meeting> plannedMeetings(long boardId) {
        access.requireMember(boardId);
        return em.createQuery("SELECT m FROM Meeting m WHERE m.board.id = :board AND m.status = :planned AND m.startsAt > :now ORDER BY m.startsAt",
                        Meeting.class).setParameter("board", boardId).setParameter("planned", MeetingStatus.PLANNED)
                .setParameter("now", clock.localNow()).setMaxResults(12).getResultList();
    }

    // ---- reading

    public DataRequest open(long requestId) {
        DataRequest request = find(requestId);
        if (!mayRead(request)) {
            audit.recordRefusal("data-request", requestId, "not the requester, on its board, or a data lead it went to");
            throw new AccessRefusedException("This request is for " + request.getBoard().getName() + "; only its members and the data leads it went to can see it");
        }
        return request;
    }

    public boolean mayRead(DataRequest request) {
        return readableByCaller().test(request);
    }

    /** The read rule for many requests at once: who the caller is, and their boards, are looked up once. */
    public Predicate<DataRequest> readableByCaller() {
        if (may.holds(Permission.SEE_EVERY_DATA_REQUEST)) {
            return request -> true;
        }
        UserAccount me = caller();
        Set<Long> myBoards = new HashSet<>(access.boardsOfCaller());
        Set<Long> transferredFromMine = transferredFromAgencyOf(me);
        return request -> request.getRequester().equals(me) || myBoards.contains(request.getBoard().getId()) || handles(request, me)
                || transferredFromMine.contains(request.getId());
    }

    /** Requests a data lead's agency passed on to another: the agency still sees what became of them. */
    private Set<Long> transferredFromAgencyOf(UserAccount user) {
        if (user == null || !user.holds(Permission.ANSWER_DATA_REQUESTS) || user.getAgency() == null) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT DISTINCT t.request.id FROM DataRequestTransfer t WHERE t.from = :agency", Long.class)
                .setParameter("agency", user.getAgency()).getResultList());
    }

    /** The caller is a data lead of an agency the request went to. */
    public boolean mayHandle(DataRequest request) {
        return handles(request, caller());
    }

    private static boolean handles(DataRequest request, UserAccount user) {
        return user != null && user.holds(Permission.ANSWER_DATA_REQUESTS) && request.getAgencies().contains(user.getAgency());
    }

    public List<DataRequestEntry> timeline(long requestId) {
        open(requestId);
        return em.createQuery("SELECT e FROM DataRequestEntry e WHERE e.request.id = :id ORDER BY e.writtenAt, e.id", DataRequestEntry.class)
                .setParameter("id", requestId).getResultList();
    }

    public long count(Scope scope, boolean openOnly) {
        var query = em.createQuery("SELECT COUNT(r) FROM DataRequest r" + where(scope, openOnly), Long.class);
        return bindScope(query, scope, openOnly).getSingleResult();
    }

    public List<DataRequest> list(Scope scope, boolean openOnly, int first, int pageSize) {
        var query = em.createQuery("SELECT r FROM DataRequest r JOIN FETCH r.ask JOIN FETCH r.board JOIN FETCH r.requester"
                + where(scope, openOnly) + " ORDER BY CASE WHEN r.closedAt IS NULL THEN 0 ELSE 1 END, r.neededBy, r.id", DataRequest.class);
        return bindScope(query, scope, openOnly)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(100, pageSize))).getResultList();
    }

    private static String where(Scope scope, boolean openOnly) {
        String who = switch (scope) {
            case RAISED_BY_ME -> " WHERE r.requester.username = :me";
            case MY_BOARDS -> " WHERE r.board.id IN :boards";
            case MY_AGENCY -> " WHERE :agency MEMBER OF r.agencies";
        };
        return who + (openOnly ? " AND r.status IN :open" : "");
    }

    private <Q extends jakarta.persistence.TypedQuery<?>> Q bindScope(Q query, Scope scope, boolean openOnly) {
        UserAccount me = caller();
        switch (scope) {
            case RAISED_BY_ME -> query.setParameter("me", me.getUsername());
            case MY_BOARDS -> {
                List<Long> boards = access.boardsOfCaller();
                query.setParameter("boards", boards.isEmpty() ? List.of(-1L) : boards);
            }
            case MY_AGENCY -> {
                if (!me.holds(Permission.ANSWER_DATA_REQUESTS)) {
                    throw new AccessRefusedException("Only data leads have an agency queue");
                }
                query.setParameter("agency", me.getAgency());
            }
        }
        if (openOnly) {
            query.setParameter("open", List.of(RequestStatus.SUBMITTED, RequestStatus.ACCEPTED, RequestStatus.IN_PROGRESS));
        }
        return query;
    }

    /** Open requests past their date in the caller's queue (data leads) or raised by them. */
    public long overdueForCaller() {
        UserAccount me = caller();
        String who = me.holds(Permission.ANSWER_DATA_REQUESTS) ? "(r.requester = :me OR :agency MEMBER OF r.agencies)" : "r.requester = :me";
        var query = em.createQuery("SELECT COUNT(r) FROM DataRequest r WHERE " + who + " AND r.status IN :open AND r.neededBy < :today", Long.class)
                .setParameter("me", me).setParameter("open", List.of(RequestStatus.SUBMITTED, RequestStatus.ACCEPTED, RequestStatus.IN_PROGRESS))
                .setParameter("today", LocalDate.now());
        if (me.holds(Permission.ANSWER_DATA_REQUESTS)) {
            query.setParameter("agency", me.getAgency());
        }
        return query.getSingleResult();
    }

    // ---- the workflow

    public DataRequest accept(long requestId, long expectedVersion, String note) {
        return move(requestId, expectedVersion, RequestStatus.ACCEPTED, clean(note, "note"));
    }

    public DataRequest start(long requestId, long expectedVersion, String note) {
        return move(requestId, expectedVersion, RequestStatus.IN_PROGRESS, clean(note, "note"));
    }

    /** An answer: its text, and a file (PDF, DOCX, XLSX, checked by content) or an https link; and the datasets it drew on. */
    public DataRequest answer(long requestId, long expectedVersion, String text, String link, String fileName, byte[] file, List<Long> usedDatasetIds,
                              boolean sharesPersonalData, Long agreementId) {
        DataRequest request = requireHandler(requestId, expectedVersion);
        String answer = InputRules.trimmed(text);
        if (answer == null) {
            throw new InvalidInputException("answerText", "Write the answer: what the data shows, and its limits");
        }
        if (answer.length() > DataRequest.ANSWER_MAX) {
            throw new InvalidInputException("answerText", "Use at most " + DataRequest.ANSWER_MAX + " characters");
        }
        String cleanLink = InputRules.trimmed(link);
        if (cleanLink != null) {
            requireHttpsLink(cleanLink);
        }
        boolean hasFile = file != null && file.length > 0;
        if (cleanLink == null && !hasFile) {
            throw new InvalidInputException("answerLink", "Attach the data as a file, or give the https link where it can be found");
        }
        PaperType type = null;
        if (hasFile) {
            type = checkedFile(request.getId(), fileName, file);
        }
        request.requireMayMoveTo(RequestStatus.ANSWERED);
        Set<Dataset> used = new HashSet<>();
        if (usedDatasetIds != null && !usedDatasetIds.isEmpty()) {
            used.addAll(em.createQuery("SELECT d FROM Dataset d WHERE d.id IN :ids AND d.agency = :agency", Dataset.class)
                    .setParameter("ids", usedDatasetIds).setParameter("agency", caller().getAgency()).getResultList());
        }
        SharingAgreement agreement = coverage.requireCovered(request, caller().getAgency(), used, sharesPersonalData, agreementId);
        request.getDatasets().addAll(used);
        request.answer(answer, cleanLink);
        request.answerShares(sharesPersonalData, agreement);
        if (hasFile) {
            em.persist(new DataRequestFile(requestId, FileTransfer.safeFileName(fileName), type.contentType(), file));
        }
        return record(request, RequestStatus.ANSWERED, null);
    }

    public DataRequest decline(long requestId, long expectedVersion, DeclineReason reason, String detail) {
        DataRequest request = requireHandler(requestId, expectedVersion);
        if (reason == null) {
            throw new InvalidInputException("declineReason", "Choose why the request is declined");
        }
        String cleanDetail = clean(detail, "declineDetail");
        if (cleanDetail != null && cleanDetail.length() > 1000) {
            throw new InvalidInputException("declineDetail", "Use at most 1000 characters");
        }
        if (cleanDetail == null) {
            throw new InvalidInputException("declineDetail", "Say in a few words why, and what the requester can do instead");
        }
        request.requireMayMoveTo(RequestStatus.DECLINED);
        request.decline(reason, cleanDetail);
        return record(request, RequestStatus.DECLINED, reason.getLabel() + (cleanDetail == null ? "" : ": " + cleanDetail));
    }

    private DataRequest move(long requestId, long expectedVersion, RequestStatus target, String note) {
        DataRequest request = requireHandler(requestId, expectedVersion);
        return record(request, target, note);
    }

    private DataRequest record(DataRequest request, RequestStatus target, String note) {
        UserAccount me = caller();
        LocalDateTime now = clock.utcNow();
        RequestStatus from = request.moveTo(target, me.getUsername(), now);
        if (target == RequestStatus.ACCEPTED) {
            serviceLevels.accepted(request);
        }
        em.persist(new DataRequestEntry(request, me.getUsername(), now, from, target, note));
        em.flush();
        audit.record(AuditAction.DATA_REQUEST_MOVED, "data-request", request.getId(), from + " -> " + target);
        String who = me.getFullName() + " (" + me.getAgency().getShortName() + ")";
        String what = switch (target) {
            case ACCEPTED -> who + " has accepted your data request.";
            case IN_PROGRESS -> who + " is working on your data request.";
            case ANSWERED -> who + " has answered your data request.\n\n" + request.getAnswerText();
            case DECLINED -> who + " has declined your data request.\n\nReason: " + note;
            case SUBMITTED -> "";
        };
        notices.fire(new RequestNotice(List.of(mail(request.getRequester(), "Data request " + target.getLabel().toLowerCase(Locale.ROOT)
                + ": " + abbreviated(request.getAsk().getQuestion()), request, what + (note != null && target != RequestStatus.DECLINED ? "\n\nNote: " + note : "") + "\n"))));
        return request;
    }

    private DataRequest requireHandler(long requestId, long expectedVersion) {
        DataRequest request = open(requestId);
        if (!mayHandle(request)) {
            audit.recordRefusal("data-request", requestId, "not a data lead of an agency it went to");
            throw new AccessRefusedException("Only the data leads of " + request.getAgencyList().stream().map(Agency::getShortName)
                    .collect(Collectors.joining(", ")) + " can act on this request");
        }
        if (request.getVersion() != expectedVersion) {
            throw new ConflictException("This request changed while you were looking at it (now: " + request.getStatus().getLabel().toLowerCase(Locale.ROOT)
                    + "). Reload to see the change.");
        }
        return request;
    }

    private PaperType checkedFile(long requestId, String fileName, byte[] file) {
        String name = FileTransfer.safeFileName(fileName == null ? "" : fileName);
        if (file.length > PaperType.MAX_BYTES) {
            throw new InvalidInputException("answerFile", "The file is larger than 20 MB. Share it through a link instead");
        }
        if (org.partnershipportal.platform.UploadInspection.hasDirectionControls(name)) {
            throw refuseFile(requestId, name, "name with text-direction controls", PaperType.DISGUISED_NAME);
        }
        Optional<PaperType> claimed = PaperType.claimedBy(name);
        Optional<PaperType> actual = PaperType.detect(file);
        if (claimed.isEmpty() || actual.isEmpty() || actual.get() != claimed.get()) {
            throw refuseFile(requestId, name, "content does not match name",
                    "Attach a real PDF, Word (.docx) or Excel (.xlsx) file; this one is not, whatever its name says");
        }
        Optional<String> risk = actual.get().riskIn(file);
        if (risk.isPresent()) {
            throw refuseFile(requestId, name, risk.get(), actual.get().riskMessage(risk.get()));
        }
        return actual.get();
    }

    /** A refused answer file is audited even though the answer itself is not saved. */
    private InvalidInputException refuseFile(long requestId, String name, String why, String message) {
        audit.recordIndependently(AuditAction.PAPER_REFUSED, "data-request", requestId, why + ": " + name);
        return new InvalidInputException("answerFile", message);
    }

    private static void requireHttpsLink(String link) {
        try {
            URI uri = new URI(link);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || link.length() > 500) {
                throw new InvalidInputException("answerLink", "Give a full https:// link (at most 500 characters)");
            }
        } catch (java.net.URISyntaxException e) {
            throw new InvalidInputException("answerLink", "Give a full https:// link (at most 500 characters)");
        }
    }

    // ---- comments

    public DataRequestEntry comment(long requestId, String text) {
        DataRequest request = open(requestId);
        String body = InputRules.trimmed(text);
        if (body == null) {
            throw new InvalidInputException("comment", "Write your comment first");
        }
        if (body.length() > DataRequestEntry.BODY_MAX) {
            throw new InvalidInputException("comment", "Use at most " + DataRequestEntry.BODY_MAX + " characters");
        }
        UserAccount me = caller();
        DataRequestEntry entry = new DataRequestEntry(request, me.getUsername(), clock.utcNow(), null, null, body);
        em.persist(entry);
        audit.record(AuditAction.DATA_REQUEST_COMMENTED, "data-request", requestId, null);
        Set<UserAccount> recipients = new LinkedHashSet<>();
        if (!request.getRequester().equals(me)) {
            recipients.add(request.getRequester());
        }
        if (!handles(request, me)) {
            recipients.addAll(agencyRecords.answeringFor(request.getAgencies()));
        } else {
            agencyRecords.answeringFor(request.getAgencies()).stream().filter(u -> !u.equals(me)).forEach(recipients::add);
        }
        notices.fire(new RequestNotice(recipients.stream().map(to -> mail(to, "New comment on a data request: " + abbreviated(request.getAsk().getQuestion()),
                request, me.getFullName() + " wrote:\n\n" + body + "\n")).toList()));
        return entry;
    }

    // ---- the answer's file

    public record AnswerFile(String fileName, String contentType, byte[] content) implements Serializable {
    }

    public Optional<AnswerFile> answerFileInfo(long requestId) {
        open(requestId);
        return em.createQuery("SELECT f.fileName, f.contentType, f.sizeBytes FROM DataRequestFile f WHERE f.requestId = :id", Object[].class)
                .setParameter("id", requestId).getResultStream().findFirst()
                .map(r -> new AnswerFile((String) r[0] + " (" + FileTransfer.sizeLabel((Long) r[2]) + ")", (String) r[1], null));
    }

    public AnswerFile answerFile(long requestId) {
        open(requestId);
        DataRequestFile file = Optional.ofNullable(em.find(DataRequestFile.class, requestId)).orElseThrow(() -> new NotFoundException("No file"));
        audit.record(AuditAction.DATA_REQUEST_FILE_READ, "data-request", requestId, file.getFileName());
        return new AnswerFile(file.getFileName(), file.getContentType(), file.getContent());
    }

    // ---- citing an answer: the feedback loop

    /** Something on the caller's boards an answer can be cited on. */
    public record CitationChoice(String key, String label) implements Serializable {
    }

    public boolean mayCite(DataRequest request) {
        return request.getStatus() == RequestStatus.ANSWERED && !access.boardsOfCaller().isEmpty() && mayRead(request);
    }

    /** Agenda items of the last and next six months' meetings, and open actions, on boards the caller sits on. */
    public List<CitationChoice> citationChoices() {
        List<Long> boards = access.boardsOfCaller();
        if (boards.isEmpty()) {
            return List.of();
        }
        LocalDateTime now = clock.localNow();
        List<CitationChoice> choices = new ArrayList<>();
        em.createQuery("SELECT i FROM AgendaItem i JOIN FETCH i.meeting m JOIN FETCH m.board WHERE m.board.id IN :boards "
                        + "AND m.startsAt BETWEEN :from AND :to AND i.standing = FALSE ORDER BY m.startsAt DESC, i.position", AgendaItem.class)
                .setParameter("boards", boards).setParameter("from", now.minusMonths(6)).setParameter("to", now.plusMonths(6)).setMaxResults(150)
                .getResultStream().forEach(i -> choices.add(new CitationChoice("item:" + i.getId(), i.getMeeting().getBoard().getShortName() + ", "
                        + Wording.date(i.getMeeting().getStartsAt()) + ": " + i.getTitle())));
        em.createQuery("SELECT a FROM Action a JOIN FETCH a.board WHERE a.board.id IN :boards AND a.status IN :open ORDER BY a.dueOn", Action.class)
                .setParameter("boards", boards).setParameter("open", org.partnershipportal.meetings.ActionStatus.OUTSTANDING).setMaxResults(150)
                .getResultStream().forEach(a -> choices.add(new CitationChoice("action:" + a.getId(), "Action, " + a.getBoard().getShortName() + ": "
                        + abbreviated(a.getDescription()))));
        return choices;
    }

    public DataRequestCitation cite(long requestId, String choiceKey) {
        DataRequest request = open(requestId);
        if (request.getStatus() != RequestStatus.ANSWERED) {
            throw new ConflictException("Only an answered request can be cited");
        }
        if (choiceKey == null || !choiceKey.matches("(item|action):\\d{1,18}")) {
            throw new InvalidInputException("citation", "Choose the agenda item or action that used this answer");
        }
        long id = Long.parseLong(choiceKey.substring(choiceKey.indexOf(':') + 1));
        AgendaItem item = null;
        Action action = null;
        Board board;
        if (choiceKey.startsWith("item:")) {
            item = Optional.ofNullable(em.find(AgendaItem.class, id)).orElseThrow(() -> new InvalidInputException("citation", "Choose an agenda item from the list"));
            board = item.getMeeting().getBoard();
        } else {
            action = Optional.ofNullable(em.find(Action.class, id)).orElseThrow(() -> new InvalidInputException("citation", "Choose an action from the list"));
            board = action.getBoard();
        }
        access.requireMember(board.getId());
        String field = item != null ? "agendaItem" : "action";
        Object target = item != null ? item : action;
        boolean already = !em.createQuery("SELECT c.id FROM DataRequestCitation c WHERE c.request = :request AND c." + field + " = :target", Long.class)
                .setParameter("request", request).setParameter("target", target).getResultList().isEmpty();
        if (already) {
            throw new InvalidInputException("citation", "This answer is already cited there");
        }
        DataRequestCitation citation = new DataRequestCitation(request, item, action, caller().getUsername(), clock.utcNow());
        em.persist(citation);
        audit.record(AuditAction.DATA_REQUEST_CITED, "data-request", requestId, choiceKey);
        return citation;
    }

    /** A citation as a reader may see it: the board and date always; the item's words only to the board's members. */
    public record CitationView(String kind, String boardName, LocalDate on, String label, String path) implements Serializable {
    }

    public List<CitationView> citations(long requestId) {
        DataRequest request = open(requestId);
        return citationsOf(List.of(request)).getOrDefault(requestId, List.of());
    }

    /** The citations of requests the caller may read, by request, in one query; the caller's boards are read once. */
    public Map<Long, List<CitationView>> citationsOf(List<DataRequest> readable) {
        if (readable.isEmpty()) {
            return Map.of();
        }
        Set<Long> myBoards = new HashSet<>(access.boardsOfCaller());
        return em.createQuery("SELECT c FROM DataRequestCitation c WHERE c.request IN :requests ORDER BY c.citedAt", DataRequestCitation.class)
                .setParameter("requests", readable).getResultStream()
                .collect(Collectors.groupingBy(c -> c.getRequest().getId(), Collectors.mapping(c -> view(c, myBoards), Collectors.toList())));
    }

    private static CitationView view(DataRequestCitation c, Set<Long> myBoards) {
        if (c.getAgendaItem() != null) {
            AgendaItem item = c.getAgendaItem();
            Board board = item.getMeeting().getBoard();
            boolean member = myBoards.contains(board.getId());
            return new CitationView("Agenda item", board.getName(), item.getMeeting().getStartsAt().toLocalDate(),
                    member ? item.getTitle() : null, member ? "/meetings/meeting.xhtml?id=" + item.getMeeting().getId() : null);
        }
        Action action = c.getAction();
        boolean member = myBoards.contains(action.getBoard().getId());
        return new CitationView("Action", action.getBoard().getName(), action.getDueOn(),
                member ? action.getDescription() : null, member ? "/actions/action.xhtml?id=" + action.getId() : null);
    }

    // ---- helpers

    private DataRequest find(long requestId) {
        return Optional.ofNullable(em.find(DataRequest.class, requestId)).orElseThrow(() -> new NotFoundException("No such data request"));
    }

    public UserAccount caller() {
        return myAccount.current().orElseThrow(() -> new AccessRefusedException("Sign in first"));
    }


    private RequestNotice.Mail mail(UserAccount to, String subject, DataRequest request, String text) {
        return new RequestNotice.Mail(to.getEmail(), subject, "Dear " + to.getFullName() + ",\n\n" + text
                + "\nOpen the request: " + mailSettings.portalUrl() + "/catalogue/request.xhtml?id=" + request.getId()
                + "\n\nPartnership Portal\n");
    }

    private static String abbreviated(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }

    private static String clean(String text, String field) {
        String trimmed = InputRules.trimmed(text);
        if (trimmed != null && trimmed.length() > DataRequestEntry.BODY_MAX) {
            throw new InvalidInputException(field, "Use at most " + DataRequestEntry.BODY_MAX + " characters");
        }
        return trimmed;
    }
}
