package org.partnershipportal.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Validator;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.boards.Board;
import org.partnershipportal.boards.BoardAccess;
import org.partnershipportal.boards.BoardId;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.identity.UserAccount;
import org.partnershipportal.meetings.Meeting;
import org.partnershipportal.meetings.MeetingStatus;
import org.partnershipportal.meetings.PaperType;
import org.partnershipportal.platform.AccessRefusedException;
import org.partnershipportal.platform.ConflictException;
import org.partnershipportal.platform.FileTransfer;
import org.partnershipportal.platform.InputRules;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.NotFoundException;
import org.partnershipportal.platform.Permission;

import java.io.Serializable;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Data requests, the workflow: a board member asks, the data leads of the agencies holding the data
 * answer. Who sees a request is {@link DataRequestQueries}' rule (every step opens the request there);
 * only those data leads move it on, one step at a time. Each change is audited and e-mailed
 * ({@link RequestMails}) once committed; citing an answer is {@link AnswerCitations}.
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
    SecurityContext security;

    @Inject
    Validator validator;

    @Inject
    AuditLog audit;

    @Inject
    BoardAccess access;

    @Inject
    RequestMails mails;

    @Inject
    DataRequestQueries queries;

    @Inject
    ServiceLevels serviceLevels;

    @Inject
    AnswerCoverage coverage;

    // ---- raising

    /**
     * Raises the request: one to each agency named or holding a chosen dataset, with that agency's datasets,
     * so each agency accepts, declines and answers its own. Returns them, the first (by agency) first.
     */
    public List<DataRequest> raise(RequestForm form) {
        InputRules.requireValid(validator, form);
        InputRules.requireNotFarAhead("neededBy", form.getNeededBy(), clock.today());
        StrategicAsk ask = Optional.ofNullable(em.find(StrategicAsk.class, form.getAskId()))
                .orElseThrow(() -> new InvalidInputException("askId", "Choose an ask from the list"));
        Board board = Optional.ofNullable(em.find(Board.class, form.getBoardId()))
                .orElseThrow(() -> new InvalidInputException("boardId", "Choose one of your boards"));
        access.requireMember(BoardId.of(board));
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
        List<DataRequest> raised = new ArrayList<>();
        for (Agency agency : agencies.stream().sorted(Comparator.comparing(Agency::getShortName)).toList()) {
            Set<Dataset> held = datasets.stream().filter(d -> d.getAgency().equals(agency)).collect(Collectors.toSet());
            DataRequest request = new DataRequest(ask, board, requester, form.getWhatNeeded(), form.getWhyNeeded(), form.getNeededBy(), meeting,
                    held, Set.of(agency), now);
            if (!raised.isEmpty()) {
                request.raisedWith(raised.get(0));
            }
            serviceLevels.startClock(request);
            em.persist(request);
            em.flush();
            em.persist(new DataRequestEntry(request, requester.getUsername(), now, null, RequestStatus.SUBMITTED, null));
            audit.record(AuditAction.DATA_REQUEST_RAISED, "data-request", request.getId(), board.getShortName() + " to " + agency.getShortName()
                    + (raised.isEmpty() ? "" : ", raised with request " + raised.get(0).getId()));
            mails.raised(request);
            raised.add(request);
        }
        return raised;
    }

    /** Boards a request can be raised for: the caller's. */
    public List<Board> requestingBoards() {
        List<Long> ids = access.boardsOfCaller();
        return ids.isEmpty() ? List.of()
                : em.createQuery("SELECT b FROM Board b WHERE b.id IN :ids ORDER BY b.name", Board.class).setParameter("ids", ids).getResultList();
    }

    public List<Meeting> plannedMeetings(BoardId boardId) {
        access.requireMember(boardId);
        return em.createQuery("SELECT m FROM Meeting m WHERE m.board.id = :board AND m.status = :planned AND m.startsAt > :now ORDER BY m.startsAt",
                        Meeting.class).setParameter("board", boardId.value()).setParameter("planned", MeetingStatus.PLANNED)
                .setParameter("now", clock.localNow()).setMaxResults(12).getResultList();
    }

    // ---- the workflow

    public DataRequest accept(long requestId, long expectedVersion, String note) {
        return move(requestId, expectedVersion, RequestStatus.ACCEPTED, clean(note, DataRequestEntry.BODY_MAX, "note"));
    }

    public DataRequest start(long requestId, long expectedVersion, String note) {
        return move(requestId, expectedVersion, RequestStatus.IN_PROGRESS, clean(note, DataRequestEntry.BODY_MAX, "note"));
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
        String cleanDetail = clean(detail, DataRequest.DECLINE_DETAIL_MAX, "declineDetail");
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
        mails.moved(request, target, note, me);
        return request;
    }

    private DataRequest requireHandler(long requestId, long expectedVersion) {
        DataRequest request = queries.open(requestId);
        if (!queries.mayHandle(request)) {
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
        DataRequest request = queries.open(requestId);
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
        mails.commented(request, me, body);
        return entry;
    }

    // ---- the answer's file

    public record AnswerFile(String fileName, String contentType, byte[] content) implements Serializable {
    }

    public Optional<AnswerFile> answerFileInfo(long requestId) {
        queries.open(requestId);
        return em.createQuery("SELECT f.fileName, f.contentType, f.sizeBytes FROM DataRequestFile f WHERE f.requestId = :id", Object[].class)
                .setParameter("id", requestId).getResultStream().findFirst()
                .map(r -> new AnswerFile((String) r[0] + " (" + FileTransfer.sizeLabel((Long) r[2]) + ")", (String) r[1], null));
    }

    public AnswerFile answerFile(long requestId) {
        queries.open(requestId);
        DataRequestFile file = Optional.ofNullable(em.find(DataRequestFile.class, requestId)).orElseThrow(() -> new NotFoundException("No file"));
        audit.record(AuditAction.DATA_REQUEST_FILE_READ, "data-request", requestId, file.getFileName());
        return new AnswerFile(file.getFileName(), file.getContentType(), file.getContent());
    }

    // ---- helpers

    public UserAccount caller() {
        return queries.caller();
    }


    /** Trimmed, or refused beside {@code field} when longer than {@code max} (each text its own column's limit). */
    private static String clean(String text, int max, String field) {
        String trimmed = InputRules.trimmed(text);
        if (trimmed != null && trimmed.length() > max) {
            throw new InvalidInputException(field, "Use at most " + max + " characters");
        }
        return trimmed;
    }
}
