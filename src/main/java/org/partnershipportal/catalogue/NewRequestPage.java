package org.partnershipportal.catalogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.boards.Board;
import org.partnershipportal.boards.BoardId;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.meetings.Meeting;
import org.partnershipportal.platform.AccessRefusedException;
import org.partnershipportal.platform.FacesMessages;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.PageIds;

import java.io.Serializable;
import java.util.List;

/** catalogue/new-request.xhtml?ask=…: a board member asks the data leads for data on an ask. */
@Named
@ViewScoped
public class NewRequestPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Asks asks;

    /** Whether the data leads are e-mailed, for what the requester is told. */
    @Inject
    RequestNotifications notifications;

    @Inject
    DataRequests requests;

    @Inject
    Catalogue catalogue;

    @Inject
    DataRequestQueries requestQueries;

    @Inject
    org.partnershipportal.identity.AgencyRecords agencyRecords;

    /** Said beside an agency nobody answers data requests for: a request to it reaches nobody. */
    static final String NO_DATA_LEAD = " (no data lead in the portal yet)";

    private String askParam;
    private StrategicAsk ask;
    private final RequestForm form = new RequestForm();
    private List<Board> boards;
    private List<Meeting> meetings = List.of();
    private List<AskMapping> mapped;
    private List<Agency> agencies;
    private java.util.Set<Long> answered;
    private List<DataRequestQueries.OpenRequest> alreadyOpen = List.of();

    public void load() {
        ask = asks.get(PageIds.parse(askParam));
        boards = requests.requestingBoards();
        if (boards.isEmpty()) {
            throw new AccessRefusedException("Only members of a board can request data");
        }
        form.setAskId(ask.getId());
        form.setBoardId(boards.stream().filter(b -> b.equals(ask.getBoard())).findFirst().orElse(boards.get(0)).getId());
        mapped = asks.mappings(ask.getId()).stream().filter(m -> m.getFit() != Fit.NOT_AT_ALL).toList();
        form.setDatasetSelection(new java.util.ArrayList<>(mapped.stream().map(m -> (Object) String.valueOf(m.getDataset().getId())).toList()));
        agencies = catalogue.agencies();
        answered = agencyRecords.agenciesAnsweringRequests();
        alreadyOpen = requestQueries.openOfMineOn(ask.getId());
        boardChanged();
    }

    /** The caller's own requests on this ask still open (DataRequestQueries.openOfMineOn). */
    public List<DataRequestQueries.OpenRequest> getAlreadyOpen() {
        return alreadyOpen;
    }

    public void boardChanged() {
        meetings = form.getBoardId() == null ? List.of() : requests.plannedMeetings(BoardId.of(form.getBoardId()));
        form.setMeetingId(null);
    }

    public String submit() {
        try {
            List<DataRequest> raised = requests.raise(form);
            String agencyNames = raised.stream().map(r -> r.getAgencyList().get(0).getShortName()).collect(java.util.stream.Collectors.joining(", "));
            java.util.Set<Long> answering = agencyRecords.agenciesAnsweringRequests();
            String unanswered = raised.stream().map(r -> r.getAgencyList().get(0)).filter(a -> !answering.contains(a.getId()))
                    .map(Agency::getShortName).collect(java.util.stream.Collectors.joining(", "));
            String sent = raised.size() == 1 ? "Request sent to " + (unanswered.isEmpty() ? "the data leads of " : "") + agencyNames + "."
                    : "Sent as " + raised.size() + " requests, one to each agency (" + agencyNames + "): each accepts, answers or declines its own.";
            if (unanswered.isEmpty()) {
                FacesMessages.info(notifications.mailSetUp() ? sent
                        : sent + " E-mail is not set up on this portal, so nobody is e-mailed: it waits in their list of requests.");
            } else {
                // sent all the same (a data lead added later finds it in the queue), but the requester must not think it is being read
                FacesMessages.warn(sent + " " + unanswered + (unanswered.contains(",") ? " have" : " has")
                        + " no data lead in the portal yet, so nobody there has been told: ask an administrator to give "
                        + (unanswered.contains(",") ? "each" : "the agency") + " one, or ask someone there yourself.");
            }
            return "/catalogue/request?faces-redirect=true&id=" + raised.get(0).getId();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "requestForm");
        } catch (AccessRefusedException refused) {
            FacesMessages.error(refused.getMessage());
        }
        return null;
    }

    /** Said after an agency's name in the form (its name among the agencies, its short name beside a dataset): empty unless nobody answers its requests yet. */
    public String noDataLeadNote(Agency agency) {
        return answered.contains(agency.getId()) ? "" : NO_DATA_LEAD;
    }

    public String getAsk() {
        return askParam;
    }

    public void setAsk(String ask) {
        this.askParam = ask;
    }

    public StrategicAsk getTheAsk() {
        return ask;
    }

    public RequestForm getForm() {
        return form;
    }

    public List<Board> getBoards() {
        return boards;
    }

    public List<Meeting> getMeetings() {
        return meetings;
    }

    public List<AskMapping> getMapped() {
        return mapped;
    }

    public List<Agency> getAgencies() {
        return agencies;
    }
}
