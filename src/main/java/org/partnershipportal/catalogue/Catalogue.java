package org.partnershipportal.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Validator;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.flags.Flag;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.identity.AgencyRecords;
import org.partnershipportal.identity.UserAccount;
import org.partnershipportal.platform.AccessRefusedException;
import org.partnershipportal.platform.ConflictException;
import org.partnershipportal.platform.InputRules;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.NotFoundException;
import org.partnershipportal.platform.Permission;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue of datasets. Board members, data leads and administrators read it; a data lead
 * maintains their own agency's datasets and administrators all of them, checked here whatever the
 * page or request. Every change keeps its before and after, field by field, and is audited.
 */
@Stateless
@RolesAllowed(Permission.Name.READ_CATALOGUE)
public class Catalogue {

    public static final int MAX_PAGE = 100;

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
    DatasetSearch datasetSearch;

    @Inject
    AgencyRecords agencyRecords;

    /** One dataset as a result list shows it: no more than the row needs. */
    public record Row(long id, String name, String agencyShortName, String agencyName, Classification classification,
                      UpdateFrequency frequency, LocalDate reviewDueOn, String subjects, String summary) implements Serializable {
        public boolean reviewOverdueOn(LocalDate today) {
            return reviewDueOn == null || reviewDueOn.isBefore(today);
        }
    }

    /** One value of a facet (an id, or an enum constant) with how many datasets it would show. */
    public record FacetCount(Serializable key, String label, long count) implements Serializable {
    }

    public record Facets(List<FacetCount> agencies, List<FacetCount> subjects, List<FacetCount> classifications,
                         List<FacetCount> frequencies, List<FacetCount> flags) implements Serializable {
    }

    public enum Sort {
        RELEVANCE("Best match"), NAME("Name"), AGENCY("Agency"), REVIEW_DUE("Review due first");

        private final String label;

