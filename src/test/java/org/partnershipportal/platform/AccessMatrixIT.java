package org.partnershipportal.platform;

import org.junit.jupiter.api.Test;
import org.partnershipportal.platform.AccessMatrixDemo.Person;
import org.partnershipportal.platform.AccessMatrixDemo.Subject;
import org.partnershipportal.testsupport.AuditTrail;
import org.partnershipportal.testsupport.PortalClient;
import org.partnershipportal.testsupport.SharedPortal;
import org.partnershipportal.testsupport.TestDatabase;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.platform.AccessMatrixDemo.ADMIN;
import static org.partnershipportal.platform.AccessMatrixDemo.BOARD_MEMBER;
import static org.partnershipportal.platform.AccessMatrixDemo.DATA_LEAD;
import static org.partnershipportal.platform.AccessMatrixDemo.RESOURCE_EDITOR;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/**
 * The access matrix: every page, servlet and API method the application has (found in the application
 * itself by {@link AccessMatrixSurface}, not listed by hand) asked for by every demo person and by
 * someone signed out, with records of their own boards, of other boards and of a board they have left,
 * and each answer compared with the rule written in {@link #TABLE}: one row per page, download or API
 * method, saying in words who may have it.
 * <ul>
 * <li>A page, servlet or API method with no row fails the build, naming it; so does a row for
 *     something that no longer exists.</li>
 * <li>Ids come from the running demo's database ({@link AccessMatrixDemo}): one record of each kind
 *     per board (meetings, agenda items, actions, papers, asks), every data request, and one of the
 *     rest. A page that takes an id is also asked for without one: that names nothing (404), unless
 *     the row says what the page shows then (a listing, or a "new record" form with its own rule).</li>
 * <li>Expected answers: a grant is 200 (an error page's own status for the error pages); a refusal
 *     403; a record that is not there, or that the portal does not admit exists to this person, 404;
 *     signed out, a redirect to the sign-in page, or 401 in JSON from the API.</li>
 * <li>What counts as a page, and not a template or fragment, is written in {@link AccessMatrixSurface}:
 *     markup outside {@code WEB-INF/} and {@code resources/} that is a whole document. Error pages are
 *     pages (anyone may open them; each answers with its own status).</li>
 * <li>Judgement calls the table makes, where only the code said: "my boards", "my actions" and the
 *     forward plan open for any signed-in person (they list only the person's own, or other boards'
 *     meetings as "… meets"), though the navigation offers them to fewer roles; the duplicates report
 *     counts vice-chairs as chairs; an unpublished resource is "not found" (404) rather than refused
 *     for readers; the demo has no guidance attachment, so that download is asked for with an id
 *     that names nothing.</li>
 * <li>Read-only: only GET requests. Actions (form posts) are not tried here: each service re-checks
 *     them, and the feature tests post them; the matrix covers what can be opened by address.</li>
 * </ul>
 * Counts print at the end: requests made, decisions compared, per expected outcome, per status
 * received, per relation to the record's board; the test asserts no wrong grant, no wrong refusal, no
 * response 500 and no other difference, and that every refusal wrote one ACCESS_REFUSED row to the
 * audit log (read straight from the database for each refusal, and once through the audit page).
 */
@UsesDemoPartnership
class AccessMatrixIT {

    /**
     * The demo people (README, "Demo accounts"): an administrator, board members (a chair, a vice-chair
     * and chair, members, business support, an adviser), the ex-member of the Safeguarding Partnership
     * (jordan.former), a practitioner, three data leads of different agencies and a resource editor.
     * Their roles, agencies and seats are read from the database, not assumed.
     */
    static final List<String> PEOPLE = List.of("avery.admin", "casey.chair", "blake.boardmember", "morgan.member", "sam.support",
            "riley.reviewer", "jordan.former", "parker.practitioner", "dana.datalead", "pat.policedata", "lee.councildata", "ellis.editor");

    /** Two people at a time: the machine is shared, and the point is the decisions, not load (ConcurrentAccessIT does load). */
    static final int PARALLEL_PEOPLE = 2;

    /** The portal shared by every outside-in test of the run (one server start, not one per class). */
    final URL base = SharedPortal.base();

    // ---------------------------------------------------------------- the rules, in words

