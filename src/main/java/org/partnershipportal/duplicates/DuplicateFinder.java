package org.partnershipportal.duplicates;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnershipportal.boards.BoardId;
import org.partnershipportal.meetings.RegisterChanged;
import org.partnershipportal.meetings.RegisterRecordRemoved;
import org.partnershipportal.meetings.RegisterImported;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Keeps the matcher's indexes of the register's wording (agenda items and actions) and answers
 * "what on other boards looks like this?" and "which records across boards are the same matter?".
 * Knows nothing of who may see what: {@link Duplicates} applies that before anything reaches a page.
 *
 * <p>The indexes are built from the database in the background at start-up (the embedding model
 * costs a few milliseconds per text) and follow every saved item or action. A record's key is its
 * id and version, so an edited item is indexed again in its new words and its old words are ignored.
 */
@Singleton
@Startup
// After the demo partnership is loaded (in the demo profile): otherwise the background build could read the
// register before the demo's transaction commits, and the finder would start empty.
@DependsOn({"SchemaMigrator", "DemoPartnership"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DuplicateFinder {

    private static final Logger LOG = Logger.getLogger(DuplicateFinder.class.getName());

    /**
     * A record of the register as the matcher sees it. The matcher knows a board by its name (a board's own business
     * plan is standing business on that board only); {@code standing} is the chair's marker.
     */
    public record Entry(long id, long version, long boardId, BoardName boardName, LocalDate meetingDate, String title,
                        String description, boolean standing) {
        String key() {
            return id + "@" + version;
        }

        /** What the matcher reads: the board's name, never its id, and the chair's standing marker. */
        AgendaText text() {
            return new AgendaText(key(), boardName, meetingDate, title, description, standing);
        }
    }

    /** A likely duplicate of typed text: the record's id and board, and why it matched. */
    public record Hint(long id, long boardId, LocalDate meetingDate, double score, String reason) {
    }

    /** One index, the current key of each record in it and each record's board id. */
    private record Indexed(DuplicateIndex index, Map<Long, String> currentKeys, Map<Long, Long> boardOf) {
        boolean isCurrent(String key) {
            return key.equals(currentKeys.get(idOf(key)));
        }
    }

    private record State(DuplicateMatcher matcher, Indexed items, Indexed actions) {
        Indexed of(DuplicateDecision.Kind kind) {
            return kind == DuplicateDecision.Kind.AGENDA_ITEM ? items : actions;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    ManagedExecutorService executor;

    @jakarta.inject.Inject
    org.partnershipportal.glossary.Glossary glossary;

    private final StandingItems defaultStandingItems = new StandingItems(Abbreviations.defaults());
    private volatile State state;
    /** A saved or removed record: one or the other is set. */
    private record Change(RegisterChanged changed, RegisterRecordRemoved removed) {
    }
    private final ChangesDuringBuild<Change> changesDuringBuild = new ChangesDuringBuild<>();

    @jakarta.inject.Inject
    org.partnershipportal.platform.DataGrid dataGrid;

    /** The index is the last start-up work; once it is built the heap start-up needed is given back. */
    @jakarta.inject.Inject
    org.partnershipportal.platform.StartupMemory startupMemory;

    /** The Data Grid channel on which nodes tell each other of changes to the register's index. */
    static final String CHANNEL = "register-index";

    @PostConstruct
    void followTheOtherNodes() {
        dataGrid.subscribe(CHANNEL, this::followOtherNode);
    }

    /**
     * Builds the indexes in the background once the application has started, not during its deployment: loading the
     * model and WordNet takes a core for a second or two, which on a small server the deployment needs (issue 14,
     * start-up). Until the build is done, hints are empty and the report says it is still reading the register.
     * Public: an enterprise bean observes events through a business method.
     */
    public void buildOnceStarted(@Observes @Initialized(ApplicationScoped.class) Object application) {
        rebuild();
    }

    /**
     * What another node saved or removed reaches this node's index too, so hints typed on any node see
     * an item saved through any other ("changed AGENDA_ITEM 42", "removed ACTION 7", "rebuild").
     */
    void followOtherNode(String message) {
        String[] parts = message.split(" ");
        try {
            switch (parts[0]) {
                case "rebuild" -> rebuild();
                case "changed" -> index(new RegisterChanged(RegisterChanged.Kind.valueOf(parts[1]), Long.parseLong(parts[2])));
                case "removed" -> unindex(new RegisterRecordRemoved(RegisterChanged.Kind.valueOf(parts[1]), Long.parseLong(parts[2])));
                default -> LOG.warning(() -> "Unknown register-index message from another node: " + message);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not follow another node's change: " + message, e);
        }
    }

    /** Builds fresh indexes (e.g. after the abbreviations changed); the old ones answer until then. */
    public void rebuild() {
        long build = changesDuringBuild.buildStarted();
        try {
            executor.submit(() -> {
                try {
                    long started = System.nanoTime();
                    State fresh = build();
                    if (changesDuringBuild.mayInstall(build)) {
                        state = fresh;
                        org.partnershipportal.platform.StartupTimeline.mark("duplicate finder indexed (in the background)");
                        LOG.info(() -> String.format("Duplicate finder ready: %d agenda items, %d actions indexed in %d ms; embedding dot products: %s",
                                fresh.items().index().size(), fresh.actions().index().size(), (System.nanoTime() - started) / 1_000_000,
                                fresh.items().index().dotProduct().description()));
                        startupMemory.startUpWorkFinished();
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "Duplicate finder could not build its index", e);
                } finally {
                    replayChangesMadeDuringTheBuild();
                }
            });
        } catch (RuntimeException refused) {
            // The executor is shutting down: no build will run, so none may stay counted as running.
            replayChangesMadeDuringTheBuild();
            throw refused;
        }
    }

    private void replayChangesMadeDuringTheBuild() {
        for (Change missed : changesDuringBuild.buildFinished()) {
            if (missed.changed() != null) {
                applyTo(state, missed.changed());
            } else {
                removeFrom(state, missed.removed());
            }
        }
    }

    public boolean isReady() {
        return state != null;
    }

    public boolean isBuilding() {
        return changesDuringBuild.isBuilding();
    }

    /** Records on other boards, since a date, whose wording is close to the typed text; best first. */
    public List<Hint> similarTo(DuplicateDecision.Kind kind, String title, String description, BoardId excludeBoardId, LocalDate since, int limit) {
        State current = state;
        if (current == null || ((title == null || title.isBlank()) && (description == null || description.isBlank()))) {
            return List.of();
        }
        Indexed indexed = current.of(kind);
        List<Hint> hints = new ArrayList<>();
        for (Match match : indexed.index().similarTo(title, description, boardName(excludeBoardId), since, limit * 2)) {
            Long boardId = indexed.boardOf().get(idOf(match.id()));
            if (indexed.isCurrent(match.id()) && boardId != null && hints.size() < limit) {
                hints.add(new Hint(idOf(match.id()), boardId, match.meetingDate(), match.score(), match.reason()));
            }
        }
        return hints;
    }

    /**
     * Clusters of records on two or more boards that deal with the same matter, respecting people's
     * decisions. Recurring items on one board and standing items never form a cluster.
     */
    public List<List<Long>> clusters(DuplicateDecision.Kind kind, List<DuplicateDecision> decisions) {
        State current = state;
        if (current == null) {
            return List.of();
        }
        Indexed indexed = current.of(kind);
        List<List<Long>> clusters = new ArrayList<>();
        for (List<String> cluster : indexed.index().cluster(keyed(indexed, decisions))) {
            List<Long> ids = cluster.stream().filter(indexed::isCurrent).map(DuplicateFinder::idOf).distinct().toList();
            if (ids.size() > 1) {
                clusters.add(ids);
            }
        }
        return clusters;
    }

    /**
     * For each group of record ids (as the report shows them), the index of the group that is the same matter's
     * latest earlier round, or -1 ({@link DuplicateIndex#earlierRounds}).
     */
    public int[] earlierRounds(DuplicateDecision.Kind kind, List<List<Long>> groups) {
        State current = state;
        int[] none = new int[groups.size()];
        java.util.Arrays.fill(none, -1);
        if (current == null) {
            return none;
        }
        Indexed indexed = current.of(kind);
        return indexed.index().earlierRounds(groups.stream()
                .map(ids -> ids.stream().map(indexed.currentKeys()::get).filter(java.util.Objects::nonNull).toList()).toList());
    }

    /**
     * Whether the matcher treats a title as a standing item of the named board (apologies, minutes of the last
     * meeting, the board's own business plan…).
     */
    public boolean isStanding(BoardName boardName, String title, String description) {
        State current = state;
        AgendaText text = new AgendaText("typed", boardName, null, title, description);
        return current == null ? defaultStandingItems.isStanding(text) : current.matcher().isStanding(text);
    }

    /** The board's name as the matcher knows boards (null for an unknown board: then nothing is excluded). */
    private BoardName boardName(BoardId boardId) {
        org.partnershipportal.boards.Board board = em.find(org.partnershipportal.boards.Board.class, boardId.value());
        return board == null ? null : BoardName.of(board.getName());
    }

    public void followGlossary(@Observes(during = TransactionPhase.AFTER_SUCCESS) org.partnershipportal.glossary.GlossaryAbbreviationsChanged changed) {
        rebuild();
        dataGrid.publish(CHANNEL, "rebuild");
    }

    public void followAbbreviations(@Observes(during = TransactionPhase.AFTER_SUCCESS) PartnershipAbbreviations.AbbreviationsChanged changed) {
        rebuild();
        dataGrid.publish(CHANNEL, "rebuild");
    }

    /** Indexes a historic import's items once it has committed, in the background. */
    public void followImport(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegisterImported imported) {
        // Other nodes index the whole register again rather than receive thousands of ids.
        dataGrid.publish(CHANNEL, "rebuild");
        State current = state;
        if (current == null || changesDuringBuild.isBuilding()) {
            // The index being built may have read the register before the import committed: build one that has.
            rebuild();
            return;
        }
        List<Long> ids = List.copyOf(imported.agendaItemIds());
        executor.submit(() -> {
            for (int from = 0; from < ids.size(); from += 500) {
                List<Long> batch = ids.subList(from, Math.min(ids.size(), from + 500));
                itemEntries("WHERE i.id IN :id", null, batch).forEach(entry -> add(current.items(), entry));
            }
            LOG.info(() -> "Duplicate finder indexed " + ids.size() + " imported agenda items");
        });
    }

    /** A removed agenda item leaves the index at once (its entry stays, no longer current, until the next rebuild). */
    public void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegisterRecordRemoved removed) {
        unindex(removed);
        dataGrid.publish(CHANNEL, "removed " + removed.kind() + " " + removed.id());
    }

    private void unindex(RegisterRecordRemoved removed) {
        changesDuringBuild.note(new Change(null, removed));
        removeFrom(state, removed);
    }

    private static void removeFrom(State current, RegisterRecordRemoved removed) {
        if (current != null) {
            Indexed indexed = removed.kind() == RegisterChanged.Kind.AGENDA_ITEM ? current.items() : current.actions();
            indexed.currentKeys().remove(removed.id());
        }
    }

    public void follow(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegisterChanged change) {
        index(change);
        dataGrid.publish(CHANNEL, "changed " + change.kind() + " " + change.id());
    }

    private void index(RegisterChanged change) {
        changesDuringBuild.note(new Change(change, null));
        applyTo(state, change);
    }

    private void applyTo(State current, RegisterChanged change) {
        if (current == null) {
            return;
        }
        try {
            if (change.kind() == RegisterChanged.Kind.AGENDA_ITEM) {
                itemEntries("WHERE i.id = :id", change.id(), null).forEach(entry -> add(current.items(), entry));
            } else {
                actionEntries("WHERE a.id = :id", change.id()).forEach(entry -> add(current.actions(), entry));
            }
        } catch (RuntimeException e) {
            // The change itself is saved; the index catches up at its next rebuild.
            LOG.log(Level.WARNING, "Duplicate finder could not index " + change, e);
        }
    }

    private State build() {
        Map<String, String> abbreviations = em.createQuery("SELECT a FROM PartnershipAbbreviation a", PartnershipAbbreviation.class)
                .getResultStream().collect(Collectors.toMap(PartnershipAbbreviation::getAbbreviation,
                        PartnershipAbbreviation::getExpansion, (a, b) -> a, LinkedHashMap::new));
        // Glossary terms' abbreviations first; the partnership's own list wins where both define one.
        Map<String, String> merged = new LinkedHashMap<>(glossary.abbreviations());
        merged.putAll(abbreviations);
        DuplicateMatcher matcher = DuplicateMatcher.create(merged);
        org.partnershipportal.platform.StartupTimeline.mark("duplicate finder's model and WordNet loaded");
        Indexed items = new Indexed(matcher.newIndex(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        itemEntries("", null, null).forEach(entry -> add(items, entry));
        Indexed actions = new Indexed(matcher.newIndex(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        actionEntries("", null).forEach(entry -> add(actions, entry));
        return new State(matcher, items, actions);
    }

    private static void add(Indexed indexed, Entry entry) {
        indexed.index().add(entry.text());
        indexed.boardOf().put(entry.id(), entry.boardId());
        indexed.currentKeys().put(entry.id(), entry.key());
    }

    private List<Entry> itemEntries(String where, Long id, List<Long> ids) {
        var query = em.createQuery("SELECT i.id, i.version, i.board.id, i.board.name, i.meeting.startsAt, i.title, i.description, i.standing "
                + "FROM AgendaItem i " + where + " ORDER BY i.id", Object[].class);
        if (id != null) {
            query.setParameter("id", id);
        }
        if (ids != null) {
            query.setParameter("id", ids);
        }
        return query.getResultStream().map(DuplicateFinder::entry).toList();
    }

    private List<Entry> actionEntries(String where, Long id) {
        var query = em.createQuery("SELECT a.id, a.version, a.board.id, a.board.name, a.meeting.startsAt, a.description, NULL "
                + "FROM Action a " + where + " ORDER BY a.id", Object[].class);
        if (id != null) {
            query.setParameter("id", id);
        }
        return query.getResultStream().map(DuplicateFinder::entry).toList();
    }

    private static Entry entry(Object[] row) {
        return new Entry((Long) row[0], ((Number) row[1]).longValue(), (Long) row[2], BoardName.of((String) row[3]),
                ((java.time.LocalDateTime) row[4]).toLocalDate(), (String) row[5], (String) row[6], row.length > 7 && Boolean.TRUE.equals(row[7]));
    }

    /** People's decisions are about records; the index knows them by their current keys. */
    private static HumanDecisions keyed(Indexed indexed, List<DuplicateDecision> decisions) {
        HumanDecisions keyed = HumanDecisions.none();
        for (DuplicateDecision decision : decisions) {
            String a = indexed.currentKeys().get(decision.getFirstId());
            String b = indexed.currentKeys().get(decision.getSecondId());
            if (a == null || b == null) {
                continue;
            }
            if (decision.getDecision() == DuplicateDecision.Verdict.SAME) {
                keyed.confirmSame(a, b);
            } else {
                keyed.markNotSame(a, b);
            }
        }
        return keyed;
    }

    static long idOf(String key) {
        int at = key.indexOf('@');
        return Long.parseLong(at < 0 ? key : key.substring(0, at));
    }
}
