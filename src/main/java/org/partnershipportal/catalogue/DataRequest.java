package org.partnershipportal.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershipportal.boards.Board;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.identity.UserAccount;
import org.partnershipportal.meetings.Meeting;
import org.partnershipportal.platform.ConflictException;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A board member's request for data on an ask, sent to the data leads of an agency that holds it.
 * Its status moves one step at a time ({@link RequestStatus}); the entity refuses any other move.
 * A request for data several agencies hold is raised as one request per agency, each with its own
 * status, clock and answer, grouped by {@link #getRaisedWith()}: one agency's decline settles only its own.
 */
@Entity
@Table(name = "data_request")
public class DataRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TEXT_MAX = 2000;
    public static final int ANSWER_MAX = 4000;
    public static final int DECLINE_DETAIL_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "ask_id", nullable = false)
    private StrategicAsk ask;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "board_id", nullable = false)
    private Board board;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "requester_id", nullable = false)
    private UserAccount requester;

    @NotBlank
    @Size(max = TEXT_MAX)
    @Column(name = "what_needed", nullable = false, length = TEXT_MAX)
    private String whatNeeded;

    @NotBlank
    @Size(max = TEXT_MAX)
    @Column(name = "why_needed", nullable = false, length = TEXT_MAX)
    private String whyNeeded;

    @NotNull
    @Column(name = "needed_by", nullable = false)
    private LocalDate neededBy;

    @ManyToOne
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RequestStatus status = RequestStatus.SUBMITTED;

    @Column(name = "handled_by", length = 60)
    private String handledBy;

    @Size(max = ANSWER_MAX)
    @Column(name = "answer_text", length = ANSWER_MAX)
    private String answerText;

    @Size(max = 500)
    @Column(name = "answer_link", length = 500)
    private String answerLink;

    @Enumerated(EnumType.STRING)
    @Column(name = "decline_reason", length = 20)
    private DeclineReason declineReason;

    @Size(max = DECLINE_DETAIL_MAX, message = "Use at most " + DECLINE_DETAIL_MAX + " characters")
    @Column(name = "decline_detail", length = DECLINE_DETAIL_MAX)
    private String declineDetail;

    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "data_request_agency", joinColumns = @JoinColumn(name = "request_id"), inverseJoinColumns = @JoinColumn(name = "agency_id"))
    private Set<Agency> agencies = new HashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "data_request_dataset", joinColumns = @JoinColumn(name = "request_id"), inverseJoinColumns = @JoinColumn(name = "dataset_id"))
    private Set<Dataset> datasets = new HashSet<>();

    /** When the clock started for the agencies the request is with now: its submission, or its last transfer (UTC). */
    @Column(name = "clock_started_at")
    private LocalDateTime clockStartedAt;

    @Column(name = "accept_due_on")
    private LocalDate acceptDueOn;

    @Column(name = "accepted_at")
    private LocalDateTime acceptedAt;

    @Column(name = "answer_due_on")
    private LocalDate answerDueOn;

    /** The agreement an answer sharing personal data relied on. */
    @ManyToOne
    @JoinColumn(name = "agreement_id")
    private SharingAgreement agreement;

    @Column(name = "answer_personal", nullable = false)
    private boolean answerSharesPersonalData;

    /**
     * JPQL condition on a request {@code r}: one of the others raised together with the request whose {@link #groupId} is
     * bound as {@code :group} and id as {@code :id}.
     */
    public static final String RAISED_WITH_IT = "(r.id = :group OR r.raisedWith = :group) AND r.id <> :id";

    /** The first request of those raised together, one per agency; null for that first one, or one raised alone. */
    @Column(name = "raised_with")
    private Long raisedWith;

    @Version
    private long version;

    protected DataRequest() {
    }

    public DataRequest(StrategicAsk ask, Board board, UserAccount requester, String whatNeeded, String whyNeeded, LocalDate neededBy,
                       Meeting meeting, Set<Dataset> datasets, Set<Agency> agencies, LocalDateTime now) {
        this.ask = ask;
        this.board = board;
        this.requester = requester;
        this.whatNeeded = whatNeeded;
        this.whyNeeded = whyNeeded;
        this.neededBy = neededBy;
        this.meeting = meeting;
        this.datasets = new HashSet<>(datasets);
        this.agencies = new HashSet<>(agencies);
        this.submittedAt = now;
    }

    /** Marks this request as raised together with {@code first}, the group's first, to another agency. */
    public void raisedWith(DataRequest first) {
        this.raisedWith = first.getId();
    }

    /** The id every request raised together shares: the first one's. */
    public long groupId() {
        return raisedWith != null ? raisedWith : id;
    }

    /** Moves to the next state, or refuses: no skipping a step, nothing after an answer or a decline. */
    public RequestStatus moveTo(RequestStatus target, String by, LocalDateTime now) {
        requireMayMoveTo(target);
        RequestStatus before = status;
        status = target;
        handledBy = by;
        if (!target.isOpen()) {
            closedAt = now;
        }
        return before;
    }

    /** Refuses a move that skips a step or comes after an answer or a decline, with what would be allowed. */
    public void requireMayMoveTo(RequestStatus target) {
        if (!status.isOpen()) {
            throw new ConflictException("This request was already " + status.getLabel().toLowerCase() + "; it cannot change now.");
        }
        if (!status.mayMoveTo(target)) {
            throw new ConflictException("A " + status.getLabel().toLowerCase() + " request cannot be marked "
                    + target.getLabel().toLowerCase() + ": it must be " + nextLabels() + " first.");
        }
    }

    /** Starts the service-level clock: the agencies it is with now must accept or decline it by {@code acceptDue}. */
    public void startClock(LocalDateTime startedAt, LocalDate acceptDue) {
        this.clockStartedAt = startedAt;
        this.acceptDueOn = acceptDue;
        this.acceptedAt = null;
        this.answerDueOn = null;
    }

    /** Accepted: the answer is now due by {@code answerDue}. */
    public void accepted(LocalDateTime at, LocalDate answerDue) {
        this.acceptedAt = at;
        this.answerDueOn = answerDue;
    }

    /**
     * Moves the request from one agency's queue to another's: it is submitted afresh to the new agency,
     * whose clock starts now, whatever step the first agency had reached.
     */
    public RequestStatus transfer(Agency from, Agency to, String by, LocalDateTime now, LocalDate acceptDue) {
        if (!status.isOpen()) {
            throw new ConflictException("This request was already " + status.getLabel().toLowerCase() + "; it cannot be transferred now.");
        }
        RequestStatus before = status;
        agencies.remove(from);
        agencies.add(to);
        status = RequestStatus.SUBMITTED;
        handledBy = by;
        startClock(now, acceptDue);
        return before;
    }

    /** The step due next: accepting (or declining) while submitted, then answering; null once answered or declined. */
    public DueDates.Step getNextStep() {
        if (!status.isOpen()) {
            return null;
        }
        return status == RequestStatus.SUBMITTED ? DueDates.Step.ACCEPT : DueDates.Step.ANSWER;
    }

    /** The date the next step is due (accepting, then answering); null once answered or declined. */
    public LocalDate getNextDueOn() {
        if (!status.isOpen()) {
            return null;
        }
        return status == RequestStatus.SUBMITTED ? acceptDueOn : answerDueOn;
    }

    public void answer(String text, String link) {
        this.answerText = text;
        this.answerLink = link;
    }

    /** What the answer shares: personal data under {@code agreement}, or (false, null) aggregated or anonymised figures. */
    public void answerShares(boolean personalData, SharingAgreement agreement) {
        this.answerSharesPersonalData = personalData;
        this.agreement = agreement;
    }

    public SharingAgreement getAgreement() {
        return agreement;
    }

    public boolean isAnswerSharesPersonalData() {
        return answerSharesPersonalData;
    }

    public void decline(DeclineReason reason, String detail) {
        this.declineReason = reason;
        this.declineDetail = detail;
    }

    private String nextLabels() {
        return String.join(" or ", status.next().stream().filter(RequestStatus::isOpen).map(s -> s.getLabel().toLowerCase()).toList());
    }

    public boolean isOverdueOn(LocalDate today) {
        return status.isOpen() && neededBy.isBefore(today);
    }

    /**
     * The status as every page words it: its name, and "· past the date needed" while it is open past the date it was needed by.
     * Not "overdue": the agreed service level may let the answer come later (the page's "Answer by"), and the
     * agency is late only past that ({@link #isNextStepLateOn}).
     */
    public String statusLabelOn(LocalDate today) {
        return status.getLabel() + (isOverdueOn(today) ? " · past the date needed" : "");
    }

    /** The tone of the status's tag beside {@link #statusLabelOn}: overdue, answered, declined or neither. */
    public String statusToneOn(LocalDate today) {
        if (isOverdueOn(today)) {
            return "danger";
        }
        return switch (status) {
            case ANSWERED -> "ok";
            case DECLINED -> "warning";
            default -> "";
        };
    }

    /** Whether the next step (accepting, then answering) was due before {@code today}: the agency is past its service level. */
    public boolean isNextStepLateOn(LocalDate today) {
        LocalDate due = getNextDueOn();
        return due != null && due.isBefore(today);
    }

    public List<Agency> getAgencyList() {
        return agencies.stream().sorted(Comparator.comparing(Agency::getShortName)).toList();
    }

    public List<Dataset> getDatasetList() {
        return datasets.stream().sorted(Comparator.comparing(Dataset::getName)).toList();
    }

    public Long getId() {
        return id;
    }

    public StrategicAsk getAsk() {
        return ask;
    }

    public Board getBoard() {
        return board;
    }

    public UserAccount getRequester() {
        return requester;
    }

    public String getWhatNeeded() {
        return whatNeeded;
    }

    public String getWhyNeeded() {
        return whyNeeded;
    }

    public LocalDate getNeededBy() {
        return neededBy;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public String getHandledBy() {
        return handledBy;
    }

    public String getAnswerText() {
        return answerText;
    }

    public String getAnswerLink() {
        return answerLink;
    }

    /** The answer's link to put in a page: only an https address (see InputRules.httpsLink). */
    public String getAnswerLinkIfHttps() {
        return org.partnershipportal.platform.InputRules.httpsLink(answerLink);
    }

    public DeclineReason getDeclineReason() {
        return declineReason;
    }

    public String getDeclineDetail() {
        return declineDetail;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }

    public Set<Agency> getAgencies() {
        return agencies;
    }

    public Set<Dataset> getDatasets() {
        return datasets;
    }

    public LocalDateTime getClockStartedAt() {
        return clockStartedAt;
    }

    public LocalDate getAcceptDueOn() {
        return acceptDueOn;
    }

    public LocalDateTime getAcceptedAt() {
        return acceptedAt;
    }

    public LocalDate getAnswerDueOn() {
        return answerDueOn;
    }

    public Long getRaisedWith() {
        return raisedWith;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof DataRequest that && id != null && id.equals(that.id));
    }

    @Override
    public int hashCode() {
        return DataRequest.class.hashCode();
    }
}