    enum Outcome {
        GRANT, REFUSE, NOT_FOUND, SIGN_IN
    }

    /** Who may have something: what the row says, and the decision for one person and record. */
    record Rule(String says, BiFunction<Person, Subject, Outcome> decide) {
        /** Nothing named (no id): not found for those {@code gate} lets reach the address, refused to others. */
        static Rule nothingNamedFor(Rule gate) {
            return new Rule("not found for " + gate.says() + "; refused to others",
                    (p, s) -> gate.decide().apply(p, s) == Outcome.GRANT ? Outcome.NOT_FOUND : Outcome.REFUSE);
        }
    }

    static Rule rule(String says, BiFunction<Person, Subject, Outcome> decide) {
        return new Rule(says, decide);
    }

    static Rule anyOf(String says, String... roles) {
        return rule(says, (p, s) -> Set.of(roles).stream().anyMatch(p::has) ? Outcome.GRANT : Outcome.REFUSE);
    }

    static Outcome grantIf(boolean granted) {
        return granted ? Outcome.GRANT : Outcome.REFUSE;
    }

    static final Rule ANYONE = rule("anyone, signed in or not", (p, s) -> Outcome.GRANT);
    static final Rule SIGNED_IN = rule("any signed-in person", (p, s) -> Outcome.GRANT);
    static final Rule ADMINISTRATORS = anyOf("administrators", ADMIN);
    static final Rule EDITORS = anyOf("resource editors and administrators", RESOURCE_EDITOR, ADMIN);
    static final Rule CATALOGUE_READERS = anyOf("board members, data leads and administrators", BOARD_MEMBER, DATA_LEAD, ADMIN);
    static final Rule DATA_KEEPERS = anyOf("data leads and administrators", DATA_LEAD, ADMIN);
    static final Rule MEMBERS_OF_THE_BOARD = rule("current members of the record's board, and administrators",
            (p, s) -> grantIf(p.has(ADMIN) || p.seats().containsKey(s.board())));
    static final Rule MEETING_MANAGERS = rule("the board's chair, vice-chair and business support, and administrators",
            (p, s) -> grantIf(p.has(ADMIN) || AccessMatrixDemo.MEETING_MANAGERS.contains(p.seats().getOrDefault(s.board(), ""))));
    static final Rule CHAIRS = rule("administrators, and current chairs and vice-chairs of any board",
            (p, s) -> grantIf(p.has(ADMIN) || p.seats().values().stream().anyMatch(AccessMatrixDemo.CHAIRS::contains)));
    static final Rule CATALOGUE_READERS_ON_A_BOARD = rule("catalogue readers who sit on a board now (any board), and administrators",
            (p, s) -> grantIf(p.has(ADMIN) || (CATALOGUE_READERS.decide().apply(p, s) == Outcome.GRANT && !p.seats().isEmpty())));
    static final Rule REQUEST_READERS = rule("its requester, current members of its board, data leads of the agencies it went to (or was transferred from), and administrators",
            (p, s) -> grantIf(CATALOGUE_READERS.decide().apply(p, s) == Outcome.GRANT && (p.has(ADMIN) || s.requester() == p.id()
                    || p.seats().containsKey(s.board()) || (p.has(DATA_LEAD) && s.agencies().contains(p.agencyId())))));
    static final Rule ANSWER_FILE_READERS = rule(REQUEST_READERS.says() + " (not found where the answer has no file)",
            (p, s) -> REQUEST_READERS.decide().apply(p, s) == Outcome.REFUSE ? Outcome.REFUSE : s.hasFile() ? Outcome.GRANT : Outcome.NOT_FOUND);
    static final Rule AGENCY_DATA_LEADS = rule("the agency's own data leads, and administrators",
            (p, s) -> grantIf(p.has(ADMIN) || (p.has(DATA_LEAD) && p.agencyId() == s.id())));
    /** An unpublished resource is not admitted to exist for readers: 404, as for a page that is not there. */
    static final Rule PUBLISHED_FOR_ALL = rule("published: any signed-in person; unpublished: resource editors and administrators (not found for others)",
            (p, s) -> s.published() || p.has(RESOURCE_EDITOR) || p.has(ADMIN) ? Outcome.GRANT : Outcome.NOT_FOUND);
    static final Rule ATTACHMENT_READERS = rule("as its resource: " + PUBLISHED_FOR_ALL.says() + " (not found where there is no such file)",
            (p, s) -> s.hasFile() ? PUBLISHED_FOR_ALL.decide().apply(p, s) : Outcome.NOT_FOUND);

