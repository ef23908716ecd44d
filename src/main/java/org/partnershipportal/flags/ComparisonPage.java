package org.partnershipportal.flags;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.partnershipportal.boards.HarmType;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.platform.AccessRefusedException;
import org.partnershipportal.platform.CallerPermissions;
import org.partnershipportal.platform.FacesMessages;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.PageIds;
import org.partnershipportal.platform.Permission;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** flags/compare.xhtml?harm=…: every agency's flags for one harm side by side, gaps, and proposals for a common definition. */
@Named
@ViewScoped
public class ComparisonPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Flags flags;

    @Inject
    SecurityContext security;

    @Inject
    CallerPermissions may;

    private String harm;
    private Long harmId;
    private List<HarmType> harms;
    private FlagComparison comparison;
    private List<Flags.ProposalView> proposals;
    private String proposedDefinition;
    private String rationale;
    private final Map<Long, AnswerForm> answerForms = new HashMap<>();

    /** One agency's answer being typed, per proposal. */
    public static class AnswerForm implements Serializable {

        private static final long serialVersionUID = 1L;
        private ProposalAnswer answer;
        private LocalDate changeBy;
        private String note;

        public ProposalAnswer getAnswer() {
            return answer;
        }

        public void setAnswer(ProposalAnswer answer) {
            this.answer = answer;
        }

        public LocalDate getChangeBy() {
            return changeBy;
        }

        public void setChangeBy(LocalDate changeBy) {
            this.changeBy = changeBy;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    public void load() {
        harms = flags.harmTypes();
        harmId = harm == null || harm.isBlank() ? harms.stream().filter(h -> h.getName().equals("Criminal exploitation"))
                .map(HarmType::getId).findFirst().orElse(harms.get(0).getId()) : PageIds.parse(harm);
        refresh();
    }

    private void refresh() {
        comparison = flags.compare(harmId);
        proposals = flags.proposals(harmId);
    }

    public String show() {
        return "/flags/compare?faces-redirect=true&harm=" + harmId;
    }

    public void propose() {
        try {
            flags.propose(harmId, proposedDefinition, rationale);
            FacesMessages.info("Proposal recorded. Each agency's data lead can now say whether their flag matches it.");
            proposedDefinition = null;
            rationale = null;
            refresh();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "proposal");
        }
    }

    public void answer(Flags.ProposalView view, Agency agency) {
        long proposalId = view.proposal().getId();
        try {
            AnswerForm form = answerFormFor(proposalId);
            flags.answer(proposalId, agency.getId(), form.getAnswer(), form.getChangeBy(), form.getNote());
            FacesMessages.info(agency.getShortName() + "'s answer recorded.");
            answerForms.remove(proposalId);
            refresh();
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, answerRow(view, agency));
        } catch (AccessRefusedException refused) {
            FacesMessages.error(refused.getMessage());
        }
    }

    /** The client id of this agency's answer row under this proposal, so a refusal sits beside the field it is about. */
    private String answerRow(Flags.ProposalView view, Agency agency) {
        int proposal = proposals.indexOf(view);
        int row = view.answerEntries().stream().map(entry -> entry.getKey().getId()).toList().indexOf(agency.getId());
        return proposal < 0 || row < 0 ? "proposals" : "proposals:proposal:" + proposal + ":answers:" + row;
    }

    public boolean mayAnswerFor(Agency agency) {
        return flags.mayMaintain(agency.getId());
    }

    public boolean isMayPropose() {
        return may.holds(Permission.PROPOSE_DEFINITIONS);
    }

    public ProposalAnswer[] getAnswerChoices() {
        return ProposalAnswer.values();
    }

    public String getHarm() {
        return harm;
    }

    public void setHarm(String harm) {
        this.harm = harm;
    }

    public Long getHarmId() {
        return harmId;
    }

    public void setHarmId(Long harmId) {
        this.harmId = harmId;
    }

    public List<HarmType> getHarms() {
        return harms;
    }

    public FlagComparison getComparison() {
        return comparison;
    }

    public List<Flags.ProposalView> getProposals() {
        return proposals;
    }

    public String getProposedDefinition() {
        return proposedDefinition;
    }

    public void setProposedDefinition(String proposedDefinition) {
        this.proposedDefinition = proposedDefinition;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public AnswerForm answerFormFor(long proposalId) {
        return answerForms.computeIfAbsent(proposalId, id -> new AnswerForm());
    }
}
