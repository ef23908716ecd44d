package org.partnershipportal.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.platform.AccessRefusedException;
import org.partnershipportal.platform.NotFoundException;
import org.partnershipportal.platform.Permission;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The feedback loop: where a dataset was used (the asks it serves, the requests it answered, the
 * meetings and actions that cited those answers), and one view of all that for an agency's data lead.
 * A request's words show only to those who may read it; others see the board and the date.
 */
@Stateless
@RolesAllowed(Permission.Name.READ_CATALOGUE)
public class DatasetUsage {

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalogue catalogue;

    @Inject
    DataRequests requests;

    @Inject
    DataRequestQueries requestQueries;

    @Inject
    AnswerCitations citations;

    @Inject
    AuditLog audit;

    /** An answered request that drew on the dataset, and that the reader may see. */
    public record RequestUse(long requestId, String boardName, LocalDate answeredOn, String whatNeeded,
                             List<AnswerCitations.CitationView> citations) implements Serializable {
    }

    public record Use(List<AskMapping> asks, List<RequestUse> requests) implements Serializable {
        public boolean unused() {
            return asks.stream().noneMatch(m -> m.getFit() != Fit.NOT_AT_ALL) && requests.isEmpty();
        }
    }

    public Use of(long datasetId) {
        Dataset dataset = catalogue.get(datasetId);
        List<AskMapping> asks = em.createQuery("SELECT m FROM AskMapping m JOIN FETCH m.ask a JOIN FETCH a.board WHERE m.dataset = :dataset "
                + "ORDER BY m.fit, a.raisedAt DESC", AskMapping.class).setParameter("dataset", dataset).getResultList();
        List<DataRequest> answered = em.createQuery("SELECT r FROM DataRequest r JOIN FETCH r.board WHERE :dataset MEMBER OF r.datasets "
                + "AND r.status = :answered ORDER BY r.closedAt DESC", DataRequest.class).setParameter("dataset", dataset)
                .setParameter("answered", RequestStatus.ANSWERED).setMaxResults(100).getResultList();
        return new Use(asks, requestUses(answered));
    }

    /** The answered requests the caller may read, with where each was cited. */
    private List<RequestUse> requestUses(List<DataRequest> answered) {
        List<DataRequest> readable = answered.stream().filter(requestQueries.readableByCaller()).toList();
        Map<Long, List<AnswerCitations.CitationView>> cited = citations.citationsOf(readable);
        return readable.stream().map(r -> new RequestUse(r.getId(), r.getBoard().getName(), org.partnershipportal.platform.PortalClock.localDate(r.getClosedAt()), r.getWhatNeeded(),
                cited.getOrDefault(r.getId(), List.of()))).toList();
    }

    /** One dataset's use in figures, for the agency view. */
    public record DatasetFigures(long datasetId, String name, long asksFully, long asksPartly, long requestsAnswered, long citations)
            implements Serializable {
        public boolean unused() {
            return asksFully + asksPartly + requestsAnswered == 0;
        }
    }

    public record AgencyUse(Agency agency, List<DatasetFigures> datasets, List<RequestUse> answered, long openRequests) implements Serializable {
    }

    /** The use made of an agency's data: for its data leads and administrators. */
    public AgencyUse ofAgency(Long agencyId) {
        List<Agency> maintained = catalogue.maintainedAgencies();
        if (maintained.isEmpty()) {
            audit.recordRefusal("agency", agencyId, "use of an agency's data");
            throw new AccessRefusedException("The use of an agency's data is for its data leads and administrators");
        }
        Agency agency = agencyId == null ? maintained.get(0) : Optional.ofNullable(em.find(Agency.class, agencyId))
                .orElseThrow(() -> new NotFoundException("No such agency"));
        if (!catalogue.mayMaintain(agency.getId())) {
            audit.recordRefusal("agency", agency.getId(), "use of another agency's data");
            throw new AccessRefusedException("Only " + agency.getShortName() + "'s data leads and administrators see the use of its data");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT d.id, d.name, "
                + "(SELECT COUNT(*) FROM ask_dataset m WHERE m.dataset_id = d.id AND m.fit = 'FULLY'), "
                + "(SELECT COUNT(*) FROM ask_dataset m WHERE m.dataset_id = d.id AND m.fit = 'PARTLY'), "
                + "(SELECT COUNT(*) FROM data_request_dataset rd JOIN data_request r ON r.id = rd.request_id WHERE rd.dataset_id = d.id AND r.status = 'ANSWERED'), "
                + "(SELECT COUNT(*) FROM data_request_dataset rd JOIN data_request_citation c ON c.request_id = rd.request_id WHERE rd.dataset_id = d.id) "
                + "FROM dataset d WHERE d.agency_id = ?1 ORDER BY d.name").setParameter(1, agency.getId()).getResultList();
        List<DatasetFigures> figures = rows.stream().map(r -> new DatasetFigures(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), ((Number) r[5]).longValue())).toList();
        List<DataRequest> answered = em.createQuery("SELECT r FROM DataRequest r JOIN FETCH r.board WHERE :agency MEMBER OF r.agencies "
                + "AND r.status = :answered ORDER BY r.closedAt DESC", DataRequest.class).setParameter("agency", agency)
                .setParameter("answered", RequestStatus.ANSWERED).setMaxResults(100).getResultList();
        long open = em.createQuery("SELECT COUNT(r) FROM DataRequest r WHERE :agency MEMBER OF r.agencies AND r.status IN :open", Long.class)
                .setParameter("agency", agency).setParameter("open", RequestStatus.open())
                .getSingleResult();
        return new AgencyUse(agency, figures, requestUses(answered), open);
    }

    public List<Agency> agencyChoices() {
        return catalogue.maintainedAgencies();
    }
}