    // ---------------------------------------------------------------- the table

    /**
     * One row per page, servlet or API method (a few have two: a download in two formats). {id-kind}
     * in the address is filled with each demo record of that kind. {@code withoutId} says what the
     * address answers with its id left out.
     */
    static final List<Row> TABLE = List.of(
            // Public: what signing in needs, and the error pages (each answers with its own status).
            page("login.xhtml", ANYONE),
            page("error/400.html", ANYONE),
            page("error/403.xhtml", ANYONE).answering(403),
            page("error/404.xhtml", ANYONE).answering(404),
            page("error/405.html", ANYONE),
            page("error/413.html", ANYONE),
            page("error/500.html", ANYONE),
            page("error/503.html", ANYONE),
            page("error/cross-site.html", ANYONE),
            page("error/expired.xhtml", ANYONE).answering(400),

            // Everyone signed in: non-restricted facts, and each person's own lists.
            page("index.xhtml", SIGNED_IN),
            page("account/password.xhtml", SIGNED_IN),
            page("boards/index.xhtml", SIGNED_IN),
            page("actions/mine.xhtml", SIGNED_IN),
            page("meetings/plan.xhtml", SIGNED_IN),
            // The decisions register lists only the decisions of the boards the reader sits on (none for people without a seat).
            page("meetings/decisions.xhtml", SIGNED_IN),
            servlet("meetings/decisions.csv", SIGNED_IN),
            page("structure/index.xhtml", SIGNED_IN),
            servlet("structure/map.csv", SIGNED_IN),
            page("flags/index.xhtml", SIGNED_IN),
            page("flags/flag.xhtml?id={flag}", SIGNED_IN).withoutId(rule("a new flag's form: " + DATA_KEEPERS.says(), DATA_KEEPERS.decide())),
            page("flags/compare.xhtml?harm={harm}", SIGNED_IN).withoutId(rule("the default harm's comparison: any signed-in person", SIGNED_IN.decide())),
            servlet("flags/compare.pdf?harm={harm}", SIGNED_IN).withoutId(Rule.nothingNamedFor(SIGNED_IN)),
            page("glossary/index.xhtml", SIGNED_IN),
            page("glossary/term.xhtml?id={term}", SIGNED_IN).withoutId(Rule.nothingNamedFor(SIGNED_IN)),
            page("language/index.xhtml", SIGNED_IN),
            page("guidance/index.xhtml", SIGNED_IN),
            page("guidance/resource.xhtml?id={resource}", PUBLISHED_FOR_ALL).withoutId(Rule.nothingNamedFor(SIGNED_IN)),
            servlet("guidance/attachment?id={attachment}", ATTACHMENT_READERS).withoutId(Rule.nothingNamedFor(SIGNED_IN)),

            // Resource editors.
            page("guidance/edit.xhtml?id={resource}", EDITORS).withoutId(rule("a new resource's form: " + EDITORS.says(), EDITORS.decide())),

            // A board's restricted content: its current members and administrators.
            page("boards/workspace.xhtml?board={board}", MEMBERS_OF_THE_BOARD).withoutId(Rule.nothingNamedFor(SIGNED_IN)),
            page("actions/log.xhtml?board={board}", MEMBERS_OF_THE_BOARD).withoutId(Rule.nothingNamedFor(SIGNED_IN)),
            servlet("actions/export?board={board}&format=csv", MEMBERS_OF_THE_BOARD).withoutId(Rule.nothingNamedFor(SIGNED_IN)),
            servlet("actions/export?board={board}&format=xlsx", MEMBERS_OF_THE_BOARD),
            page("actions/action.xhtml?id={action}", MEMBERS_OF_THE_BOARD).withoutId(Rule.nothingNamedFor(SIGNED_IN)),
            page("meetings/meeting.xhtml?meeting={meeting}", MEMBERS_OF_THE_BOARD).withoutId(Rule.nothingNamedFor(SIGNED_IN)),
            servlet("meetings/pack.pdf?meeting={meeting}", MEMBERS_OF_THE_BOARD).withoutId(Rule.nothingNamedFor(SIGNED_IN)),
            servlet("meetings/meeting.ics?meeting={meeting}", MEMBERS_OF_THE_BOARD).withoutId(Rule.nothingNamedFor(SIGNED_IN)),
            servlet("meetings/paper?id={paper}", MEMBERS_OF_THE_BOARD).withoutId(Rule.nothingNamedFor(SIGNED_IN)),

            // Running a board's meetings: chair, vice-chair, business support.
            page("meetings/new.xhtml?board={board}", MEETING_MANAGERS).withoutId(Rule.nothingNamedFor(SIGNED_IN)),
            page("meetings/item.xhtml?item={item}", MEETING_MANAGERS).withoutId(Rule.nothingNamedFor(SIGNED_IN)),
            page("language/report.xhtml?board={board}", MEETING_MANAGERS).withoutId(Rule.nothingNamedFor(SIGNED_IN)),
            servlet("language/report.csv?board={board}", MEETING_MANAGERS).withoutId(Rule.nothingNamedFor(SIGNED_IN)),

            // The duplicates report: administrators and chairs.
            page("duplicates/report.xhtml", CHAIRS),

            // The data catalogue: board members, data leads and administrators.
            page("catalogue/index.xhtml", CATALOGUE_READERS),
            page("catalogue/asks.xhtml", CATALOGUE_READERS),
            page("catalogue/gaps.xhtml", CATALOGUE_READERS),
            page("catalogue/requests.xhtml", CATALOGUE_READERS),
            page("catalogue/ask.xhtml?id={ask}", CATALOGUE_READERS).withoutId(Rule.nothingNamedFor(CATALOGUE_READERS)),
            page("catalogue/dataset.xhtml?id={dataset}", CATALOGUE_READERS)
                    .withoutId(rule("a new dataset's form: " + DATA_KEEPERS.says(), DATA_KEEPERS.decide())),
            page("catalogue/new-request.xhtml?ask={ask}", CATALOGUE_READERS_ON_A_BOARD).withoutId(Rule.nothingNamedFor(CATALOGUE_READERS)),
            page("catalogue/request.xhtml?id={request}", REQUEST_READERS).withoutId(Rule.nothingNamedFor(CATALOGUE_READERS)),
            servlet("catalogue/answer-file?id={request}", ANSWER_FILE_READERS).withoutId(Rule.nothingNamedFor(CATALOGUE_READERS)),
            page("catalogue/use.xhtml?agency={agency}", AGENCY_DATA_LEADS)
                    .withoutId(rule("their own agency's use: " + DATA_KEEPERS.says(), DATA_KEEPERS.decide())),
            page("catalogue/agreements.xhtml", CATALOGUE_READERS),
            page("catalogue/agreement.xhtml?id={agreement}", CATALOGUE_READERS)
                    .withoutId(rule("a new agreement's form: " + DATA_KEEPERS.says(), DATA_KEEPERS.decide())),
            servlet("catalogue/agreement-document?id={agreement}", rule("catalogue readers (not found: the demo's agreements have no signed PDF); refused to others",
                    (p, s) -> CATALOGUE_READERS.decide().apply(p, s) == Outcome.GRANT ? Outcome.NOT_FOUND : Outcome.REFUSE))
                    .withoutId(Rule.nothingNamedFor(CATALOGUE_READERS)),
            page("catalogue/chain.xhtml?ask={ask}", CATALOGUE_READERS).withoutId(Rule.nothingNamedFor(CATALOGUE_READERS)),
            page("catalogue/service.xhtml", CATALOGUE_READERS),
            servlet("catalogue/service-statistics.csv", CATALOGUE_READERS),
            api("GET /api/sharing/agreements", "api/sharing/agreements", CATALOGUE_READERS),
            api("GET /api/sharing/agreements/{id}", "api/sharing/agreements/{agreement}", CATALOGUE_READERS),
            api("GET /api/sharing/chains/{askId}", "api/sharing/chains/{ask}", CATALOGUE_READERS),
            api("GET /api/sharing/agreements.csv", "api/sharing/agreements.csv", CATALOGUE_READERS),
            api("GET /api/sharing/chains.csv", "api/sharing/chains.csv", CATALOGUE_READERS),
            api("GET /api/datasets", "api/datasets", CATALOGUE_READERS),
            api("GET /api/datasets/{id}", "api/datasets/{dataset}", CATALOGUE_READERS),
            api("GET /api/asks", "api/asks", CATALOGUE_READERS),
            api("GET /api/asks/{id}", "api/asks/{ask}", CATALOGUE_READERS),
            api("GET /api/catalogue/csv", "api/catalogue/csv", CATALOGUE_READERS),
            api("GET /api/catalogue/dcat", "api/catalogue/dcat", CATALOGUE_READERS),

            // Administration.
            page("admin/users.xhtml", ADMINISTRATORS),
            page("admin/user.xhtml?id={user}", ADMINISTRATORS).withoutId(Rule.nothingNamedFor(ADMINISTRATORS)),
            page("admin/boards.xhtml", ADMINISTRATORS),
            page("admin/board.xhtml?id={board}", ADMINISTRATORS).withoutId(Rule.nothingNamedFor(ADMINISTRATORS)),
            page("admin/audit.xhtml", ADMINISTRATORS),
            page("admin/abbreviations.xhtml", ADMINISTRATORS),
            page("admin/import.xhtml", ADMINISTRATORS),
            page("admin/reminders.xhtml", ADMINISTRATORS),
            page("admin/service-levels.xhtml", ADMINISTRATORS),
            api("GET /api/clock", "api/clock", ADMINISTRATORS),
            // Moving the clock is for test runs (404 in production); with no minutes it puts the clock back.
            api("PUT /api/clock", "api/clock", ADMINISTRATORS));

