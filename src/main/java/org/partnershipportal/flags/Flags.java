package org.partnershipportal.flags;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Validator;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.boards.HarmType;
import org.partnershipportal.glossary.GlossaryTerm;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.identity.AgencyRecords;
import org.partnershipportal.platform.AccessRefusedException;
import org.partnershipportal.platform.ConflictException;
import org.partnershipportal.platform.InputRules;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.NotFoundException;
import org.partnershipportal.platform.Permission;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The flags register. Everyone signed in reads it. A data lead maintains their own agency's flags
 * and answers proposals for their agency; administrators maintain all. Checked here, whatever the page.
 */
@Stateless
@PermitAll
public class Flags {

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
    AgencyRecords agencyRecords;

    /** A proposal with each flagging agency's answer (null: not answered yet). */
    public record ProposalView(DefinitionProposal proposal, Map<Agency, ProposalResponse> answers) implements Serializable {
        public long agreed() {
            return answers.values().stream().filter(r -> r != null && r.getAnswer() == ProposalAnswer.AGREED).count();
        }

        public long willChange() {
            return answers.values().stream().filter(r -> r != null && r.getAnswer() == ProposalAnswer.WILL_CHANGE).count();
        }

        public long differs() {
            return answers.values().stream().filter(r -> r != null && r.getAnswer() == ProposalAnswer.DIFFERS).count();
        }

        public int agencies() {
            return answers.size();
        }

        /** Agreed or changing, out of all flagging agencies, as a percentage for the progress bar. */
        public int progressPercent() {
            return answers.isEmpty() ? 0 : (int) Math.round(100.0 * (agreed() + willChange()) / answers.size());
        }

        public List<Map.Entry<Agency, ProposalResponse>> answerEntries() {
            return new java.util.ArrayList<>(answers.entrySet());
        }
    }

    public List<Flag> all(Long agencyId, Long harmId) {
        String where = (agencyId == null ? "" : " AND f.agency.id = :agency") + (harmId == null ? "" : " AND :harm MEMBER OF f.harms");
        var query = em.createQuery("SELECT DISTINCT f FROM Flag f JOIN FETCH f.agency LEFT JOIN FETCH f.glossaryTerm WHERE 1 = 1" + where
                + " ORDER BY f.agency.name, f.name", Flag.class);
        if (agencyId != null) {
            query.setParameter("agency", agencyId);
        }
        if (harmId != null) {
            query.setParameter("harm", em.find(HarmType.class, harmId));
        }
        return query.getResultList();
    }

    public Flag get(long flagId) {
        return Optional.ofNullable(em.find(Flag.class, flagId)).orElseThrow(() -> new NotFoundException("No such flag"));
    }

    public FlagComparison compare(long harmId) {
        HarmType harm = Optional.ofNullable(em.find(HarmType.class, harmId)).orElseThrow(() -> new NotFoundException("No such harm type"));
        return new FlagComparison(harm, all(null, null));
    }

    /** Whether the caller may change this agency's flags (their own agency as data lead, or any as administrator). */
    public boolean mayMaintain(long agencyId) {
        return agencyRecords.keptByCaller(agencyId);
    }

    /** The agencies whose flags the caller maintains, for the new-flag form. */
    public List<Agency> maintainedAgencies() {
        return agencyRecords.keptByCaller();
    }

    public Flag save(Long flagId, Long expectedVersion, FlagForm form) {
        Flag flag;
        if (flagId == null) {
            if (form.getAgencyId() == null) {
                throw new InvalidInputException("agencyId", "Choose the agency whose flag this is");
            }
            Agency agency = Optional.ofNullable(em.find(Agency.class, form.getAgencyId()))
                    .orElseThrow(() -> new InvalidInputException("agencyId", "Choose an agency from the list"));
            requireMaintainer(agency);
            flag = new Flag(agency);
        } else {
            flag = get(flagId);
            requireMaintainer(flag.getAgency());
            if (expectedVersion == null || flag.getVersion() != expectedVersion) {
                throw new ConflictException("Someone else changed this flag while you were editing. Reload to see their change.");
            }
        }
        InputRules.requireValid(validator, form);
        if (form.getAppliedWhen() == AppliedWhen.OTHER && form.getAppliedWhenDetail() == null) {
            throw new InvalidInputException("appliedWhenDetail", "Say when the flag is applied");
        }
        Set<HarmType> harms = new HashSet<>(em.createQuery("SELECT h FROM HarmType h WHERE h.id IN :ids", HarmType.class)
                .setParameter("ids", form.getHarmIds()).getResultList());
        if (harms.isEmpty()) {
            throw new InvalidInputException("harmSelection", "Choose at least one harm the flag covers");
        }
        GlossaryTerm term = form.getGlossaryTermId() == null ? null : Optional.ofNullable(em.find(GlossaryTerm.class, form.getGlossaryTermId()))
                .orElseThrow(() -> new InvalidInputException("glossaryTermId", "Choose a glossary term from the list"));
        flag.describe(form, harms, term, security.getCallerPrincipal().getName(), clock.utcNow());
        if (flagId == null) {
            em.persist(flag);
        }
        em.flush();
        audit.record(AuditAction.FLAG_CHANGED, "flag", flag.getId(), (flagId == null ? "created " : "changed ")
                + flag.getAgency().getShortName() + " " + flag.getName());
        return flag;
    }

