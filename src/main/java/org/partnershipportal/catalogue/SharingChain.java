package org.partnershipportal.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnershipportal.boards.Membership;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.platform.NotFoundException;
import org.partnershipportal.platform.Permission;
import org.partnershipportal.platform.PortalClock;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The path from a board's ask to data a partner may lawfully share: the datasets mapped to the ask →
 * for each, whether a current agreement (signed, review date not passed) covers sharing it from the agency that holds it to each agency
 * represented on the asking board → the lawful basis each party relies on. Where no agreement covers a
 * step, the gap is named, and so is the expired agreement that used to cover it. Anonymised datasets need no agreement.
 */
@Stateless
@RolesAllowed(Permission.Name.READ_CATALOGUE)
public class SharingChain {

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    /**
     * Sharing one dataset from its holder to one agency on the asking board: the current agreement that covers it, or none (a gap),
     * and then the expired agreement that used to cover it, if any, so the gap can name it.
     */
    public record Link(Agency to, SharingAgreement agreement, AgreementParty holderBasis, AgreementParty receiverBasis, SharingAgreement expired)
            implements Serializable {
        public boolean isCovered() {
            return agreement != null;
        }
    }

    public record DatasetChain(Dataset dataset, Fit fit, boolean needsAgreement, List<Link> links) implements Serializable {
        public boolean isFullyCovered() {
            return !needsAgreement || links.stream().allMatch(Link::isCovered);
        }
    }

    public record Chain(StrategicAsk ask, List<Agency> askingAgencies, List<DatasetChain> datasets, List<String> gaps) implements Serializable {
    }

    public Chain forAsk(long askId) {
        StrategicAsk ask = Optional.ofNullable(em.find(StrategicAsk.class, askId)).orElseThrow(() -> new NotFoundException("No such ask"));
        return chainOf(ask, agreementsThatCoverOrDid(), askingAgencies(List.of(ask)), clock.today());
    }

    /** "Data exists but no agreement": every open ask with a mapped dataset that some agency on its board cannot lawfully receive. */
    public Map<StrategicAsk, List<String>> gapsByAsk() {
        Map<StrategicAsk, List<String>> gaps = new LinkedHashMap<>();
        allOpen().forEach((ask, chain) -> {
            if (!chain.gaps().isEmpty()) {
                gaps.put(ask, chain.gaps());
            }
        });
        return gaps;
    }

    /** The chain of every open ask with a mapped dataset: agreements and board memberships read once, mappings once per ask. */
    public Map<StrategicAsk, Chain> allOpen() {
        List<StrategicAsk> asks = em.createQuery("SELECT DISTINCT m.ask FROM AskMapping m WHERE m.ask.status = :open", StrategicAsk.class)
                .setParameter("open", AskStatus.OPEN).getResultList().stream().sorted(Comparator.comparing(StrategicAsk::getQuestion)).toList();
        List<SharingAgreement> agreements = agreementsThatCoverOrDid();
        LocalDate today = clock.today();
        Map<Long, List<Agency>> agencies = askingAgencies(asks);
        Map<StrategicAsk, Chain> chains = new LinkedHashMap<>();
        for (StrategicAsk ask : asks) {
            chains.put(ask, chainOf(ask, agreements, agencies, today));
        }
        return chains;
    }

    private Chain chainOf(StrategicAsk ask, List<SharingAgreement> agreements, Map<Long, List<Agency>> agenciesByBoard, LocalDate today) {
        List<Agency> asking = agenciesByBoard.getOrDefault(ask.getBoard().getId(), List.of());
        List<AskMapping> mappings = em.createQuery("SELECT m FROM AskMapping m JOIN FETCH m.dataset d JOIN FETCH d.agency WHERE m.ask = :ask "
                + "ORDER BY m.fit, d.agency.shortName, d.name", AskMapping.class).setParameter("ask", ask).getResultList();
        List<DatasetChain> datasets = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (AskMapping mapping : mappings) {
            Dataset dataset = mapping.getDataset();
            Agency holder = dataset.getAgency();
            boolean needs = dataset.sharingNeedsAgreement();
            List<Link> links = new ArrayList<>();
            for (Agency to : asking) {
                if (to.equals(holder)) {
                    continue;
                }
                Optional<SharingAgreement> covering = agreements.stream().filter(a -> a.coversOn(today, dataset, holder, to)).findFirst();
                SharingAgreement expired = covering.isPresent() ? null
                        : agreements.stream().filter(a -> a.isExpiredOn(today) && a.names(dataset, holder, to)).findFirst().orElse(null);
                links.add(covering.map(a -> new Link(to, a, a.partyOf(holder).orElse(null), a.partyOf(to).orElse(null), null))
                        .orElseGet(() -> new Link(to, null, null, null, expired)));
                if (needs && covering.isEmpty()) {
                    gaps.add("No current agreement covers " + holder.getShortName() + " → " + to.getShortName() + " for " + dataset.getName()
                            + (expired == null ? "" : " (" + expired.getReference() + " has expired)"));
                }
            }
            datasets.add(new DatasetChain(dataset, mapping.getFit(), needs, links));
        }
        return new Chain(ask, asking, datasets, gaps);
    }

    /** Signed agreements (current, or expired by their review date) and those recorded as expired; drafts and withdrawn ones never covered anything. */
    private List<SharingAgreement> agreementsThatCoverOrDid() {
        return em.createQuery("SELECT DISTINCT a FROM SharingAgreement a LEFT JOIN FETCH a.datasets WHERE a.status IN :statuses ORDER BY a.reference DESC",
                        SharingAgreement.class)
                .setParameter("statuses", List.of(AgreementStatus.SIGNED, AgreementStatus.EXPIRED)).getResultList();
    }

    /** The agencies represented on each asking board today (the agency a member sits for). */
    private Map<Long, List<Agency>> askingAgencies(List<StrategicAsk> asks) {
        if (asks.isEmpty()) {
            return Map.of();
        }
        List<Long> boards = asks.stream().map(a -> a.getBoard().getId()).distinct().toList();
        Map<Long, TreeSet<Agency>> byBoard = new LinkedHashMap<>();
        em.createQuery("SELECT m FROM Membership m JOIN FETCH m.representing WHERE m.board.id IN :boards AND "
                        + Membership.CURRENT_ON_TODAY, Membership.class)
                .setParameter("boards", boards).setParameter("today", clock.today()).getResultStream()
                .forEach(m -> byBoard.computeIfAbsent(m.getBoard().getId(), b -> new TreeSet<>(Comparator.comparing(Agency::getShortName)))
                        .add(m.getRepresenting()));
        Map<Long, List<Agency>> result = new LinkedHashMap<>();
        byBoard.forEach((board, agencies) -> result.put(board, List.copyOf(agencies)));
        return result;
    }
}