    // ---------------------------------------------------------------- rows and probes

    enum Surface {
        PAGE, SERVLET, API
    }

    private static final Pattern ID = Pattern.compile("\\{([a-z]+)}");

    /** One row: the address (with an {id-kind} to fill), its rule, and what it answers without the id. */
    record Row(Surface surface, String key, String address, Rule rule, Rule withoutId, int grantedStatus) {
        Row withoutId(Rule ruleWithoutId) {
            return new Row(surface, key, address, rule, ruleWithoutId, grantedStatus);
        }

        Row answering(int status) {
            return new Row(surface, key, address, rule, withoutId, status);
        }

        String idKind() {
            Matcher id = ID.matcher(address);
            return id.find() ? id.group(1) : null;
        }

        /** The HTTP method to ask with: an API row's own (its key starts with it), else GET. */
        String method() {
            return surface == Surface.API ? key.substring(0, key.indexOf(' ')) : "GET";
        }

        String surfaceKey() {
            return switch (surface) {
                case PAGE -> AccessMatrixSurface.PAGE + key;
                case SERVLET -> AccessMatrixSurface.SERVLET + key;
                case API -> AccessMatrixSurface.API + key;
            };
        }

        /** The addresses to ask for: one per record of the row's kind, and the address without an id where the row says. */
        List<Probe> probes(AccessMatrixDemo demo) {
            String kind = idKind();
            if (kind == null) {
                return List.of(new Probe(this, address, rule, null));
            }
            List<Probe> probes = new ArrayList<>();
            for (Subject subject : demo.subjects(kind)) {
                probes.add(new Probe(this, address.replace("{" + kind + "}", String.valueOf(subject.id())), rule, subject));
            }
            if (withoutId != null) {
                String bare = address.replaceAll("[a-z]+=\\{" + kind + "}&?", "").replaceAll("[?&]$", "");
                probes.add(new Probe(this, bare, withoutId, null));
            }
            return probes;
        }
    }

