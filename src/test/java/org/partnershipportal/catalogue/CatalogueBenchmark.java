package org.partnershipportal.catalogue;

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

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Catalogue search and facets at 10,000 datasets (mvn verify -Pbenchmark). Runs inside the server on
 * the portal's own queries (FULLTEXT search, facet counts, lazy pages, all in MariaDB) and prints
 * p50/p95, against a baseline in the same process: read every dataset as an entity, then filter,
 * count facets, sort and page in memory, as a non-lazy table with in-memory filtering would.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueBenchmark {

    static final int DATASETS = 10_000;
    static final int RUNS = 40;

    private static final String[] TOPICS = {"missing episodes", "knife crime", "county lines", "school exclusions", "return home interviews",
            "emergency department assaults", "child sexual exploitation", "youth justice outcomes", "anti-social behaviour", "CAMHS waiting times",
            "domestic abuse notifications", "early help assessments", "children in care placements", "modern slavery referrals",
            "substance misuse treatment", "online harm reports", "stop and search", "serious violence", "housing and homelessness", "NEET status"};
    private static final String[] SYSTEMS = {"Niche RMS", "Liquidlogic", "SystmOne", "ChildView", "Mosaic", "CPOMS", "EMIS", "Capita One"};
    private static final String[] FREQUENCIES = {"DAILY", "WEEKLY", "MONTHLY", "QUARTERLY", "ANNUALLY", "IRREGULAR"};
    private static final String[] CLASSES = {"ANONYMISED", "PSEUDONYMISED", "PERSONAL", "SPECIAL_CATEGORY"};
    private static final String[] SUBJECTS = {"YOUNG_PEOPLE", "PERPETRATORS", "PLACES", "SERVICES"};

    @Deployment
    static WebArchive portal() {
        return Deployments.portalWithTestRunner().addClasses(CatalogueBenchmark.class, Timings.class);
    }

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource pool;

    @Inject
    DatasetSearch search;

    @PersistenceContext
    EntityManager em;

    @Test
    void searchAndFacetsStayFastWith10000Datasets() throws Exception {
        long seedStart = System.nanoTime();
        int seeded = seed();
        StringBuilder report = new StringBuilder(String.format("Seeded %d datasets in %.1f s (%d in the catalogue)%n%n", seeded,
                (System.nanoTime() - seedStart) / 1e9, search.count(CatalogueQuery.everything())));
        long agency = ((Number) em.createNativeQuery("SELECT MIN(agency_id) FROM dataset").getSingleResult()).longValue();

        CatalogueQuery all = CatalogueQuery.everything();
        CatalogueQuery text = new CatalogueQuery("county lines", null, null, null, null, null, false);
        CatalogueQuery shortWord = new CatalogueQuery("NEET", null, null, null, null, null, false);
        CatalogueQuery faceted = new CatalogueQuery("exploitation", agency, Subject.YOUNG_PEOPLE, Classification.SPECIAL_CATEGORY, null, null, false);
        CatalogueQuery overdue = new CatalogueQuery(null, null, null, null, UpdateFrequency.MONTHLY, null, true);

        Map<String, Supplier<Object>> cases = new LinkedHashMap<>();
        cases.put("first page, by name", () -> search.search(all, Catalogue.Sort.NAME, 0, 20));
        cases.put("page 200, by name", () -> search.search(all, Catalogue.Sort.NAME, 3980, 20));
        cases.put("count, everything", () -> search.count(all));
        cases.put("facets, everything", () -> search.facets(all));
        cases.put("text 'county lines', best match", () -> search.search(text, Catalogue.Sort.RELEVANCE, 0, 20));
        cases.put("text 'county lines', count", () -> search.count(text));
        cases.put("text 'county lines', facets", () -> search.facets(text));
        cases.put("short word 'NEET', page", () -> search.search(shortWord, Catalogue.Sort.RELEVANCE, 0, 20));
        cases.put("text + agency + subject + class, page", () -> search.search(faceted, Catalogue.Sort.RELEVANCE, 0, 20));
        cases.put("text + agency + subject + class, facets", () -> search.facets(faceted));
        cases.put("monthly, review overdue, page", () -> search.search(overdue, Catalogue.Sort.REVIEW_DUE, 0, 20));
        cases.put("monthly, review overdue, facets", () -> search.facets(overdue));

        report.append(String.format("%-42s %9s %9s%n", "query (20-row pages)", "p50 ms", "p95 ms"));
        double worstP95 = 0;
        for (Map.Entry<String, Supplier<Object>> entry : cases.entrySet()) {
            double[] times = Timings.time(entry.getValue(), RUNS);
            worstP95 = Math.max(worstP95, Timings.percentile(times, 95));
            report.append(String.format("%-42s %9.2f %9.2f%n", entry.getKey(), Timings.percentile(times, 50), Timings.percentile(times, 95)));
        }

        // One search as the user sees it: a page, its count and its facets.
        Supplier<Object> portal = () -> List.of(search.search(text, Catalogue.Sort.RELEVANCE, 0, 20), search.count(text), search.facets(text));
        Supplier<Object> baseline = () -> inMemory("county lines");
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        double[] naive = Timings.time(baseline, 5);
        long heapGrew = runtime.totalMemory() - runtime.freeMemory() - heapBefore;
        double[] lazy = Timings.time(portal, RUNS);
        report.append(String.format("%nOne search (page + count + facets): p50 %.2f ms, p95 %.2f ms%n", Timings.percentile(lazy, 50), Timings.percentile(lazy, 95)));
        report.append(String.format("Baseline (read all %d datasets as entities, filter, count facets, sort, page in memory): p50 %.1f ms, p95 %.1f ms, heap grew about %d MB%n",
                seeded, Timings.percentile(naive, 50), Timings.percentile(naive, 95), Math.max(0, heapGrew) / (1024 * 1024)));
        report.append(String.format("The baseline takes %.0fx as long%n", Timings.percentile(naive, 50) / Timings.percentile(lazy, 50)));
        report.append(String.format("Worst p95 of the catalogue's queries: %.2f ms%n", worstP95));

        List<Catalogue.Row> hits = search.search(text, Catalogue.Sort.RELEVANCE, 0, 20);
        assertEquals(20, hits.size());
        assertTrue(hits.stream().allMatch(r -> (r.name() + " " + r.summary()).toLowerCase(Locale.ROOT).contains("county")), "every hit is about county lines");
        long inMemoryCount = (long) ((Object[]) inMemory("county lines"))[0];
        assertEquals(inMemoryCount, search.count(text), "the database and the baseline agree");
        Timings.publish("Catalogue benchmark", "catalogue.txt", report.toString());
    }

    /** The baseline: everything into memory, then filtered, faceted, sorted and paged in Java. Returns {count, facets, page}. */
    private Object inMemory(String words) {
        List<Dataset> everything = em.createQuery("SELECT d FROM Dataset d JOIN FETCH d.agency", Dataset.class).getResultList();
        String[] wanted = words.toLowerCase(Locale.ROOT).split(" ");
        List<Dataset> matching = everything.stream().filter(d -> {
            String haystack = (d.getName() + " " + d.getDescription() + " " + d.getFieldsHeld() + " " + d.getSystemName()).toLowerCase(Locale.ROOT);
            return Arrays.stream(wanted).allMatch(haystack::contains);
        }).toList();
        Map<String, Long> byAgency = matching.stream().collect(Collectors.groupingBy(d -> d.getAgency().getShortName(), Collectors.counting()));
        Map<Subject, Long> bySubject = new HashMap<>();
        matching.forEach(d -> d.getSubjects().forEach(s -> bySubject.merge(s, 1L, Long::sum)));
        Map<Classification, Long> byClass = matching.stream().collect(Collectors.groupingBy(Dataset::getClassification, Collectors.counting()));
        List<Dataset> page = new ArrayList<>(matching);
        page.sort(Comparator.comparing(Dataset::getName).thenComparing(Dataset::getId));
        em.clear();
        return new Object[]{(long) matching.size(), List.of(byAgency, bySubject, byClass), page.subList(0, Math.min(20, page.size()))};
    }

    private int seed() throws Exception {
        Random random = new Random(42);
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            List<Long> agencies = ids(connection, "SELECT id FROM agency");
            if (agencies.isEmpty()) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO agency (name, short_name, kind) VALUES (?, ?, 'COUNCIL')")) {
                    for (int i = 1; i <= 6; i++) {
                        insert.setString(1, "Benchmark agency " + i);
                        insert.setString(2, "BA" + i);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                agencies = ids(connection, "SELECT id FROM agency");
            }
            long firstId;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO dataset (name, description, agency_id, system_name, fields_held, "
                    + "granularity, update_frequency, classification, article6_basis, article9_condition, last_reviewed_on, review_months, review_due_on, "
                    + "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, 'INDIVIDUAL', ?, ?, ?, ?, ?, 12, ?, NOW(), 'benchmark')")) {
                for (int i = 0; i < DATASETS; i++) {
                    String topic = TOPICS[random.nextInt(TOPICS.length)];
                    String other = TOPICS[random.nextInt(TOPICS.length)];
                    String classification = CLASSES[random.nextInt(CLASSES.length)];
                    java.time.LocalDate reviewed = java.time.LocalDate.now().minusDays(random.nextInt(900));
                    insert.setString(1, "Benchmark " + topic + " dataset " + i);
                    insert.setString(2, "Records of " + topic + " across the area, with " + other + " where known; extract " + i + ".");
                    insert.setLong(3, agencies.get(random.nextInt(agencies.size())));
                    insert.setString(4, SYSTEMS[random.nextInt(SYSTEMS.length)]);
                    insert.setString(5, "date; ward; age band; " + other);
                    insert.setString(6, FREQUENCIES[random.nextInt(FREQUENCIES.length)]);
                    insert.setString(7, classification);
                    insert.setString(8, classification.equals("ANONYMISED") ? null : "PUBLIC_TASK");
                    insert.setString(9, classification.equals("SPECIAL_CATEGORY") ? "DPA 2018 Sch. 1 para 18" : null);
                    insert.setObject(10, reviewed);
                    insert.setObject(11, reviewed.plusMonths(12));
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            firstId = ids(connection, "SELECT MIN(id) FROM dataset WHERE updated_by = 'benchmark'").get(0);
            List<Long> flags = ids(connection, "SELECT id FROM flag");
            try (PreparedStatement subject = connection.prepareStatement("INSERT INTO dataset_subject (dataset_id, subject) VALUES (?, ?)");
                 PreparedStatement flag = connection.prepareStatement("INSERT INTO dataset_flag (dataset_id, flag_id) VALUES (?, ?)")) {
                for (long id = firstId; id < firstId + DATASETS; id++) {
                    int first = random.nextInt(SUBJECTS.length);
                    subject.setLong(1, id);
                    subject.setString(2, SUBJECTS[first]);
                    subject.addBatch();
                    if (random.nextBoolean()) {
                        subject.setLong(1, id);
                        subject.setString(2, SUBJECTS[(first + 1) % SUBJECTS.length]);
                        subject.addBatch();
                    }
                    if (!flags.isEmpty() && random.nextInt(4) == 0) {
                        flag.setLong(1, id);
                        flag.setLong(2, flags.get(random.nextInt(flags.size())));
                        flag.addBatch();
                    }
                }
                subject.executeBatch();
                flag.executeBatch();
            }
            connection.commit();
            try (Statement analyse = connection.createStatement()) {
                analyse.execute("ANALYZE TABLE dataset, dataset_subject, dataset_flag");
            }
        }
        return DATASETS;
    }

    private static List<Long> ids(Connection connection, String sql) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
