package org.partnershipportal.benchmarks;

import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;
import org.partnershipportal.testsupport.DebianTool;
import org.partnershipportal.testsupport.EdgeProxy;
import org.partnershipportal.testsupport.EmbeddedMariaDb;
import org.partnershipportal.testsupport.NodeUnit;
import org.partnershipportal.testsupport.PayaraNode;
import org.partnershipportal.testsupport.ResidentMemory;
import org.partnershipportal.testsupport.PortalClient;
import org.partnershipportal.testsupport.ProcessCpu;
import org.partnershipportal.testsupport.SyntheticRegister;
import org.partnershipportal.testsupport.TestDatabase;
import org.partnershipportal.testsupport.TwoNodeCluster;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/**
 * Signed-in pages under load at the HTTP level (issue 16, and issue 14's page cost): two nodes behind
 * nginx (the deployed configuration) and then one node directly, with 50 people signed in, a board
 * whose action log holds 200,000 actions, and the trivial endpoint {@code /health/live} of a node in
 * the same run as the ceiling. The load tool is wrk (Debian's package, unpacked if not installed) with
 * a Lua script that spreads requests over the 50 sessions. wrk reaches nginx by its public name through
 * a hosts file bind-mounted for wrk's own process only ({@code unshare -m}), so TLS names, Host and
 * cookies are a browser's. Then the cluster's nodes stop and one node runs alone on the same database, as the single-node
 * unit runs it ({@code deploy/run-portal}, no Data Grid), measured the same way against its own trivial endpoint.
 * Prints requests/s, p50/p99, errors and each node's resident memory.
 * {@code mvn verify -Pbenchmark -Dit.test=ClusterLoadBenchmark}
 */
@UsesDemoPartnership
class ClusterLoadBenchmark {

    static final int PEOPLE = 50;
    static final int CONNECTIONS = 16;
    static final String DURATION = "20s";
    /**
     * Each page is first served for this long, through nginx (so both nodes) and on node A, with the figures thrown
     * away: measured straight after start, the first pages ran while the JIT compiler was still compiling their code.
     */
    static final String WARM_UP = System.getProperty("benchmark.warmUp", "10s");
    static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    static final Pattern PERCENTILE = Pattern.compile("\\s(50|99)(?:\\.000)?%\\s+([0-9.]+)(us|ms|s)");
    static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");

    record Result(String target, double requestsPerSecond, double p50Millis, double p99Millis, long requests, long errors,
                  double statementsPerRequest, double transactionsPerRequest, ProcessCpu nodeA, ProcessCpu database, double machineBusySeconds) {
    }

    @Test
    void signedInPagesThroughNginxOverTwoNodesAndOnOneNodeAgainstTheTrivialEndpoint() throws Exception {
        Path project = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();
        Path work = Files.createDirectories(project.resolve("target/benchmarks/cluster-load"));
        try (TwoNodeCluster cluster = TwoNodeCluster.start("load-node", project.resolve("target/load-mariadb"), true,
                new String[]{TestDatabase.OWNER_PASSWORD, TestDatabase.APP_PASSWORD}, "1g", Map.of())) {
            MariaDbDataSource owner = new MariaDbDataSource(cluster.database().jdbcUrl());
            owner.setUser(EmbeddedMariaDb.OWNER);
            owner.setPassword(TestDatabase.OWNER_PASSWORD);
            SyntheticRegister.Seeded seeded = SyntheticRegister.seed(owner, 1, 10, 20_000, 200_000);
            long board = seeded.boardIds().get(0);
            List<String> people = seatPeople(owner, board);
            System.out.printf(Locale.ROOT, "Cluster load: seeded %,d actions on one board in %.0f s; %d people sit on it%n",
                    seeded.actions(), seeded.millis() / 1000.0, people.size());

            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("action log (200,000 actions)", "actions/log.xhtml?board=" + board);
            pages.put("catalogue search", "catalogue/index.xhtml?q=missing");
            pages.put("workspace", "boards/workspace.xhtml?board=" + board);

            // Sessions made on node A are replicated, so nginx may send them to either node.
            Path script = signIn(people, cluster.nodeA().base(), work.resolve("sessions.lua"), pages);
            Wrk wrk = new Wrk(work);
            String node = cluster.nodeA().base().toString();
            String edge = "https://" + EdgeProxy.HOST + ":" + cluster.edge().httpsPort() + "/";
            long database = ProcessCpu.pidOf("mariadbd", "--port=" + cluster.database().port());
            assertThat(database).as("MariaDB's process, for its CPU time").isPositive();
            String clustered = measure("Cluster load", wrk, owner, database, cluster.nodeA(), node, edge, pages, script)
                    + String.format(Locale.ROOT, "Resident memory after the runs: node A %d MB, node B %d MB%n",
                    residentMegabytes(cluster.nodeA()), residentMegabytes(cluster.nodeB()));
            System.out.print(clustered);
            Files.writeString(work.resolve("report.txt"), clustered);

            // One node on its own, as the single-node unit (deploy/partnership-portal.service) runs it: deploy/run-portal,
            // no Data Grid, so no session is copied anywhere after a request. The cluster's nodes are stopped first, so
            // that they take no processor time or memory from it; the database and its 200,000 actions are the same.
            cluster.nodeA().close();
            cluster.nodeB().close();
            Map<String, String> databaseSettings = Map.of("DB_URL", cluster.database().jdbcUrl(), "DB_USER", EmbeddedMariaDb.APP,
                    "DB_PASSWORD", TestDatabase.APP_PASSWORD, "DB_MIGRATION_USER", EmbeddedMariaDb.OWNER,
                    "DB_MIGRATION_PASSWORD", TestDatabase.OWNER_PASSWORD);
            Path installed = PayaraNode.stageInstalledLayout(Files.createDirectories(project.resolve("target/load-single-installed")));
            try (PayaraNode alone = PayaraNode.runPortal("load-single", installed, Files.createDirectories(project.resolve("target/load-single-state")),
                    NodeUnit.productionJvmOptions(), databaseSettings)) {
                Path aloneScript = signIn(people, alone.base(), work.resolve("sessions-single.lua"), pages);
                String single = measure("One node alone", wrk, owner, database, alone, alone.base().toString(), null, pages, aloneScript)
                        + String.format(Locale.ROOT, "Resident memory after the runs: the node %d MB%n", residentMegabytes(alone));
                System.out.print(single);
                Files.writeString(work.resolve("report.txt"), clustered + "\n" + single);
            }
        }
    }