        Sort(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    // The search page's reads run without a transaction of their own (SUPPORTS): a transaction here bought no
    // consistency a reader needs and cost MariaDB three statements each (the pool's connections are XA), four times a
    // page (ClusterLoadBenchmark's SQL/req column). Writes keep the default, a transaction each.

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Row> search(CatalogueQuery query, Sort sort, int first, int pageSize) {
        return datasetSearch.search(query, sort, first, pageSize);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(CatalogueQuery query) {
        return datasetSearch.count(query);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Facets facets(CatalogueQuery query) {
        return datasetSearch.facets(query);
    }

    public Dataset get(long datasetId) {
        return Optional.ofNullable(em.find(Dataset.class, datasetId)).orElseThrow(() -> new NotFoundException("No such dataset"));
    }

    public List<DatasetChange> history(long datasetId) {
        get(datasetId);
        return em.createQuery("SELECT c FROM DatasetChange c WHERE c.dataset.id = :id ORDER BY c.changedAt DESC, c.id DESC", DatasetChange.class)
                .setParameter("id", datasetId).setMaxResults(200).getResultList();
    }

    /** Whether the caller may change this agency's datasets: their own agency as its data lead, or any as administrator. */
    public boolean mayMaintain(long agencyId) {
        return agencyRecords.keptByCaller(agencyId);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Agency> maintainedAgencies() {
        return agencyRecords.keptByCaller();
    }

    public List<Agency> agencies() {
        return em.createQuery("SELECT a FROM Agency a ORDER BY a.name", Agency.class).getResultList();
    }

    /** The data leads a dataset's steward can be chosen from: those of its agency. */
    public List<UserAccount> stewardChoices(long agencyId) {
        return agencyRecords.keepingRecordsOf(agencyId);
    }

    public List<Flag> flagChoices() {
        return em.createQuery("SELECT f FROM Flag f JOIN FETCH f.agency ORDER BY f.agency.shortName, f.name", Flag.class).getResultList();
    }

    /** A new dataset of the form's agency, which the caller must keep the records of. */
    public Dataset create(DatasetForm form) {
        if (form.getAgencyId() == null) {
            throw new InvalidInputException("agencyId", "Choose the agency that holds this dataset");
        }
        Agency agency = Optional.ofNullable(em.find(Agency.class, form.getAgencyId()))
                .orElseThrow(() -> new InvalidInputException("agencyId", "Choose an agency from the list"));
        requireMaintainer(agency);
        Dataset dataset = new Dataset(agency);
        describe(dataset, form);
        em.persist(dataset);
        em.flush();
        recordChanges(dataset, Map.of(), true);
        audit.record(AuditAction.DATASET_CHANGED, "dataset", dataset.getId(), "created " + dataset.getAgency().getShortName() + " " + dataset.getName());
        return dataset;
    }

    /** Saves the form over the dataset as the caller last read it ({@code expectedVersion}), keeping each changed field's history. */
    public Dataset update(long datasetId, long expectedVersion, DatasetForm form) {
        Dataset dataset = get(datasetId);
        requireMaintainer(dataset.getAgency());
        if (dataset.getVersion() != expectedVersion) {
            throw new ConflictException("Someone else changed this dataset while you were editing. Reload to see their change.");
        }
        Map<String, String> before = dataset.snapshot();
        describe(dataset, form);
        em.flush();
        int changed = recordChanges(dataset, before, false);
        audit.record(AuditAction.DATASET_CHANGED, "dataset", dataset.getId(), "changed " + changed + " fields of "
                + dataset.getAgency().getShortName() + " " + dataset.getName());
        return dataset;
    }

    /** Checks the form (fields, legal basis and coverage, subjects, unique name, steward, flags) and writes it into the dataset. */
    private void describe(Dataset dataset, DatasetForm form) {
        InputRules.requireValid(validator, form);
        Optional<InvalidInputException> problem = form.legalAndCoverageProblem();
        if (problem.isPresent()) {
            throw problem.get();
        }
        if (form.subjects().isEmpty()) {
            throw new InvalidInputException("subjectSelection", "Choose what the dataset is about");
        }
        requireUniqueName(dataset, form.getName());
        UserAccount steward = null;
        if (form.getStewardId() != null) {
            steward = stewardChoices(dataset.getAgency().getId()).stream().filter(u -> u.getId().equals(form.getStewardId())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("stewardId", "The steward must be one of " + dataset.getAgency().getShortName() + "'s data leads"));
        }
        List<Long> flagIds = form.flagIds();
        Set<Flag> flags = flagIds.isEmpty() ? Set.of() : new HashSet<>(em.createQuery("SELECT f FROM Flag f WHERE f.id IN :ids", Flag.class)
                .setParameter("ids", flagIds).getResultList());
        if (flags.size() != new HashSet<>(flagIds).size()) {
            throw new InvalidInputException("flagSelection", "Choose flags from the flags register");
        }
        dataset.describe(form, steward, flags, security.getCallerPrincipal().getName(), clock.utcNow());
    }

    /** One history row per field that differs from {@code before} (a new dataset's empty fields are not changes); returns how many. */
    private int recordChanges(Dataset dataset, Map<String, String> before, boolean created) {
        int changed = 0;
        for (Map.Entry<String, String> field : dataset.snapshot().entrySet()) {
            String old = before.get(field.getKey());
            if (!Objects.equals(old, field.getValue()) && !(old == null && created && field.getValue() == null)) {
                em.persist(new DatasetChange(dataset, dataset.getVersion(), field.getKey(), old, field.getValue(),
                        dataset.getUpdatedBy(), dataset.getUpdatedAt()));
                changed++;
            }
        }
        return changed;
    }

    private void requireUniqueName(Dataset dataset, String name) {
        List<Long> same = em.createQuery("SELECT d.id FROM Dataset d WHERE d.agency = :agency AND d.name = :name", Long.class)
                .setParameter("agency", dataset.getAgency()).setParameter("name", name).getResultList();
        if (same.stream().anyMatch(id -> !id.equals(dataset.getId()))) {
            throw new InvalidInputException("name", dataset.getAgency().getShortName() + " already has a dataset with this name");
        }
    }

    private void requireMaintainer(Agency agency) {
        if (!mayMaintain(agency.getId())) {
            audit.recordRefusal("agency", agency.getId(), "datasets of another agency");
            throw new AccessRefusedException("Only " + agency.getShortName() + "'s data lead or an administrator can change its datasets");
        }
    }

    /** The datasets of some agencies, for a data lead saying which ones an answer drew on. */
    public List<Dataset> heldBy(java.util.Collection<Agency> agencies) {
        if (agencies.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT d FROM Dataset d JOIN FETCH d.agency WHERE d.agency IN :agencies ORDER BY d.agency.shortName, d.name",
                Dataset.class).setParameter("agencies", agencies).setMaxResults(1000).getResultList();
    }

    /** When each dataset was first described in the catalogue (its first recorded change), by dataset id: one query for all. */
    public Map<Long, LocalDateTime> firstListed() {
        Map<Long, LocalDateTime> listed = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT c.dataset.id, MIN(c.changedAt) FROM DatasetChange c GROUP BY c.dataset.id", Object[].class)
                .getResultList()) {
            listed.put((Long) row[0], (LocalDateTime) row[1]);
        }
        return listed;
    }

    /** Every dataset with what an export needs, in name order. */
    public List<Dataset> everything() {
        return em.createQuery("SELECT d FROM Dataset d JOIN FETCH d.agency LEFT JOIN FETCH d.steward ORDER BY d.name, d.id", Dataset.class)
                .getResultList();
    }
}
