package org.partnershipportal.meetings;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnershipportal.platform.PortalDataSource;
import org.partnershipportal.testsupport.Deployments;
import org.partnershipportal.testsupport.Timings;
import org.partnershipportal.testsupport.SyntheticRegister;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The action log and "my actions" over 200,000 actions (mvn verify -Pbenchmark). Runs inside the
 * server on the portal's own queries and prints p50/p95 per page query, against a baseline in the
 * same process: what a non-lazy table would do (read the board's whole log as entities, then sort
 * and page in memory).
 */
@ExtendWith(ArquillianExtension.class)
class ActionLogBenchmark {

    static final int BOARDS = 6;
    static final int YEARS = 10;
    static final int AGENDA_ITEMS = 100_000;
    static final int ACTIONS = 200_000;
    static final int RUNS = 40;

    @Deployment
    static WebArchive portal() {
        return Deployments.portalWithTestRunner().addClasses(ActionLogBenchmark.class, Timings.class, SyntheticRegister.class, SyntheticRegister.Seeded.class);
    }

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource pool;

    @Inject
    ActionLog log;

    @PersistenceContext
    EntityManager em;

    @Test
    void pageQueriesStayFastWith200000Actions() throws Exception {
        SyntheticRegister.Seeded seeded = SyntheticRegister.seed(pool, BOARDS, YEARS, AGENDA_ITEMS, ACTIONS);
        StringBuilder report = new StringBuilder();
        report.append(String.format("Seeded %d boards, %d meetings, %d agenda items, %d actions in %.1f s%n",
                BOARDS, seeded.meetings(), seeded.agendaItems(), seeded.actions(), seeded.millis() / 1000.0));
        long board = seeded.boardIds().get(0);
        long owner = seeded.ownerIds().get(1);
        ActionLog.Scope boardScope = new ActionLog.Scope(List.of(board), null, List.of());
        ActionLog.Scope myScope = new ActionLog.Scope(seeded.boardIds(), owner, List.of());
        long boardTotal = log.count(boardScope, new ActionQuery());
        report.append(String.format("One board's log: %d actions; one owner's across %d boards: %d%n%n",
                boardTotal, BOARDS, log.count(myScope, new ActionQuery())));

        ActionQuery all = new ActionQuery();
        ActionQuery outstanding = new ActionQuery();
        outstanding.setOutstandingOnly(true);
        ActionQuery overdue = new ActionQuery();
        overdue.setOverdueOnly(true);
        ActionQuery text = new ActionQuery();
        text.setText("county lines");
        ActionQuery owned = new ActionQuery();
        owned.setOwner("Named Person 12");

        Map<String, Supplier<Object>> cases = new LinkedHashMap<>();
        cases.put("board log, first page by due date", () -> log.page(boardScope, all, 0, 25, ActionSort.DUE, true));
        cases.put("board log, count", () -> log.count(boardScope, all));
        cases.put("board log, page 100 by due date", () -> log.page(boardScope, all, 2475, 25, ActionSort.DUE, true));
        cases.put("board log, by owner, descending", () -> log.page(boardScope, all, 0, 25, ActionSort.OWNER, false));
        cases.put("board log, last updated first", () -> log.page(boardScope, all, 0, 25, ActionSort.UPDATED, false));
        cases.put("board log, open only, first page", () -> log.page(boardScope, outstanding, 0, 25, ActionSort.DUE, true));
        cases.put("board log, open only, count", () -> log.count(boardScope, outstanding));
        cases.put("board log, overdue only, first page", () -> log.page(boardScope, overdue, 0, 25, ActionSort.DUE, true));
        cases.put("board log, overdue only, count", () -> log.count(boardScope, overdue));
        cases.put("board log, text 'county lines', page", () -> log.page(boardScope, text, 0, 25, ActionSort.DUE, true));
        cases.put("board log, text 'county lines', count", () -> log.count(boardScope, text));
        cases.put("board log, owner filter, page", () -> log.page(boardScope, owned, 0, 25, ActionSort.DUE, true));
        cases.put("my actions, open, first page", () -> log.page(myScope, outstanding, 0, 25, ActionSort.DUE, true));
        cases.put("my actions, open, count", () -> log.count(myScope, outstanding));
        cases.put("my actions, all, page 10", () -> log.page(myScope, all, 225, 25, ActionSort.DUE, true));

        report.append(String.format("%-40s %9s %9s%n", "query (25-row pages)", "p50 ms", "p95 ms"));
        double worstP95 = 0;
        for (Map.Entry<String, Supplier<Object>> entry : cases.entrySet()) {
            double[] times = Timings.time(entry.getValue(), RUNS);
            worstP95 = Math.max(worstP95, Timings.percentile(times, 95));
            report.append(String.format("%-40s %9.2f %9.2f%n", entry.getKey(), Timings.percentile(times, 50), Timings.percentile(times, 95)));
        }

        // Baseline: the whole board log as entities, sorted and paged in memory.
        Supplier<Object> naive = () -> {
            List<Action> everything = em.createQuery("SELECT a FROM Action a WHERE a.board.id = :board", Action.class)
                    .setParameter("board", board).getResultList();
            List<Action> sorted = new ArrayList<>(everything);
            sorted.sort(Comparator.comparing(Action::getDueOn).thenComparing(Action::getId));
            em.clear();
            return sorted.subList(0, 25);
        };
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        double[] baseline = Timings.time(naive, 5);
        long heapBaseline = runtime.totalMemory() - runtime.freeMemory() - heapBefore;
        double[] lazy = Timings.time(cases.get("board log, first page by due date"), RUNS);
        report.append(String.format("%nBaseline (read %d actions, sort and page in memory): p50 %.1f ms, p95 %.1f ms, heap grew about %d MB%n",
                boardTotal, Timings.percentile(baseline, 50), Timings.percentile(baseline, 95), heapBaseline / (1024 * 1024)));
        report.append(String.format("Lazy first page p50 %.2f ms: the baseline takes %.0fx as long%n",
                Timings.percentile(lazy, 50), Timings.percentile(baseline, 50) / Timings.percentile(lazy, 50)));
        report.append(String.format("Worst p95 of the page queries: %.2f ms%n", worstP95));

        @SuppressWarnings("unchecked")
        List<ActionRow> firstPage = (List<ActionRow>) cases.get("board log, first page by due date").get();
        assertEquals(25, firstPage.size());
        assertFalse(firstPage.stream().anyMatch(row -> row.boardId() != board), "only the board's own actions");
        assertEquals(ActionStatus.class, firstPage.get(0).status().getClass());
        Timings.publish("Action log benchmark", "action-log.txt", report.toString());
    }
}