    static Row page(String address, Rule rule) {
        return new Row(Surface.PAGE, address.replaceAll("\\?.*", ""), address, rule, null, 200);
    }

    static Row servlet(String address, Rule rule) {
        return new Row(Surface.SERVLET, "/" + address.replaceAll("\\?.*", ""), address, rule, null, 200);
    }

    static Row api(String key, String address, Rule rule) {
        return new Row(Surface.API, key, address, rule, null, 200);
    }

    /** One address asked for, with the rule that decides it and the record it names (null: none). */
    record Probe(Row row, String path, Rule rule, Subject subject) {
        /** The answer this person must get. */
        int expectedStatus(Person person) {
            Outcome outcome = outcome(person);
            return switch (outcome) {
                case GRANT -> row.grantedStatus();
                case REFUSE -> 403;
                case NOT_FOUND -> 404;
                case SIGN_IN -> row.surface() == Surface.API ? 401 : 302;
            };
        }

        Outcome outcome(Person person) {
            if (!person.signedIn() && rule != ANYONE) {
                return Outcome.SIGN_IN;
            }
            return rule.decide().apply(person, subject);
        }

        /** How the person stands to the record's board: own, ex-member, other; or not a board's record. */
        String relation(Person person) {
            if (subject == null || subject.board() == null) {
                return "not a board's record";
            }
            if (person.seats().containsKey(subject.board())) {
                return "own board";
            }
            return person.formerBoards().contains(subject.board()) ? "board they left" : "other board";
        }
    }