    /**
     * Signs the people in on {@code base} and writes a wrk script spreading requests over their sessions, after checking
     * that each page answers a signed-in person with the page itself (not the sign-in page or a refusal).
     */
    static Path signIn(List<String> people, java.net.URL base, Path script, Map<String, String> pages) throws Exception {
        List<String> cookies = new ArrayList<>();
        for (String person : people) {
            PortalClient client = new PortalClient(base);
            HttpResponse<String> signedIn = client.signIn(person, DEMO_PASSWORD);
            assertThat(signedIn.statusCode()).as(person + " signs in").isEqualTo(302);
            cookies.add(client.cookieHeader());
        }
        Files.writeString(script, luaSpreadingOver(cookies));
        for (Map.Entry<String, String> page : pages.entrySet()) {
            java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(base + page.getValue())).header("Cookie", cookies.get(0)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(page.getKey() + " with the first person's cookies").isEqualTo(200);
            assertThat(answer.body()).as(page.getKey()).contains("Load Person 1").doesNotContain("signIn:password");
            System.out.printf(Locale.ROOT, "%s: %s answers %,d bytes%n", base, page.getKey(), answer.body().length());
        }
        return script;
    }

    /**
     * Warms up, then runs the trivial endpoint of {@code measured} (the ceiling) and each page, through nginx first when
     * {@code edge} is given and on {@code measured} directly, and returns the report's table.
     */
    static String measure(String title, Wrk wrk, MariaDbDataSource owner, long database, PayaraNode measured, String node, String edge,
                          Map<String, String> pages, Path script) throws Exception {
        List<Result> results = new ArrayList<>();
        // The measured node: node A of the cluster (edge given), or the node running alone.
        String measuredNode = edge == null ? "the node" : "node A";
        String directly = edge == null ? ", the node" : ", node A directly";
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
        wrk.warmUp("trivial endpoint", node + "health/live", null);
        for (Map.Entry<String, String> page : pages.entrySet()) {
            if (edge != null) {
                wrk.warmUp(page.getKey() + ", nginx over two nodes", edge + page.getValue(), script);
            }
            wrk.warmUp(page.getKey() + directly, node + page.getValue(), script);
        }
        long nodeA = measured.pid();
        results.add(withStatements(owner, nodeA, database, () -> wrk.run("trivial endpoint (" + measuredNode + ", /health/live)",
                node + "health/live", null)));
        for (Map.Entry<String, String> page : pages.entrySet()) {
            if (edge != null) {
                results.add(withStatements(owner, nodeA, database, () -> wrk.run(page.getKey() + ", nginx over two nodes", edge + page.getValue(), script)));
            }
            results.add(withStatements(owner, nodeA, database, () -> wrk.run(page.getKey() + directly, node + page.getValue(), script)));
        }
        assertThat(results).as("every run answered requests").allSatisfy(r -> assertThat(r.requests()).isPositive());
        double ceiling = results.get(0).requestsPerSecond();
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "%s: %d connections, %s each after %s of warm-up, wrk -t2, %d signed-in sessions; load average before the "
                        + "warm-up %s, after the runs %s%n",
                title, CONNECTIONS, DURATION, WARM_UP, PEOPLE, loadBefore, Files.readString(Path.of("/proc/loadavg")).trim()));
        report.append(String.format(Locale.ROOT, "%-52s %10s %9s %9s %9s %8s %7s %10s %7s %9s %8s %8s %8s %9s%n", "what", "req/s", "of ceiling", "p50 ms",
                "p99 ms", "requests", "errors", "SQL/req", "XA/req", "A CPU s", "A JIT", "A VM thr", "DB CPU s", "busy CPU s"));
        for (Result result : results) {
            report.append(String.format(Locale.ROOT, "%-52s %10.1f %8.1f%% %9.1f %9.1f %8d %7d %10.1f %7.1f %9.1f %7.1f%% %7.1f%% %8.1f %9.1f%n", result.target(),
                    result.requestsPerSecond(), 100 * result.requestsPerSecond() / ceiling, result.p50Millis(), result.p99Millis(), result.requests(),
                    result.errors(), result.statementsPerRequest(), result.transactionsPerRequest(), result.nodeA().seconds(), result.nodeA().compilerPercent(),
                    result.nodeA().vmThreadPercent(), result.database().seconds(), result.machineBusySeconds()));
        }
        report.append("SQL/req: statements MariaDB received per request; XA/req: transactions it was asked to begin per request; "
                + "A CPU s: the measured node's CPU time during the run (all its threads); A JIT: the share of it in the JIT compilers' "
                + "threads (high means code still being compiled); A VM thr: in the VM thread (the serial collector's pauses); DB CPU s: "
                + "MariaDB's; busy CPU s: the whole machine's (both processors, everything: nodes, MariaDB, nginx, wrk)\n");
        return report.toString();
    }

    interface WrkRun {
        Result run() throws Exception;
    }

    /**
     * A run with the statements MariaDB received during it per request answered (its {@code Questions} counter, every
     * client's statements, connection checks included): what each page costs the database, whoever sends it.
     */
    static Result withStatements(MariaDbDataSource owner, long nodeA, long database, WrkRun run) throws Exception {
        long before = statementsReceived(owner);
        long transactionsBefore = status(owner, "Com_xa_start");
        ProcessCpu cpuBefore = ProcessCpu.of(nodeA);
        ProcessCpu databaseBefore = ProcessCpu.of(database);
        double machineBefore = ProcessCpu.machineBusySeconds();
        Result result = run.run();
        double machine = ProcessCpu.machineBusySeconds() - machineBefore;
        ProcessCpu cpu = ProcessCpu.of(nodeA).since(cpuBefore);
        ProcessCpu databaseCpu = ProcessCpu.of(database).since(databaseBefore);
        long during = statementsReceived(owner) - before;
        long transactions = status(owner, "Com_xa_start") - transactionsBefore;
        return new Result(result.target(), result.requestsPerSecond(), result.p50Millis(), result.p99Millis(), result.requests(),
                result.errors(), result.requests() == 0 ? 0 : (double) during / result.requests(),
                result.requests() == 0 ? 0 : (double) transactions / result.requests(), cpu, databaseCpu, machine);
    }

    static long statementsReceived(MariaDbDataSource owner) throws Exception {
        return status(owner, "Questions");
    }

    /**
     * One of MariaDB's global counters: {@code Questions} (every statement received) or {@code Com_xa_start} (transactions the
     * nodes began: the pool's connections are XA, so each service call with a transaction of its own starts one).
     */
    static long status(MariaDbDataSource owner, String counter) throws Exception {
        try (Connection db = owner.getConnection(); PreparedStatement statement = db.prepareStatement("SHOW GLOBAL STATUS LIKE ?")) {
            statement.setString(1, counter);
            try (ResultSet status = statement.executeQuery()) {
                assertThat(status.next()).as("MariaDB reports its " + counter + " counter").isTrue();
                return status.getLong(2);
            }
        }
    }

    /** 50 people who sit on the board, with the demo password (their hash copied from a demo account). */
    static List<String> seatPeople(MariaDbDataSource owner, long board) throws Exception {
        List<String> people = new ArrayList<>();
        try (Connection db = owner.getConnection()) {
            for (int n = 1; n <= PEOPLE; n++) {
                String username = "load.person" + n;
                try (PreparedStatement insert = db.prepareStatement("INSERT INTO user_account (username, full_name, email, agency_id, "
                        + "password_hash, created_at) SELECT ?, ?, ?, agency_id, password_hash, UTC_TIMESTAMP(3) FROM user_account "
                        + "WHERE username = 'casey.chair'")) {
                    insert.setString(1, username);
                    insert.setString(2, "Load Person " + n);
                    insert.setString(3, username + "@kestrel-vale.example");
                    insert.executeUpdate();
                }
                try (PreparedStatement role = db.prepareStatement("INSERT INTO user_role (user_id, role) SELECT id, 'BOARD_MEMBER' "
                        + "FROM user_account WHERE username = ?");
                     PreparedStatement seat = db.prepareStatement("INSERT INTO board_membership (board_id, user_id, agency_id, role, starts_on) "
                             + "SELECT ?, id, agency_id, 'MEMBER', '2020-01-01' FROM user_account WHERE username = ?")) {
                    role.setString(1, username);
                    role.executeUpdate();
                    seat.setLong(1, board);
                    seat.setString(2, username);
                    seat.executeUpdate();
                }
                people.add(username);
            }
        }
        return people;
    }

    /** Each request carries the next person's session cookie, so the 50 sessions share the load. */
    static String luaSpreadingOver(List<String> cookies) {
        StringBuilder lua = new StringBuilder("local cookies = {\n");
        for (String cookie : cookies) {
            lua.append("  \"").append(cookie).append("\",\n");
        }
        lua.append("}\nlocal i = 0\nrequest = function()\n  i = i + 1\n"
                + "  wrk.headers[\"Cookie\"] = cookies[(i % #cookies) + 1]\n  return wrk.format(nil)\nend\n");
        return lua.toString();
    }

    static long residentMegabytes(PayaraNode node) {
        return ResidentMemory.kbIfRunning(node.pid()) / 1024;
    }

    /** Debian's wrk, unpacked with its LuaJIT library if not installed, run with a hosts file of its own. */
    static final class Wrk {
        private final Path work;
        private final Path binary;
        private final Path libraries;
        private final Path hosts;

        Wrk(Path work) throws IOException, InterruptedException {
            this.work = work;
            this.binary = DebianTool.file("wrk", "usr/bin/wrk");
            this.libraries = DebianTool.file("libluajit2-5.1-2", "usr/lib/x86_64-linux-gnu/libluajit-5.1.so.2").getParent();
            this.hosts = work.resolve("hosts");
            Files.writeString(hosts, "127.0.0.1 localhost " + EdgeProxy.HOST + "\n");
        }

        /** Serves the page for {@link #WARM_UP} and checks only that it answered; nothing from it is reported. */
        void warmUp(String target, String url, Path script) throws IOException, InterruptedException {
            String output = wrk(url, script, WARM_UP);
            Matcher total = TOTAL.matcher(output);
            assertThat(total.find() && Long.parseLong(total.group(1)) > 0).as("warm-up of " + target + "\n" + output).isTrue();
        }

        Result run(String target, String url, Path script) throws IOException, InterruptedException {
            String output = wrk(url, script, DURATION);
            Files.writeString(work.resolve(target.replaceAll("[^A-Za-z0-9]+", "-") + ".txt"), output);
            Matcher rate = REQUESTS_PER_SECOND.matcher(output);
            assertThat(rate.find()).as(output).isTrue();
            double p50 = 0;
            double p99 = 0;
            Matcher percentile = PERCENTILE.matcher(output);
            while (percentile.find()) {
                double millis = Double.parseDouble(percentile.group(2)) * switch (percentile.group(3)) {
                    case "us" -> 0.001;
                    case "s" -> 1000;
                    default -> 1;
                };
                if (percentile.group(1).equals("50")) {
                    p50 = millis;
                } else {
                    p99 = millis;
                }
            }
            long errors = 0;
            Matcher non2xx = NON_2XX.matcher(output);
            if (non2xx.find()) {
                errors += Long.parseLong(non2xx.group(1));
            }
            Matcher socket = SOCKET_ERRORS.matcher(output);
            if (socket.find()) {
                for (int g = 1; g <= 4; g++) {
                    errors += Long.parseLong(socket.group(g));
                }
            }
            Matcher total = TOTAL.matcher(output);
            long requests = total.find() ? Long.parseLong(total.group(1)) : 0;
            return new Result(target, Double.parseDouble(rate.group(1)), p50, p99, requests, errors, 0, 0, null, null, 0);
        }

        private String wrk(String url, Path script, String duration) throws IOException, InterruptedException {
            String wrkCommand = "'" + binary + "' -t2 -c" + CONNECTIONS + " -d" + duration + " --latency"
                    + (script == null ? "" : " -s '" + script + "'") + " '" + url + "'";
            ProcessBuilder builder = new ProcessBuilder("unshare", "-m", "sh", "-c",
                    "mount --bind '" + hosts + "' /etc/hosts && exec " + wrkCommand).directory(work.toFile()).redirectErrorStream(true);
            builder.environment().put("LD_LIBRARY_PATH", libraries.toString());
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as(wrkCommand + "\n" + output).isZero();
            return output;
        }
    }
}
