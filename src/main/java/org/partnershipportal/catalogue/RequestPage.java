package org.partnershipportal.catalogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.platform.AccessRefusedException;
import org.partnershipportal.platform.ConflictException;
import org.partnershipportal.platform.FacesMessages;
import org.partnershipportal.platform.InputRules;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.PageIds;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** catalogue/request.xhtml?id=…: a data request, its timeline and comments, and the next step for whoever may take it. */
@Named
@ViewScoped
public class RequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final long MAX_UPLOAD = org.partnershipportal.meetings.PaperType.MAX_BYTES + 1;

    @Inject
    DataRequests requests;

    /** Which agencies have a data lead to e-mail, for what a transfer says. */
    @Inject
    org.partnershipportal.identity.AgencyRecords agencyRecords;

    /** Whether the changes made here are e-mailed, for what the page says of them. */
    @Inject
    RequestNotifications notifications;

    @Inject
    DataRequestQueries requestQueries;

    @Inject
    AnswerCitations answerCitations;

    @Inject
    Catalogue catalogue;

    @Inject
    ServiceLevels serviceLevels;

    @Inject
    RequestTransfers transfers;

    @Inject
    AnswerCoverage coverage;

    private String id;
    private DataRequest request;
    private List<DataRequestEntry> timeline;
    private List<AnswerCitations.CitationView> citations;
    private DataRequests.AnswerFile file;
    private boolean handler;
    private boolean mayCite;
    private List<AnswerCitations.CitationChoice> citationChoices = List.of();
    private List<Dataset> agencyDatasets = List.of();
    private ServiceLevels.Standing standing;
    private List<DataRequestQueries.RaisedTogether> raisedTogether = List.of();
    private List<org.partnershipportal.identity.Agency> transferDestinations = List.of();
    private List<SharingAgreement> agreementChoices = List.of();
    private AgreementStatus answerAgreementStanding;
    private boolean answerSharesPersonalData;
    private Long answerAgreement;
    /** The caller answers for the requester's own agency: personal data needs no sharing agreement. */
    private boolean answerStaysWithinAgency;
    /** The answer shared personal data with someone of the answering agency, under no agreement. */
    private boolean answeredWithinAgency;
    private Long transferTo;
    private String transferReason;

    private String note;
    private String answerText;
    private String answerLink;
    private transient UploadedFile answerFile;
    private List<Object> usedDatasets = new ArrayList<>();
    private DeclineReason declineReason;
    private String declineDetail;
    private String comment;
    private String citation;

    public void load() {
        refresh(PageIds.parse(id));
    }

    private void refresh() {
        refresh(request.getId());
    }

    private void refresh(long requestId) {
        request = requestQueries.open(requestId);
        timeline = requestQueries.timeline(request.getId());
        citations = answerCitations.citations(request.getId());
        file = requests.answerFileInfo(request.getId()).orElse(null);
        handler = requestQueries.mayHandle(request);
        standing = serviceLevels.standingOf(request);
        raisedTogether = requestQueries.raisedTogether(request);
        mayCite = answerCitations.mayCite(request);
        answerAgreementStanding = coverage.standingOfAnswerAgreement(request);
        answeredWithinAgency = request.isAnswerSharesPersonalData() && request.getAgreement() == null
                && request.getAgencies().stream().noneMatch(agency -> coverage.needsAgreement(request, agency));
        if (mayCite) {
            citationChoices = answerCitations.citationChoices();
        }
        if (handler) {
            agencyDatasets = catalogue.heldBy(List.of(requestQueries.caller().getAgency()));
            usedDatasets = new ArrayList<>(request.getDatasets().stream().map(d -> (Object) String.valueOf(d.getId())).toList());
            transferDestinations = request.getStatus().isOpen() ? transfers.destinations(request) : List.of();
            agreementChoices = request.getStatus().isOpen() ? coverage.choices(request, requestQueries.caller().getAgency()) : List.of();
            answerStaysWithinAgency = !coverage.needsAgreement(request, requestQueries.caller().getAgency());
        }
    }

    public void accept() {
        act(() -> requests.accept(request.getId(), request.getVersion(), note), "Accepted. " + notifications.told("the requester", false), "workflow");
    }

    public void start() {
        act(() -> requests.start(request.getId(), request.getVersion(), note), "Marked in progress.", "workflow");
    }

    public void answer() {
        UploadedFile chosen = answerFile;
        act(() -> {
            byte[] content = null;
            String fileName = null;
            if (chosen != null && chosen.getSize() > 0) {
                if (chosen.getSize() > MAX_UPLOAD) {
                    throw new InvalidInputException("answerFile", "The file is larger than 20 MB. Share it through a link instead");
                }
                fileName = chosen.getFileName();
                try (InputStream in = chosen.getInputStream()) {
                    content = in.readAllBytes();
                } catch (IOException e) {
                    throw new InvalidInputException("answerFile", "The file could not be read; try again");
                }
            }
            requests.answer(request.getId(), request.getVersion(), answerText, answerLink, fileName, content, InputRules.ids(usedDatasets),
                    answerSharesPersonalData, answerAgreement);
            // Sent: the bean outlives the post, and a later post must not send this file again. A refused answer keeps it.
            answerFile = null;
        }, "Answered. " + notifications.told("the requester", false), "answerForm");
    }

    public void decline() {
        act(() -> requests.decline(request.getId(), request.getVersion(), declineReason, declineDetail), "Declined. " + notifications.told("the requester", false),
                "declineForm");
    }

    public void transfer() {
        act(() -> {
            transfers.transfer(request.getId(), request.getVersion(), transferTo, transferReason);
            transferTo = null;
            transferReason = null;
        }, transferredTold(transferTo), "transferForm");
    }

    /** What the data lead is told of a transfer: an agency with no data lead on the portal yet has nobody to e-mail. */
    private String transferredTold(Long to) {
        if (to != null && !agencyRecords.agenciesAnsweringRequests().contains(to)) {
            return "Transferred. That agency has no data lead in the portal yet, so nobody there is e-mailed: ask an administrator to give it one. "
                    + notifications.told("the requester", false);
        }
        return "Transferred. " + notifications.told("the other agency's data leads and the requester", true);
    }

    /** The comment box's promise: e-mailed where mail is set up; otherwise the other side reads it here. */
    public String getCommentReach() {
        return notifications.mailSetUp() ? "the other side is e-mailed" : "the other side reads it on this page; e-mail is not set up";
    }

    public void addComment() {
        act(() -> requests.comment(request.getId(), comment), "Comment added.", "commentForm");
    }

    public void cite() {
        act(() -> answerCitations.cite(request.getId(), citation), "Cited: the data's owner will see where their data was used.", "citeForm");
    }

    private void act(Runnable step, String done, String formId) {
        try {
            step.run();
            FacesMessages.info(done);
            note = null;
            comment = null;
            citation = null;
            refresh();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, formId);
        } catch (ConflictException conflict) {
            FacesMessages.conflict(conflict);
            refresh();
        } catch (AccessRefusedException refused) {
            FacesMessages.error(refused.getMessage());
        }
    }

    public DeclineReason[] getDeclineReasons() {
        return DeclineReason.values();
    }

    public boolean isMayAccept() {
        return handler && request.getStatus().mayMoveTo(RequestStatus.ACCEPTED);
    }

    public boolean isMayStart() {
        return handler && request.getStatus().mayMoveTo(RequestStatus.IN_PROGRESS);
    }

    public boolean isMayAnswer() {
        return handler && request.getStatus().mayMoveTo(RequestStatus.ANSWERED);
    }

    public boolean isMayDecline() {
        return handler && request.getStatus().mayMoveTo(RequestStatus.DECLINED);
    }

    public List<DataRequestQueries.RaisedTogether> getRaisedTogether() {
        return raisedTogether;
    }

    public ServiceLevels.Standing getStanding() {
        return standing;
    }

    /** The answer's agreement as it stands today: EXPIRED when it has expired since the answer. */
    public AgreementStatus getAnswerAgreementStanding() {
        return answerAgreementStanding;
    }

    public List<SharingAgreement> getAgreementChoices() {
        return agreementChoices;
    }

    public boolean isAnswerStaysWithinAgency() {
        return answerStaysWithinAgency;
    }

    public boolean isAnsweredWithinAgency() {
        return answeredWithinAgency;
    }

    public boolean isAnswerSharesPersonalData() {
        return answerSharesPersonalData;
    }

    public void setAnswerSharesPersonalData(boolean answerSharesPersonalData) {
        this.answerSharesPersonalData = answerSharesPersonalData;
    }

    public Long getAnswerAgreement() {
        return answerAgreement;
    }

    public void setAnswerAgreement(Long answerAgreement) {
        this.answerAgreement = answerAgreement;
    }

    public boolean isMayTransfer() {
        return handler && request.getStatus().isOpen() && !transferDestinations.isEmpty();
    }

    public List<org.partnershipportal.identity.Agency> getTransferDestinations() {
        return transferDestinations;
    }

    public Long getTransferTo() {
        return transferTo;
    }

    public void setTransferTo(Long transferTo) {
        this.transferTo = transferTo;
    }

    public String getTransferReason() {
        return transferReason;
    }

    public void setTransferReason(String transferReason) {
        this.transferReason = transferReason;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public DataRequest getRequest() {
        return request;
    }

    public List<DataRequestEntry> getTimeline() {
        return timeline;
    }

    public List<AnswerCitations.CitationView> getCitations() {
        return citations;
    }

    public DataRequests.AnswerFile getFile() {
        return file;
    }

    public boolean isHandler() {
        return handler;
    }

    public boolean isMayCite() {
        return mayCite;
    }

    public List<AnswerCitations.CitationChoice> getCitationChoices() {
        return citationChoices;
    }

    public List<Dataset> getAgencyDatasets() {
        return agencyDatasets;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getAnswerText() {
        return answerText;
    }

    public void setAnswerText(String answerText) {
        this.answerText = answerText;
    }

    public String getAnswerLink() {
        return answerLink;
    }

    public void setAnswerLink(String answerLink) {
        this.answerLink = answerLink;
    }

    public UploadedFile getAnswerFile() {
        return answerFile;
    }

    public void setAnswerFile(UploadedFile answerFile) {
        this.answerFile = answerFile;
    }

    public List<Object> getUsedDatasets() {
        return usedDatasets;
    }

    public void setUsedDatasets(List<Object> usedDatasets) {
        this.usedDatasets = usedDatasets;
    }

    public DeclineReason getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(DeclineReason declineReason) {
        this.declineReason = declineReason;
    }

    public String getDeclineDetail() {
        return declineDetail;
    }

    public void setDeclineDetail(String declineDetail) {
        this.declineDetail = declineDetail;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getCitation() {
        return citation;
    }

    public void setCitation(String citation) {
        this.citation = citation;
    }
}
