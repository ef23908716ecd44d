package org.partnershipportal.duplicates;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.boards.BoardId;
import org.partnershipportal.platform.FacesMessages;
import org.partnershipportal.platform.InvalidInputException;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** duplicates/report.xhtml?kind=…: clusters of agenda items (or actions) across boards, and people's decisions on them. */
@Named
@ViewScoped
public class DuplicatesReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Duplicates duplicates;

    @Inject
    DuplicateFinder finder;

    private String kind;
    private DuplicateDecision.Kind shown = DuplicateDecision.Kind.AGENDA_ITEM;
    private List<Duplicates.Cluster> clusters;
    private List<Duplicates.Dismissal> dismissals;
    private final Map<Integer, Long> leadBoards = new HashMap<>();
    private final Map<Integer, String> notes = new HashMap<>();

    public void load() {
        duplicates.requireReportReader();
        shown = "actions".equals(kind) ? DuplicateDecision.Kind.ACTION : DuplicateDecision.Kind.AGENDA_ITEM;
        refresh();
    }

    private void refresh() {
        clusters = duplicates.report(shown);
        dismissals = duplicates.dismissals(shown);
        leadBoards.clear();
        notes.clear();
    }

    public void confirm(int index) {
        Duplicates.Cluster cluster = clusters.get(index);
        try {
            duplicates.confirm(shown, cluster.members().stream().map(Duplicates.Member::id).toList(), BoardId.ofNullable(leadBoards.get(index)), notes.get(index));
            FacesMessages.info("Recorded: the same matter" + (leadBoards.get(index) == null ? "." : ", with a lead board."));
            refresh();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, group(index));
        }
    }

    public void dismiss(int index, Duplicates.Member member) {
        Duplicates.Cluster cluster = clusters.get(index);
        Duplicates.Member first = cluster.members().stream().filter(m -> m.boardId() != member.boardId()).findFirst().orElse(cluster.members().get(0));
        try {
            duplicates.dismiss(shown, first.id(), member.id(), notes.get(index));
            FacesMessages.info("Recorded: not the same matter. They will not be grouped again.");
            refresh();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, group(index));
        }
    }

    public void undoDismissal(Duplicates.Dismissal dismissal) {
        try {
            duplicates.undoDismissal(shown, dismissal.decisionId());
            FacesMessages.info("Undone: the two are no longer kept apart, and are grouped again if they match.");
            refresh();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "dismissals");
        }
    }

    public List<Duplicates.Dismissal> getDismissals() {
        return dismissals;
    }

    public int getDismissalsListed() {
        return Duplicates.DISMISSALS_LISTED;
    }

    /** The group's own row of the report, so a refusal about its note or lead board sits beside that group's fields. */
    private static String group(int index) {
        return "clusters:groups:" + index;
    }

    public boolean isActions() {
        return shown == DuplicateDecision.Kind.ACTION;
    }

    public boolean isWarmingUp() {
        return !finder.isReady();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public List<Duplicates.Cluster> getClusters() {
        return clusters;
    }

    public Map<Integer, Long> getLeadBoards() {
        return leadBoards;
    }

    public Map<Integer, String> getNotes() {
        return notes;
    }
}