    @RolesAllowed(Permission.Name.PROPOSE_DEFINITIONS)
    public DefinitionProposal propose(long harmId, String definition, String rationale) {
        HarmType harm = Optional.ofNullable(em.find(HarmType.class, harmId)).orElseThrow(() -> new NotFoundException("No such harm type"));
        String text = clean(definition, DefinitionProposal.DEFINITION_MAX, "definition");
        if (text == null) {
            throw new InvalidInputException("definition", "Enter the proposed definition");
        }
        DefinitionProposal proposal = new DefinitionProposal(harm, text, clean(rationale, DefinitionProposal.RATIONALE_MAX, "rationale"),
                security.getCallerPrincipal().getName(), clock.utcNow());
        em.persist(proposal);
        em.flush();
        audit.record(AuditAction.DEFINITION_PROPOSED, "harm-type", harmId, "proposal " + proposal.getId());
        return proposal;
    }

    public List<ProposalView> proposals(long harmId) {
        List<DefinitionProposal> proposals = em.createQuery("SELECT p FROM DefinitionProposal p WHERE p.harm.id = :harm "
                + "ORDER BY p.proposedAt DESC", DefinitionProposal.class).setParameter("harm", harmId).getResultList();
        if (proposals.isEmpty()) {
            return List.of();
        }
        List<Agency> flagging = em.createQuery("SELECT DISTINCT f.agency FROM Flag f", Agency.class).getResultList().stream()
                .sorted(java.util.Comparator.comparing(Agency::getName)).toList();
        List<ProposalResponse> responses = em.createQuery("SELECT r FROM ProposalResponse r JOIN FETCH r.agency JOIN FETCH r.proposal WHERE r.proposal IN :proposals",
                ProposalResponse.class).setParameter("proposals", proposals).getResultList();
        return proposals.stream().map(proposal -> {
            Map<Long, ProposalResponse> byAgency = responses.stream()
                    .filter(r -> r.getProposal().getId().equals(proposal.getId())).collect(Collectors.toMap(r -> r.getAgency().getId(), Function.identity()));
            Map<Agency, ProposalResponse> answers = new java.util.LinkedHashMap<>();
            flagging.forEach(agency -> answers.put(agency, byAgency.get(agency.getId())));
            return new ProposalView(proposal, answers);
        }).toList();
    }

    public void answer(long proposalId, long agencyId, ProposalAnswer answer, LocalDate changeBy, String note) {
        DefinitionProposal proposal = Optional.ofNullable(em.find(DefinitionProposal.class, proposalId))
                .orElseThrow(() -> new NotFoundException("No such proposal"));
        Agency agency = Optional.ofNullable(em.find(Agency.class, agencyId)).orElseThrow(() -> new NotFoundException("No such agency"));
        requireMaintainer(agency);
        if (answer == null) {
            throw new InvalidInputException("answer", "Choose your agency's answer");
        }
        if (answer == ProposalAnswer.WILL_CHANGE && (changeBy == null || !changeBy.isAfter(clock.today()))) {
            throw new InvalidInputException("changeBy", "Enter the future date by which your flag will change");
        }
        String cleanNote = clean(note, ProposalResponse.NOTE_MAX, "note");
        if (answer == ProposalAnswer.DIFFERS && cleanNote == null) {
            throw new InvalidInputException("note", "Say how your agency's flag differs");
        }
        List<ProposalResponse> existing = em.createQuery("SELECT r FROM ProposalResponse r WHERE r.proposal.id = :proposal AND r.agency.id = :agency",
                ProposalResponse.class).setParameter("proposal", proposalId).setParameter("agency", agencyId).getResultList();
        ProposalResponse response = existing.isEmpty() ? new ProposalResponse(proposal, agency) : existing.get(0);
        response.answer(answer, changeBy, cleanNote, security.getCallerPrincipal().getName(), clock.utcNow());
        if (existing.isEmpty()) {
            em.persist(response);
        }
        audit.record(AuditAction.PROPOSAL_ANSWERED, "proposal", proposalId, agency.getShortName() + ": " + answer);
    }

    public List<HarmType> harmTypes() {
        return em.createQuery("SELECT h FROM HarmType h ORDER BY h.name", HarmType.class).getResultList();
    }

    public List<GlossaryTerm> glossaryTerms() {
        return em.createQuery("SELECT t FROM GlossaryTerm t ORDER BY t.name", GlossaryTerm.class).getResultList();
    }

    private void requireMaintainer(Agency agency) {
        if (!mayMaintain(agency.getId())) {
            audit.recordRefusal("agency", agency.getId(), "flags of another agency");
            throw new AccessRefusedException("Only " + agency.getShortName() + "'s data lead or an administrator can change its flags");
        }
    }

    private static String clean(String text, int max, String field) {
        String trimmed = text == null ? null : text.strip();
        if (trimmed != null && trimmed.length() > max) {
            throw new InvalidInputException(field, "Use at most " + max + " characters");
        }
        return trimmed == null || trimmed.isEmpty() ? null : trimmed;
    }
}
