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
import org.partnershipportal.platform.AccessRefusedException;
import org.partnershipportal.platform.CallerPermissions;
import org.partnershipportal.platform.ConflictException;
import org.partnershipportal.platform.InputRules;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.NotFoundException;
import org.partnershipportal.platform.Permission;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Strategic asks, how datasets answer them, and the gaps. Asks are partnership-wide reading (the
 * point is to see what everyone wants to know); a board's members raise and change its own asks;
 * mapping a dataset is for the asking board's members, the dataset's agency's data lead and administrators.
 */
@Stateless
@RolesAllowed(Permission.Name.READ_CATALOGUE)
public class Asks {

    public static final int LIST_LIMIT = 500;

    @PersistenceContext
    EntityManager em;

    /** Moments are stored as UTC from the portal's clock (PortalClock's time policy). */
    @Inject
    org.partnershipportal.platform.PortalClock clock;

    @Inject
    SecurityContext security;

    @Inject
    CallerPermissions may;

    @Inject
    Validator validator;

    @Inject
    AuditLog audit;

    @Inject
    BoardAccess access;

    @Inject
    Catalogue catalogue;

    /** An ask as lists show it, with the datasets mapped to it. */
    public record AskRow(StrategicAsk ask, List<AskMapping> mappings) implements Serializable {
        /** The best any dataset does for the ask, or null when none is mapped. */
        public Fit bestFit() {
            return mappings.stream().map(AskMapping::getFit).min(Comparator.naturalOrder()).orElse(null);
        }
    }

