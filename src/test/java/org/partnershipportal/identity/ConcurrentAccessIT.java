package org.partnershipportal.identity;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.partnershipportal.testsupport.SharedPortal;
import org.partnershipportal.testsupport.Browser;
import org.partnershipportal.testsupport.PortalClient;
import org.partnershipportal.testsupport.TestDatabase;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/**
 * Many people at once: every role, members of different boards, each asking for pages, downloads and
 * the API they may or may not open. Each answer must be the one their roles and seats give, whoever else
 * is signed in at the same moment (Payara issue 6145: with a session-applied caller, a few percent of
 * entitled requests were refused under load), and a change an administrator makes applies at the
 * person's next request.
 */
@UsesDemoPartnership
class ConcurrentAccessIT {

    static final int REQUESTS_PER_PERSON = 100;
    static final String SAFEGUARDING = "Children's Safeguarding Partnership";
    static final String YOS = "YOS Management Board";


    /** The portal shared by every outside-in test of the run (one server start, not one per class). */
    final URL base = SharedPortal.base();

    /** A demo person as the test expects them: their roles and the boards they sit on now. */
    record Person(String username, Set<Role> roles, Set<String> boards) {
        boolean has(Role role) {
            return roles.contains(role);
        }

        boolean readsCatalogue() {
            return has(Role.BOARD_MEMBER) || has(Role.DATA_LEAD) || has(Role.PARTNERSHIP_ADMIN);
        }

        boolean opensBoard(String board) {
            return has(Role.PARTNERSHIP_ADMIN) || boards.contains(board);
        }
    }

    static final List<Person> PEOPLE = List.of(
            new Person("avery.admin", Set.of(Role.PARTNERSHIP_ADMIN), Set.of()),
            new Person("casey.chair", Set.of(Role.BOARD_MEMBER), Set.of(SAFEGUARDING, YOS)),
            new Person("blake.boardmember", Set.of(Role.BOARD_MEMBER), Set.of(SAFEGUARDING)),
            new Person("morgan.member", Set.of(Role.BOARD_MEMBER), Set.of(YOS)),
            new Person("riley.reviewer", Set.of(Role.BOARD_MEMBER), Set.of(SAFEGUARDING, YOS)),
            // Left the Safeguarding Partnership last month: that seat is history, YOS is current.
            new Person("jordan.former", Set.of(Role.BOARD_MEMBER), Set.of(YOS)),
            new Person("sam.support", Set.of(Role.BOARD_MEMBER), Set.of()),
            new Person("parker.practitioner", Set.of(Role.PRACTITIONER), Set.of()),
            new Person("dana.datalead", Set.of(Role.DATA_LEAD), Set.of()),
            new Person("ellis.editor", Set.of(Role.RESOURCE_EDITOR, Role.PRACTITIONER), Set.of()));

    /** Something a person asks for, and who the portal must give it to. */
    record Target(String name, String path, Predicate<Person> entitled) {
    }

    /** One answer that differed from the expected decision. */
    record Wrong(String username, String path, boolean expectedGrant, int status) {
    }