    /** One answer that differs from the table. */
    record Wrong(String kind, Person person, Probe probe, int expected, int actual, String location) {
        @Override
        public String toString() {
            Subject s = probe.subject();
            return kind + ": " + person.name() + " GET " + probe.path() + (s == null ? "" : " (" + s.label() + ", " + probe.relation(person) + ")")
                    + (actual == expected ? "" : " answered " + actual + (location == null ? "" : " → " + location) + ", table says " + expected)
                    + " [row " + probe.row().surfaceKey() + ": " + probe.rule().says() + "]";
        }
    }

    // ---------------------------------------------------------------- the tests

    @Test
    void everyPageServletAndApiMethodHasARowAndEveryRowStillExists() {
        AccessMatrixSurface surface = new AccessMatrixSurface(Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath());
        Set<String> existing = surface.everything();
        Set<String> covered = TABLE.stream().map(Row::surfaceKey).collect(Collectors.toCollection(TreeSet::new));
        Set<String> withoutRow = new TreeSet<>(existing);
        withoutRow.removeAll(covered);
        Set<String> stale = new TreeSet<>(covered);
        stale.removeAll(existing);

        org.assertj.core.api.SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(surface.fragmentsOutsideWebInf()).as("markup outside WEB-INF that is not a whole page (a fragment servable "
                    + "by its address: move it to WEB-INF/includes)").isEmpty();
            soft.assertThat(withoutRow).as("pages, servlets and API methods with no row in AccessMatrixIT.TABLE (add one saying who may "
                    + "open it)").isEmpty();
            soft.assertThat(stale).as("rows in AccessMatrixIT.TABLE for something the application no longer has (remove them)").isEmpty();
            soft.assertThat(existing).as("the surface was found at all").hasSizeGreaterThan(40);
        });
    }

    @Test
    void everyoneGetsExactlyWhatTheTableSaysForEveryAddress() throws Exception {
        AccessMatrixDemo demo = AccessMatrixDemo.read(PEOPLE);
        assertDemoHasEveryRelation(demo);
        List<Probe> probes = new ArrayList<>();
        for (Row row : TABLE) {
            if (row.idKind() != null) {
                assertThat(demo.subjects(row.idKind())).as("demo records of kind '" + row.idKind() + "' for " + row.address()).isNotEmpty();
            }
            probes.addAll(row.probes(demo));
        }
        List<Person> everyone = new ArrayList<>(demo.people);
        everyone.add(Person.SIGNED_OUT);

        long auditBefore = TestDatabase.lastAuditId();
        long started = System.nanoTime();
        Tally tally = new Tally();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_PEOPLE);
        List<Future<?>> runs = new ArrayList<>();
        for (Person person : everyone) {
            runs.add(pool.submit(() -> {
                PortalClient client = person.signedIn() ? PortalClient.signedIn(base, person.username(), DEMO_PASSWORD) : new PortalClient(base);
                try (java.sql.Connection db = TestDatabase.connectAsOwner()) {
                    for (Probe probe : probes) {
                        boolean refusal = probe.outcome(person) == Outcome.REFUSE;
                        long mark = refusal ? lastAuditId(db) : 0;
                        HttpResponse<String> answer = client.send(probe.row().method(), probe.path());
                        tally.compare(person, probe, answer);
                        if (refusal && answer.statusCode() == 403) {
                            // Every refusal is a row in the audit log, once (README: "every refusal is audited").
                            tally.audited(person, probe, refusalsAudited(db, person.username(), mark));
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get(20, TimeUnit.MINUTES);
        }
        pool.shutdown();

        long refusalsAudited = refusalsAuditedSince(auditBefore);
        System.out.println(tally.report(probes.size(), everyone.size(), refusalsAudited)
                + String.format("%d requests in %.1f s, %d people at a time%n", tally.requests.sum(), (System.nanoTime() - started) / 1e9, PARALLEL_PEOPLE));

        assertThat(tally.requests.sum()).isEqualTo((long) probes.size() * everyone.size());
        assertThat(tally.wrong("response 500")).as("responses 500").isEmpty();
        assertThat(tally.wrong("WRONG GRANT")).as("wrong grants").isEmpty();
        assertThat(tally.wrong("WRONG REFUSAL")).as("wrong refusals").isEmpty();
        assertThat(tally.wrong("DIFFERENT")).as("other differences from the table").isEmpty();
        assertThat(tally.wrong.stream().filter(w -> w.kind().startsWith("REFUSAL AUDITED")).map(Wrong::toString))
                .as("refusals not audited exactly once").isEmpty();

        // And an administrator reads a refusal as such: the ex-member's, at the workspace of the board they left, once more.
        Person former = demo.people.stream().filter(p -> !p.formerBoards().isEmpty()).findFirst().orElseThrow();
        long leftBoard = former.formerBoards().iterator().next();
        PortalClient admin = new PortalClient(base);
        assertThat(admin.signIn("avery.admin", DEMO_PASSWORD).statusCode()).isEqualTo(302);
        long before = AuditTrail.newest(AuditTrail.filtered(admin, former.username(), null, "ACCESS_REFUSED"));
        PortalClient exMember = new PortalClient(base);
        assertThat(exMember.signIn(former.username(), DEMO_PASSWORD).statusCode()).isEqualTo(302);
        assertThat(exMember.get("boards/workspace.xhtml?board=" + leftBoard).statusCode()).isEqualTo(403);
        assertThat(AuditTrail.after(before, AuditTrail.filtered(admin, former.username(), null, "ACCESS_REFUSED")))
                .as(former.username() + "'s refusal in the audit log").singleElement().satisfies(row -> {
                    assertThat(row.concerning()).startsWith(demo.boards.get(leftBoard).name()).endsWith("board " + leftBoard);
                    assertThat(row.detail()).contains("not a current member");
                });
    }

    /** The matrix means something only if the demo still has an own board, another board and a board left for somebody. */
    private static void assertDemoHasEveryRelation(AccessMatrixDemo demo) {
        Person former = demo.people.stream().filter(p -> p.username().equals("jordan.former")).findFirst().orElseThrow();
        assertThat(former.formerBoards()).as("jordan.former has left a board (the ex-member column)").isNotEmpty();
        assertThat(former.seats()).as("jordan.former still sits on another board").isNotEmpty();
        assertThat(demo.people.stream().flatMap(p -> p.roles().stream()).collect(Collectors.toSet()))
                .as("every role is held by a demo person").containsExactlyInAnyOrder(ADMIN, BOARD_MEMBER, DATA_LEAD, RESOURCE_EDITOR,
                        AccessMatrixDemo.PRACTITIONER);
        assertThat(demo.people.stream().flatMap(p -> p.seats().values().stream()).collect(Collectors.toSet()))
                .as("chairs, vice-chairs, members, advisers and business support all sit somewhere")
                .contains("CHAIR", "VICE_CHAIR", "MEMBER", "ADVISER", "BUSINESS_SUPPORT");
    }

    private static long lastAuditId(java.sql.Connection db) throws java.sql.SQLException {
        try (var query = db.createStatement(); var row = query.executeQuery("SELECT COALESCE(MAX(id), 0) FROM audit_event")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** ACCESS_REFUSED rows written for one person after a row. */
    private static int refusalsAudited(java.sql.Connection db, String username, long afterId) throws java.sql.SQLException {
        try (var query = db.prepareStatement("SELECT COUNT(*) FROM audit_event WHERE id > ? AND actor = ? AND action = 'ACCESS_REFUSED'")) {
            query.setLong(1, afterId);
            query.setString(2, username);
            try (var row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static long refusalsAuditedSince(long auditId) throws java.sql.SQLException {
        try (var db = TestDatabase.connectAsOwner(); var query = db.prepareStatement(
                "SELECT COUNT(*) FROM audit_event WHERE id > ? AND action = 'ACCESS_REFUSED'")) {
            query.setLong(1, auditId);
            try (var row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    // ---------------------------------------------------------------- counting

    /** Every comparison, counted as it happens (two people's requests at once). */
    static final class Tally {
        final LongAdder requests = new LongAdder();
        final Map<String, LongAdder> expected = new ConcurrentHashMap<>();
        final Map<String, LongAdder> received = new ConcurrentHashMap<>();
        final Map<String, LongAdder> relations = new ConcurrentHashMap<>();
        final Map<String, LongAdder> auditedRefusals = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<Wrong> wrong = new ConcurrentLinkedQueue<>();

        void compare(Person person, Probe probe, HttpResponse<String> answer) {
            requests.increment();
            Outcome outcome = probe.outcome(person);
            int expectedStatus = probe.expectedStatus(person);
            int status = answer.statusCode();
            String location = answer.headers().firstValue("Location").orElse(null);
            count(expected, outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " (" + expectedStatus + ")");
            count(received, String.valueOf(status));
            count(relations, probe.relation(person));

            boolean matches = status == expectedStatus;
            if (matches && status == 302) {
                // Signed out: sent to the sign-in page, not anywhere else.
                matches = location != null && location.endsWith("/login.xhtml");
            }
            if (matches && probe.row().surface() == Surface.API && status >= 400) {
                // The API answers in JSON, never with the site's HTML pages.
                matches = answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
            }
            if (matches) {
                return;
            }
            String kind;
            if (status >= 500) {
                kind = "response 500";
            } else if (status >= 200 && status < 300 && outcome != Outcome.GRANT) {
                kind = "WRONG GRANT";
            } else if (outcome == Outcome.GRANT && Set.of(302, 401, 403, 404).contains(status)) {
                kind = "WRONG REFUSAL";
            } else {
                kind = "DIFFERENT";
            }
            wrong.add(new Wrong(kind, person, probe, expectedStatus, status, location));
        }

        /** A refusal answered 403 and the ACCESS_REFUSED rows it wrote (one is right). */
        void audited(Person person, Probe probe, int rows) {
            count(auditedRefusals, rows == 1 ? "audited once" : rows == 0 ? "not audited" : "audited " + rows + " times");
            if (rows != 1) {
                wrong.add(new Wrong("REFUSAL AUDITED " + rows + " TIMES", person, probe, 403, 403, null));
            }
        }

        List<String> wrong(String kind) {
            return wrong.stream().filter(w -> w.kind().equals(kind)).map(Wrong::toString).sorted().toList();
        }

        private static void count(Map<String, LongAdder> counts, String key) {
            counts.computeIfAbsent(key, k -> new LongAdder()).increment();
        }

        String report(int addresses, int people, long refusalsAudited) {
            StringBuilder out = new StringBuilder("\n==== Access matrix ====\n");
            out.append(String.format("rows %d, addresses %d, people %d (%d signed in, 1 signed out)%n", TABLE.size(), addresses, people, people - 1));
            out.append(String.format("requests made: %d; decisions compared: %d%n", requests.sum(), requests.sum()));
            out.append("expected:  ").append(line(expected)).append('\n');
            out.append("received:  ").append(line(received)).append('\n');
            out.append("by board:  ").append(line(relations)).append('\n');
            out.append(String.format("wrong grants: %d; wrong refusals: %d; responses 500: %d; other differences: %d%n",
                    wrong("WRONG GRANT").size(), wrong("WRONG REFUSAL").size(), wrong("response 500").size(), wrong("DIFFERENT").size()));
            out.append("refusals in the audit log: ").append(line(auditedRefusals))
                    .append(String.format(" (ACCESS_REFUSED rows written meanwhile: %d)%n", refusalsAudited));
            wrong.stream().map(Wrong::toString).sorted().limit(300).forEach(w -> out.append("  ").append(w).append('\n'));
            return out.toString();
        }

        private static String line(Map<String, LongAdder> counts) {
            return new TreeMap<>(counts).entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().sum()).collect(Collectors.joining(", "));
        }
    }
}