    public List<AskRow> list(AskStatus status, Subject subject) {
        StringBuilder jpql = new StringBuilder("SELECT a FROM StrategicAsk a JOIN FETCH a.board WHERE 1 = 1");
        if (status != null) {
            jpql.append(" AND a.status = :status");
        }
        if (subject != null) {
            jpql.append(" AND a.subject = :subject");
        }
        var query = em.createQuery(jpql.append(" ORDER BY a.status, a.priority, a.raisedAt DESC").toString(), StrategicAsk.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (subject != null) {
            query.setParameter("subject", subject);
        }
        List<StrategicAsk> asks = query.setMaxResults(LIST_LIMIT).getResultList();
        if (asks.isEmpty()) {
            return List.of();
        }
        Map<Long, List<AskMapping>> mapped = em.createQuery("SELECT m FROM AskMapping m JOIN FETCH m.dataset d JOIN FETCH d.agency "
                        + "WHERE m.ask IN :asks ORDER BY m.fit, d.agency.shortName, d.name", AskMapping.class).setParameter("asks", asks)
                .getResultStream().collect(Collectors.groupingBy(m -> m.getAsk().getId()));
        return asks.stream().map(a -> new AskRow(a, mapped.getOrDefault(a.getId(), List.of()))).toList();
    }

    public StrategicAsk get(long askId) {
        return Optional.ofNullable(em.find(StrategicAsk.class, askId)).orElseThrow(() -> new NotFoundException("No such ask"));
    }

    /** Boards whose asks the caller can raise: the boards they sit on (administrators: all). */
    public List<Board> askingBoards() {
        List<Long> ids = access.boardsOfCaller();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT b FROM Board b WHERE b.id IN :ids ORDER BY b.name", Board.class).setParameter("ids", ids).getResultList();
    }

    public boolean mayChange(StrategicAsk ask) {
        return access.seatOf(BoardId.of(ask.getBoard())).isPresent();
    }

    public StrategicAsk save(Long askId, Long expectedVersion, AskForm form) {
        InputRules.requireValid(validator, form);
        LocalDateTime now = clock.utcNow();
        StrategicAsk ask;
        if (askId == null) {
            Board board = Optional.ofNullable(em.find(Board.class, form.getBoardId()))
                    .orElseThrow(() -> new InvalidInputException("boardId", "Choose a board from the list"));
            access.requireMember(BoardId.of(board));
            ask = new StrategicAsk(board, security.getCallerPrincipal().getName(), now);
        } else {
            ask = get(askId);
            access.requireMember(BoardId.of(ask.getBoard()));
            if (expectedVersion == null || ask.getVersion() != expectedVersion) {
                throw new ConflictException("Someone else changed this ask while you were editing. Reload to see their change.");
            }
        }
        ask.describe(form.getQuestion(), form.getWhyItMatters(), form.getSubject(), form.getPriority(), form.getStatus(), now);
        if (askId == null) {
            em.persist(ask);
        }
        em.flush();
        audit.record(AuditAction.ASK_CHANGED, "ask", ask.getId(), (askId == null ? "raised for " : "changed, ")
                + ask.getBoard().getShortName() + ", " + ask.getStatus());
        return ask;
    }

    public List<AskMapping> mappings(long askId) {
        return em.createQuery("SELECT m FROM AskMapping m JOIN FETCH m.dataset d JOIN FETCH d.agency WHERE m.ask.id = :ask "
                + "ORDER BY m.fit, d.agency.shortName, d.name", AskMapping.class).setParameter("ask", askId).getResultList();
    }

    /** The asking board's members, the dataset agency's data lead and administrators may say how a dataset answers an ask. */
    public boolean mayMap(StrategicAsk ask, Dataset dataset) {
        return access.seatOf(BoardId.of(ask.getBoard())).isPresent() || catalogue.mayMaintain(dataset.getAgency().getId());
    }

    public boolean mayMapAny(StrategicAsk ask) {
        return access.seatOf(BoardId.of(ask.getBoard())).isPresent() || may.holds(Permission.KEEP_OWN_AGENCY_RECORDS);
    }

    public AskMapping map(long askId, Long datasetId, Fit fit, String missing) {
        StrategicAsk ask = get(askId);
        if (datasetId == null) {
            throw new InvalidInputException("datasetId", "Choose the dataset");
        }
        Dataset dataset = Optional.ofNullable(em.find(Dataset.class, datasetId))
                .orElseThrow(() -> new InvalidInputException("datasetId", "Choose a dataset from the catalogue"));
        if (!mayMap(ask, dataset)) {
            audit.recordRefusal("ask", askId, "mapping dataset " + datasetId);
            throw new AccessRefusedException("Only the asking board's members, " + dataset.getAgency().getShortName()
                    + "'s data lead or an administrator can say how this dataset answers this ask");
        }
        if (fit == null) {
            throw new InvalidInputException("fit", "Say how well the dataset answers the ask");
        }
        String note = InputRules.trimmed(missing);
        if (note != null && note.length() > AskMapping.MISSING_MAX) {
            throw new InvalidInputException("missing", "Use at most " + AskMapping.MISSING_MAX + " characters");
        }
        if (fit != Fit.FULLY && note == null) {
            throw new InvalidInputException("missing", "Say what is missing, so the gap is clear");
        }
        java.util.Optional<AskMapping> existing = em.createQuery("SELECT m FROM AskMapping m WHERE m.ask.id = :ask AND m.dataset.id = :dataset",
                AskMapping.class).setParameter("ask", askId).setParameter("dataset", datasetId).getResultStream().findFirst();
        AskMapping mapping = existing.orElseGet(() -> new AskMapping(ask, dataset));
        mapping.assess(fit, note, security.getCallerPrincipal().getName(), clock.utcNow());
        if (existing.isEmpty()) {
            em.persist(mapping);
        }
        em.flush();
        audit.record(AuditAction.ASK_MAPPED, "ask", askId, dataset.getAgency().getShortName() + " " + dataset.getName() + ": " + fit);
        return mapping;
    }

    public void unmap(long mappingId) {
        AskMapping mapping = Optional.ofNullable(em.find(AskMapping.class, mappingId)).orElseThrow(() -> new NotFoundException("No such mapping"));
        if (!mayMap(mapping.getAsk(), mapping.getDataset())) {
            audit.recordRefusal("ask", mapping.getAsk().getId(), "removing mapping " + mappingId);
            throw new AccessRefusedException("Only the asking board's members, the dataset's data lead or an administrator can remove this");
        }
        em.remove(mapping);
        audit.record(AuditAction.ASK_MAPPED, "ask", mapping.getAsk().getId(), "removed " + mapping.getDataset().getName());
    }

    /** One open ask no dataset fully answers, with what part-answers it and what is missing. */
    public record Gap(StrategicAsk ask, List<AskMapping> partly) implements Serializable {
        public List<String> partlyByAgency() {
            return partly.stream().collect(Collectors.groupingBy(m -> m.getDataset().getAgency().getShortName(), TreeMap::new, Collectors.counting()))
                    .entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
        }

        public boolean nothingAtAll() {
            return partly.isEmpty();
        }
    }

    /** What the partnership wants to know and cannot: open asks no dataset fully answers, and datasets that serve no ask. */
    public record Gaps(Map<Subject, List<Gap>> bySubject, Map<String, List<Gap>> byAgency, List<Gap> unanswerable,
                       Map<String, List<Dataset>> unusedByAgency, long openAsks, long parkedAsks) implements Serializable {
        public List<Map.Entry<Subject, List<Gap>>> subjectEntries() {
            return new ArrayList<>(bySubject.entrySet());
        }

        public List<Map.Entry<String, List<Gap>>> agencyEntries() {
            return new ArrayList<>(byAgency.entrySet());
        }

        public List<Map.Entry<String, List<Dataset>>> unusedEntries() {
            return new ArrayList<>(unusedByAgency.entrySet());
        }

        public long unusedCount() {
            return unusedByAgency.values().stream().mapToLong(List::size).sum();
        }

        public long gapCount() {
            return bySubject.values().stream().mapToLong(List::size).sum();
        }
    }

    public Gaps gaps() {
        List<StrategicAsk> open = em.createQuery("SELECT a FROM StrategicAsk a JOIN FETCH a.board WHERE a.status = :open "
                + "ORDER BY a.priority, a.raisedAt", StrategicAsk.class).setParameter("open", AskStatus.OPEN).getResultList();
        long parked = em.createQuery("SELECT COUNT(a) FROM StrategicAsk a WHERE a.status = :parked", Long.class)
                .setParameter("parked", AskStatus.PARKED).getSingleResult();
        Map<Long, List<AskMapping>> mappingsByAsk = em.createQuery("SELECT m FROM AskMapping m JOIN FETCH m.dataset d JOIN FETCH d.agency "
                        + "WHERE m.ask.status = :open", AskMapping.class).setParameter("open", AskStatus.OPEN).getResultStream()
                .collect(Collectors.groupingBy(m -> m.getAsk().getId()));
        Map<Subject, List<Gap>> bySubject = new EnumMap<>(Subject.class);
        Map<String, List<Gap>> byAgency = new TreeMap<>();
        List<Gap> unanswerable = new ArrayList<>();
        for (StrategicAsk ask : open) {
            List<AskMapping> mapped = mappingsByAsk.getOrDefault(ask.getId(), List.of());
            if (mapped.stream().anyMatch(m -> m.getFit() == Fit.FULLY)) {
                continue;
            }
            Gap gap = new Gap(ask, mapped.stream().filter(m -> m.getFit() == Fit.PARTLY).toList());
            bySubject.computeIfAbsent(ask.getSubject(), s -> new ArrayList<>()).add(gap);
            if (gap.nothingAtAll()) {
                unanswerable.add(gap);
            }
            gap.partly().stream().map(m -> m.getDataset().getAgency().getName()).distinct()
                    .forEach(agency -> byAgency.computeIfAbsent(agency, k -> new ArrayList<>()).add(gap));
        }
        Map<String, List<Dataset>> unused = new LinkedHashMap<>();
        em.createQuery("SELECT d FROM Dataset d JOIN FETCH d.agency WHERE NOT EXISTS (SELECT m FROM AskMapping m WHERE m.dataset = d "
                        + "AND m.fit <> :none) ORDER BY d.agency.name, d.name", Dataset.class).setParameter("none", Fit.NOT_AT_ALL)
                .getResultStream().forEach(d -> unused.computeIfAbsent(d.getAgency().getName(), k -> new ArrayList<>()).add(d));
        return new Gaps(bySubject, byAgency, unanswerable, unused, open.size(), parked);
    }

    /** Datasets to choose from when mapping an ask, for the caller: all, but a data lead sees their own agency's first. */
    public List<Dataset> mappableDatasets(StrategicAsk ask) {
        boolean seated = access.seatOf(BoardId.of(ask.getBoard())).isPresent();
        List<Long> own = catalogue.maintainedAgencies().stream().map(Agency::getId).toList();
        if (!seated && own.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery("SELECT d FROM Dataset d JOIN FETCH d.agency" + (seated ? "" : " WHERE d.agency.id IN :own")
                + " ORDER BY d.agency.shortName, d.name", Dataset.class);
        if (!seated) {
            query.setParameter("own", own);
        }
        return query.setMaxResults(2000).getResultList();
    }

    public List<Agency> agencies() {
        return catalogue.agencies();
    }
}