    @Test
    void everyoneGetsExactlyWhatTheirRolesAndSeatsGiveWhileOthersAreSignedInToo() throws Exception {
        Map<String, Long> boards = boardIds();
        List<Target> targets = List.of(
                new Target("catalogue page", "catalogue/index.xhtml", Person::readsCatalogue),
                new Target("catalogue requests", "catalogue/requests.xhtml", Person::readsCatalogue),
                new Target("safeguarding workspace", "boards/workspace.xhtml?board=" + boards.get(SAFEGUARDING), p -> p.opensBoard(SAFEGUARDING)),
                new Target("YOS workspace", "boards/workspace.xhtml?board=" + boards.get(YOS), p -> p.opensBoard(YOS)),
                new Target("safeguarding action log", "actions/log.xhtml?board=" + boards.get(SAFEGUARDING), p -> p.opensBoard(SAFEGUARDING)),
                new Target("YOS action log export", "actions/export?board=" + boards.get(YOS) + "&format=csv", p -> p.opensBoard(YOS)),
                new Target("guidance library", "guidance/index.xhtml", p -> true),
                new Target("guidance editor", "guidance/edit.xhtml", p -> p.has(Role.RESOURCE_EDITOR) || p.has(Role.PARTNERSHIP_ADMIN)),
                new Target("flags register", "flags/index.xhtml", p -> true),
                new Target("structure map download", "structure/map.csv", p -> true),
                new Target("people admin", "admin/users.xhtml", p -> p.has(Role.PARTNERSHIP_ADMIN)),
                new Target("audit admin", "admin/audit.xhtml", p -> p.has(Role.PARTNERSHIP_ADMIN)),
                new Target("datasets API", "api/datasets", Person::readsCatalogue),
                new Target("asks API", "api/asks", Person::readsCatalogue));

        long auditBefore = TestDatabase.lastAuditId();

        ConcurrentLinkedQueue<Wrong> wrong = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> serverErrors = new ConcurrentLinkedQueue<>();
        CountDownLatch allSignedIn = new CountDownLatch(PEOPLE.size());
        ExecutorService pool = Executors.newFixedThreadPool(PEOPLE.size());
        List<Future<Integer>> runs = new ArrayList<>();
        for (Person person : PEOPLE) {
            runs.add(pool.submit(() -> {
                PortalClient client = PortalClient.signedIn(base, person.username(), DEMO_PASSWORD);
                // Everyone starts together, so the requests of different people overlap as much as they can.
                allSignedIn.countDown();
                allSignedIn.await();
                List<Target> order = new ArrayList<>();
                for (int i = 0; i < REQUESTS_PER_PERSON; i++) {
                    order.add(targets.get(i % targets.size()));
                }
                Collections.shuffle(order, new Random(person.username().hashCode()));
                for (Target target : order) {
                    HttpResponse<byte[]> answer = client.getBytes(target.path());
                    int status = answer.statusCode();
                    boolean expectedGrant = target.entitled().test(person);
                    if (status >= 500) {
                        serverErrors.add(person.username() + " " + target.path() + " → " + status);
                    } else if (expectedGrant ? status != 200 : status != 403) {
                        // A refusal is 403; a 302 to sign-in would mean the portal forgot who is asking.
                        wrong.add(new Wrong(person.username(), target.path(), expectedGrant, status));
                    }
                }
                return order.size();
            }));
        }
        int requests = 0;
        for (Future<Integer> run : runs) {
            requests += run.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(requests).isEqualTo(PEOPLE.size() * REQUESTS_PER_PERSON);
        assertThat(serverErrors).as("responses 500").isEmpty();
        assertThat(wrong.stream().filter(Wrong::expectedGrant)).as("wrong refusals").isEmpty();
        assertThat(wrong.stream().filter(w -> !w.expectedGrant())).as("wrong grants").isEmpty();

        List<String> falseRefusals = new ArrayList<>();
        try (Connection db = database();
             PreparedStatement query = db.prepareStatement(
                     "SELECT actor, target_type, target_id, detail FROM audit_event WHERE id > ? AND action = 'ACCESS_REFUSED'")) {
            query.setLong(1, auditBefore);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String actor = rows.getString(1);
                    String refused = refusedTarget(base.getPath(), rows.getString(2), rows.getString(3), rows.getString(4));
                    Person person = PEOPLE.stream().filter(p -> p.username().equals(actor)).findFirst().orElse(null);
                    Target target = targets.stream().filter(t -> t.path().split("\\?")[0].equals(refused)
                            || t.path().equals(refused)).findFirst().orElse(null);
                    // A refusal row must name something the test asked for and that person may not have.
                    if (person == null || target == null || target.entitled().test(person)) {
                        falseRefusals.add(actor + " " + rows.getString(2) + " " + rows.getString(3) + " " + rows.getString(4));
                    }
                }
            }
        }
        assertThat(falseRefusals).as("ACCESS_REFUSED rows for entitled requests").isEmpty();
    }

    @Test
    void aRoleRemovedByAnAdministratorIsRefusedAtThePersonsNextRequest() throws Exception {
        long accountId = createAccountLike("dana.datalead", "role.change", "Role Change", Role.DATA_LEAD, Role.PRACTITIONER);
        PortalClient person = new PortalClient(base);
        assertThat(person.signIn("role.change", DEMO_PASSWORD).statusCode()).isEqualTo(302);
        assertThat(person.get("catalogue/index.xhtml").statusCode()).isEqualTo(200);
        assertThat(person.get("api/datasets").statusCode()).isEqualTo(200);

        try (Browser admin = Browser.open(base)) {
            admin.signIn("avery.admin", DEMO_PASSWORD);
            admin.go("admin/user.xhtml?id=" + accountId);
            // Data lead is the fourth role in the list (Role's order).
            admin.waitFor(By.cssSelector("label[for='account:roles:3']")).click();
            admin.click("account:save");
            admin.waitFor(By.id("account:messages"));
            try (Connection db = database()) {
                assertThat(rolesOf(db, accountId)).as("the administrator's change is saved").containsExactly("PRACTITIONER");
            }

            // The same session, no sign-out: the catalogue is refused, what a practitioner reads is not.
            assertThat(person.get("catalogue/index.xhtml").statusCode()).isEqualTo(403);
            assertThat(person.get("api/datasets").statusCode()).isEqualTo(403);
            assertThat(person.get("guidance/index.xhtml").statusCode()).isEqualTo(200);

            // Disabled: signed out at the next request, told why, and the old session cookie opens nothing.
            admin.go("admin/user.xhtml?id=" + accountId);
            admin.click("access:disable");
            admin.waitFor(By.id("access:enable"));
            HttpResponse<String> next = person.get("guidance/index.xhtml");
            assertThat(next.statusCode()).isEqualTo(302);
            assertThat(next.headers().firstValue("Location").orElse("")).endsWith("/login.xhtml?disabled=true");
            assertThat(person.get("guidance/index.xhtml").headers().firstValue("Location").orElse("")).endsWith("/login.xhtml");
        }
    }

    /**
     * A seat recorded before seats needed the Board member role (deploy/README.md, "Seats held without the Board member
     * role"): the portal no longer adds one, so the test writes it as an old release left it. It opens nothing of the board
     * until the person is given the role, which applies at their next request.
     */
    @Test
    void aSeatHeldWithoutTheBoardMemberRoleOpensNothingOfTheBoardUntilTheRoleIsGiven() throws Exception {
        String username = "old.seat." + java.util.UUID.randomUUID().toString().substring(0, 8);
        long accountId = createAccountLike("dana.datalead", username, "Old Seat", Role.DATA_LEAD);
        long board = boardIds().get(SAFEGUARDING);
        try (Connection db = database(); PreparedStatement seat = db.prepareStatement(
                "INSERT INTO board_membership (board_id, user_id, agency_id, role, starts_on) "
                        + "SELECT ?, id, agency_id, 'MEMBER', CURRENT_DATE - INTERVAL 30 DAY FROM user_account WHERE id = ?")) {
            seat.setLong(1, board);
            seat.setLong(2, accountId);
            assertThat(seat.executeUpdate()).isEqualTo(1);
        }
        try {
            PortalClient person = new PortalClient(base);
            assertThat(person.signIn(username, DEMO_PASSWORD).statusCode()).isEqualTo(302);
            assertThat(person.get("boards/workspace.xhtml?board=" + board).statusCode()).as("workspace, seat without the role").isEqualTo(403);
            assertThat(person.get("actions/log.xhtml?board=" + board).statusCode()).as("action log, seat without the role").isEqualTo(403);
            assertThat(person.get("actions/export?board=" + board + "&format=csv").statusCode()).as("action log export").isEqualTo(403);
            assertThat(person.get("boards/index.xhtml").body()).as("My boards").doesNotContain("workspace.xhtml?board=" + board);

            try (Connection db = database(); PreparedStatement role = db.prepareStatement("INSERT INTO user_role (user_id, role) VALUES (?, 'BOARD_MEMBER')")) {
                role.setLong(1, accountId);
                assertThat(role.executeUpdate()).isEqualTo(1);
            }
            assertThat(person.get("boards/workspace.xhtml?board=" + board).statusCode()).as("workspace, once the role is given").isEqualTo(200);
            assertThat(person.get("actions/log.xhtml?board=" + board).statusCode()).as("action log, once the role is given").isEqualTo(200);
            assertThat(person.get("boards/index.xhtml").body()).as("My boards, once the role is given").contains("workspace.xhtml?board=" + board);
        } finally {
            // The demo board keeps its three members for the classes that count them, and the account answers for no one.
            try (Connection db = database(); PreparedStatement seat = db.prepareStatement("DELETE FROM board_membership WHERE user_id = ?");
                 PreparedStatement roles = db.prepareStatement("DELETE FROM user_role WHERE user_id = ?");
                 PreparedStatement disable = db.prepareStatement("UPDATE user_account SET enabled = FALSE WHERE id = ?")) {
                for (PreparedStatement statement : List.of(seat, roles, disable)) {
                    statement.setLong(1, accountId);
                    statement.executeUpdate();
                }
            }
        }
    }

    /** The page path (below the portal's own path), or a board's workspace, that a refusal row names. */
    private static String refusedTarget(String portalPath, String type, String id, String detail) {
        if ("page".equals(type) && detail != null) {
            String uri = detail.substring(detail.indexOf(' ') + 1);
            return uri.startsWith(portalPath) ? uri.substring(portalPath.length()) : uri;
        }
        if ("board".equals(type)) {
            return "boards/workspace.xhtml?board=" + id;
        }
        return type + ":" + id;
    }

    private Map<String, Long> boardIds() throws Exception {
        PortalClient admin = new PortalClient(base);
        assertThat(admin.signIn("avery.admin", DEMO_PASSWORD).statusCode()).isEqualTo(302);
        Map<String, Long> ids = new java.util.HashMap<>();
        Matcher link = Pattern.compile("board\\.xhtml\\?id=(\\d+)\">([^<]+)<").matcher(admin.get("admin/boards.xhtml").body());
        while (link.find()) {
            ids.put(link.group(2).replace("&#39;", "'"), Long.parseLong(link.group(1)));
        }
        assertThat(ids).containsKeys(SAFEGUARDING, YOS);
        return ids;
    }

    /** A new account with a demo person's agency and password hash (so the demo password), and the given roles. */
    private static long createAccountLike(String template, String username, String fullName, Role... roles) throws SQLException {
        try (Connection db = database()) {
            long id;
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO user_account (username, full_name, email, agency_id, password_hash, created_at) "
                            + "SELECT ?, ?, ?, agency_id, password_hash, NOW(3) FROM user_account WHERE username = ?",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, username);
                insert.setString(2, fullName);
                insert.setString(3, username + "@kestrel-vale.example");
                insert.setString(4, template);
                assertThat(insert.executeUpdate()).isEqualTo(1);
                try (ResultSet key = insert.getGeneratedKeys()) {
                    key.next();
                    id = key.getLong(1);
                }
            }
            try (PreparedStatement role = db.prepareStatement("INSERT INTO user_role (user_id, role) VALUES (?, ?)")) {
                for (Role r : roles) {
                    role.setLong(1, id);
                    role.setString(2, r.name());
                    role.executeUpdate();
                }
            }
            return id;
        }
    }

    private static List<String> rolesOf(Connection db, long accountId) throws SQLException {
        List<String> roles = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT role FROM user_role WHERE user_id = ? ORDER BY role")) {
            query.setLong(1, accountId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    roles.add(rows.getString(1));
                }
            }
        }
        return roles;
    }

    private static Connection database() throws SQLException {
        return TestDatabase.connectAsOwner();
    }
}
