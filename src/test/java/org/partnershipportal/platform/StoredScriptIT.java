package org.partnershipportal.platform;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partnershipportal.testsupport.Browser;
import org.partnershipportal.testsupport.PortalClient;
import org.partnershipportal.testsupport.SharedPortal;
import org.partnershipportal.testsupport.TestDatabase;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/**
 * Stored scripts: every text field the portal shows back to someone holds 60 hostile payloads (markup,
 * attribute and script-string breakouts, encoded markup, javascript: links, expression language,
 * Markdown, spreadsheet formulas), and every page that shows it is rendered in Chromium as the person
 * who would see it. A hook installed before any page script records any payload that runs; the page's
 * text must show each payload exactly as typed (so an expression such as {@code ${7*7}} was not
 * evaluated to 49). The field list comes from the entities ({@link StoredTextFields}).
 *
 * <p>The payloads are written straight into the test database, into a board, people, agencies,
 * meetings and actions this test creates and removes again, so other tests sharing the database never
 * see them; a few are typed into the real forms to show the input path keeps them verbatim. The
 * Content-Security-Policy is bypassed in this browser: it is the second line of defence, and this test
 * checks the first (output encoding) on its own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@UsesDemoPartnership
class StoredScriptIT {

    /** Defined before any page script runs, in every frame: what a payload calls, and alert() and friends. */
    static final String HOOK = """
            (function () {
              var hits = [];
              function hit(what) { try { (window.top.__xssHits || hits).push(String(what)); } catch (e) { hits.push(String(what)); } }
              window.__xssHits = hits;
              window.__xssHit = hit;
              window.alert = function (m) { hit('alert:' + m); };
              window.confirm = function (m) { hit('confirm:' + m); return false; };
              window.prompt = function (m) { hit('prompt:' + m); return null; };
            })();
            """;

    /** The payloads and fields this run stored, by "Entity.field". */
    static final Planted planted = new Planted();
    static final Ids ids = new Ids();
    static final String run = Long.toString(System.currentTimeMillis() % 46_656L, 36);

    final URL base = SharedPortal.base();

    record Payload(int number, String kind, String text) {
    }

    /** One payload in one field of one row: what the page must show as typed. */
    record Fragment(String field, int row, Payload payload, String text) {
        String describe() {
            return field + " payload " + payload.number() + " " + payload.text();
        }
    }

    static List<Payload> payloads() throws IOException {
        try (InputStream in = StoredScriptIT.class.getResourceAsStream("/stored-xss-payloads.txt")) {
            List<Payload> payloads = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (line.isBlank() || line.startsWith("# ")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                payloads.add(new Payload(payloads.size() + 1, parts[0], parts[1]));
            }
            return payloads;
        }
    }

    /**
     * Packs payloads into the values of one field: as many tagged payloads per row as its column holds,
     * as many rows as it takes. A link field gets one payload per row, the payload first (a tag in front
     * would defuse a javascript: address).
     */
    static final class Planted {
        final Map<String, List<List<Fragment>>> rows = new LinkedHashMap<>();
        final List<String> skipped = new ArrayList<>();
        final Set<Fragment> verified = new LinkedHashSet<>();
        final List<String> fieldNames = new ArrayList<>();
        List<Payload> payloads;

        List<String> text(String field, int max) {
            return pack(field, max, false, Integer.MAX_VALUE);
        }

        /** At most so many rows, where each row has a page of its own to render. */
        List<String> text(String field, int max, int maxRows) {
            return pack(field, max, false, maxRows);
        }

        List<String> link(String field, int max) {
            return pack(field, max, true, Integer.MAX_VALUE);
        }

        List<String> link(String field, int max, int maxRows) {
            return pack(field, max, true, maxRows);
        }

        /** For a field the page splits at some characters (a list of themes): payloads with them are left out. */
        List<String> textWithout(String field, int max, String characters) {
            List<Payload> all = payloads;
            payloads = all.stream().filter(p -> p.text().chars().noneMatch(c -> characters.indexOf(c) >= 0)).toList();
            all.stream().filter(p -> !payloads.contains(p)).forEach(p -> skipped.add(field + " payload " + p.number()
                    + ": the page splits this field into a list at " + characters));
            try {
                return pack(field, max, false, Integer.MAX_VALUE);
            } finally {
                payloads = all;
            }
        }

        private List<String> pack(String field, int max, boolean link, int maxRows) {
            fieldNames.add(field);
            int fieldNo = fieldNames.size();
            List<List<Fragment>> fieldRows = new ArrayList<>();
            List<String> values = new ArrayList<>();
            StringBuilder value = new StringBuilder();
            List<Fragment> row = new ArrayList<>();
            for (Payload payload : payloads) {
                String tag = "t" + fieldNo + "x" + payload.number();
                if (link && !(payload.kind().equals("url") || payload.kind().equals("attr") || payload.kind().equals("el"))) {
                    skipped.add(field + " payload " + payload.number() + ": not an address (the form accepts https links only)");
                    continue;
                }
                String text = link ? payload.text() + "#" + tag : payload.text() + " " + tag;
                if (text.length() > max) {
                    skipped.add(field + " payload " + payload.number() + ": longer than the column (" + max + ")");
                    continue;
                }
                if (link || value.length() + 1 + text.length() > max) {
                    if (!row.isEmpty() && fieldRows.size() + 1 >= maxRows) {
                        skipped.add(field + " payload " + payload.number() + ": past the " + maxRows + " rows the rendered pages show");
                        continue;
                    }
                    if (!row.isEmpty()) {
                        values.add(value.toString());
                        fieldRows.add(row);
                    }
                    value = new StringBuilder();
                    row = new ArrayList<>();
                }
                if (!value.isEmpty()) {
                    value.append(' ');
                }
                value.append(text);
                row.add(new Fragment(field, fieldRows.size(), payload, text));
            }
            if (!row.isEmpty()) {
                values.add(value.toString());
                fieldRows.add(row);
            }
            rows.put(field, fieldRows);
            return values;
        }

        List<Fragment> fragments(String field) {
            return rows.getOrDefault(field, List.of()).stream().flatMap(List::stream).toList();
        }

        List<Fragment> fragments(String field, int row) {
            List<List<Fragment>> fieldRows = rows.getOrDefault(field, List.of());
            return row < fieldRows.size() ? fieldRows.get(row) : List.of();
        }

        List<Fragment> all() {
            return rows.values().stream().flatMap(List::stream).flatMap(List::stream).toList();
        }
    }

    /** Ids of the rows this test created, to render their pages and remove them afterwards. */
    static final class Ids {
        final List<Long> agencies = new ArrayList<>();
        final List<Long> users = new ArrayList<>();
        final List<Long> boards = new ArrayList<>();
        final List<Long> harms = new ArrayList<>();
        final List<Long> meetings = new ArrayList<>();
        final List<Long> items = new ArrayList<>();
        final List<Long> papers = new ArrayList<>();
        final List<Long> actions = new ArrayList<>();
        final List<Long> terms = new ArrayList<>();
        final List<Long> flags = new ArrayList<>();
        final List<Long> proposals = new ArrayList<>();
        final List<Long> resources = new ArrayList<>();
        final List<Long> datasets = new ArrayList<>();
        final List<Long> asks = new ArrayList<>();
        final List<Long> requests = new ArrayList<>();
        final List<Long> agreements = new ArrayList<>();
        long chair;
        String chairName;
        long voiceResource;
        final List<Long> languageTerms = new ArrayList<>();
    }

    static String at(List<String> values, int row, String otherwise) {
        return row < values.size() ? values.get(row) : otherwise;
    }

    static long insert(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                return key.next() ? key.getLong(1) : 0;
            }
        }
    }

    @BeforeAll
    static void plantPayloadsInRowsOfOurOwn() throws Exception {
        planted.payloads = payloads();
        waitUntilTheDuplicateFinderHasReadTheRegister(SharedPortal.base());
        Timestamp now = Timestamp.valueOf(LocalDateTime.now().withNano(0));
        try (Connection db = TestDatabase.connectAsOwner()) {
            String hash;
            try (Statement query = db.createStatement(); ResultSet row = query.executeQuery(
                    "SELECT password_hash FROM user_account WHERE username = 'casey.chair'")) {
                row.next();
                hash = row.getString(1);
            }
            // Agencies (name, short name): members represent them, actions are owned by them.
            List<String> agencyNames = planted.text("Agency.name", 150);
            List<String> agencyShort = planted.text("Agency.shortName", 30);
            int agencies = Math.max(agencyNames.size(), agencyShort.size());
            for (int i = 0; i < agencies; i++) {
                ids.agencies.add(insert(db, "INSERT INTO agency (name, short_name, kind) VALUES (?, ?, 'CHARITY')",
                        at(agencyNames, i, "XSS agency " + run + " " + i), at(agencyShort, i, "XSS" + run + "-" + i)));
            }
            // People: one chair who signs in (a plain username), and members whose names are payloads.
            ids.chairName = "xss.chair." + run;
            ids.chair = insert(db, "INSERT INTO user_account (username, full_name, email, agency_id, password_hash, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", ids.chairName, "XSS Chair " + run, ids.chairName + "@example.invalid",
                    ids.agencies.get(0), hash, now);
            insert(db, "INSERT INTO user_role (user_id, role) VALUES (?, 'BOARD_MEMBER')", ids.chair);
            List<String> fullNames = planted.text("UserAccount.fullName", 120);
            List<String> emails = planted.text("UserAccount.email", 254);
            List<String> jobTitles = planted.text("UserAccount.jobTitle", 120);
            int people = Math.max(fullNames.size(), Math.max(emails.size(), jobTitles.size()));
            for (int i = 0; i < people; i++) {
                long user = insert(db, "INSERT INTO user_account (username, full_name, email, job_title, agency_id, password_hash, created_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?)", "xss." + run + "." + i, at(fullNames, i, "XSS Member " + run + " " + i),
                        at(emails, i, "xss." + run + "." + i + "@example.invalid"), at(jobTitles, i, null),
                        ids.agencies.get(i % agencies), hash, now);
                insert(db, "INSERT INTO user_role (user_id, role) VALUES (?, 'BOARD_MEMBER')", user);
                ids.users.add(user);
            }
            // Boards: ours first (the chair's), the others its reporting lines, so its workspace names them all.
            List<String> boardNames = planted.text("Board.name", 150);
            List<String> boardShort = planted.text("Board.shortName", 20);
            List<String> purposes = planted.text("Board.purpose", 2000);
            int boards = Math.max(boardNames.size(), Math.max(boardShort.size(), purposes.size()));
            for (int i = 0; i < boards; i++) {
                ids.boards.add(insert(db, "INSERT INTO board (name, short_name, purpose, meeting_frequency) VALUES (?, ?, ?, 'MONTHLY')",
                        at(boardNames, i, "XSS board " + run + " " + i), at(boardShort, i, "XSS" + run + "-" + i), at(purposes, i, null)));
            }
            long board = ids.boards.get(0);
            for (long parent : ids.boards.subList(1, boards)) {
                insert(db, "INSERT INTO board_reporting_line (board_id, reports_to_board_id) VALUES (?, ?)", board, parent);
            }
            for (String harm : planted.text("HarmType.name", 80)) {
                long id = insert(db, "INSERT INTO harm_type (name) VALUES (?)", harm);
                ids.harms.add(id);
                insert(db, "INSERT INTO board_remit (board_id, harm_type_id) VALUES (?, ?)", board, id);
            }
            LocalDate started = LocalDate.now().minusMonths(1);
            insert(db, "INSERT INTO board_membership (board_id, user_id, agency_id, role, starts_on) VALUES (?, ?, ?, 'CHAIR', ?)",
                    board, ids.chair, ids.agencies.get(0), started);
            for (int i = 0; i < people; i++) {
                insert(db, "INSERT INTO board_membership (board_id, user_id, agency_id, role, starts_on) VALUES (?, ?, ?, ?, ?)",
                        board, ids.users.get(i), ids.agencies.get(i % agencies), i == 0 ? "BUSINESS_SUPPORT" : "MEMBER", started);
            }
            // Meetings of our board: the first held yesterday (minutes, decisions, actions), the rest to come.
            List<String> titles = planted.text("Meeting.title", 200);
            List<String> places = planted.text("Meeting.place", 200);
            List<String> links = planted.link("Meeting.onlineLink", 500);
            int meetings = Math.max(titles.size(), Math.max(places.size(), links.size()));
            for (int i = 0; i < meetings; i++) {
                LocalDateTime starts = LocalDateTime.now().withNano(0).withSecond(0).plusDays(i == 0 ? -1 : i);
                ids.meetings.add(insert(db, "INSERT INTO meeting (board_id, title, starts_at, ends_at, place, online_link, status)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?)", board, at(titles, i, "XSS meeting " + run + " " + i),
                        Timestamp.valueOf(starts), Timestamp.valueOf(starts.plusHours(2)), at(places, i, null), at(links, i, null),
                        i == 0 ? "HELD" : "PLANNED"));
            }
            long meeting = ids.meetings.get(0);
            List<String> itemTitles = planted.text("AgendaItem.title", 300);
            List<String> descriptions = planted.text("AgendaItem.description", 4000);
            List<String> leads = planted.text("AgendaItem.leadName", 120);
            List<String> minutes = planted.text("AgendaItem.minutes", 20_000);
            List<String> decisions = planted.text("AgendaItem.decisions", 20_000);
            int items = Math.max(Math.max(itemTitles.size(), descriptions.size()), Math.max(leads.size(), Math.max(minutes.size(), decisions.size())));
            for (int i = 0; i < items; i++) {
                ids.items.add(insert(db, "INSERT INTO agenda_item (meeting_id, board_id, position, title, description, lead_name,"
                                + " lead_agency_id, minutes, decisions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", meeting, board, i + 1,
                        at(itemTitles, i, "XSS item " + run + " " + i), at(descriptions, i, null), at(leads, i, null),
                        ids.agencies.get(i % agencies), at(minutes, i, null), at(decisions, i, null)));
            }
            long item = ids.items.get(0);
            List<String> fileNames = planted.text("Paper.fileName", 255);
            List<String> uploaders = planted.text("Paper.uploadedBy", 60);
            int papers = Math.max(fileNames.size(), uploaders.size());
            for (int i = 0; i < papers; i++) {
                ids.papers.add(insert(db, "INSERT INTO paper (agenda_item_id, board_id, file_name, content_type, size_bytes, sha256,"
                                + " uploaded_by, uploaded_at) VALUES (?, ?, ?, 'application/pdf', 1024, ?, ?, ?)", item, board,
                        at(fileNames, i, "xss-" + run + "-" + i + ".pdf"), "0".repeat(64), at(uploaders, i, ids.chairName), now));
            }
            List<String> actionDescriptions = planted.text("Action.description", 1000);
            List<String> owners = planted.text("Action.ownerName", 120);
            int actions = Math.max(actionDescriptions.size(), owners.size());
            for (int i = 0; i < actions; i++) {
                ids.actions.add(insert(db, "INSERT INTO action (board_id, agenda_item_id, meeting_id, description, owner_user_id,"
                                + " owner_name, owner_agency_id, due_on, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)",
                        board, item, meeting, at(actionDescriptions, i, "XSS action " + run + " " + i), ids.chair,
                        at(owners, i, "XSS Chair " + run), ids.agencies.get(i % agencies), LocalDate.now().plusMonths(1), now, now));
            }
            List<String> notes = planted.text("ActionUpdate.note", 2000);
            List<String> writers = planted.text("ActionUpdate.writtenBy", 60);
            for (int i = 0; i < Math.max(notes.size(), writers.size()); i++) {
                insert(db, "INSERT INTO action_update (action_id, written_by, written_at, status_to, due_to, note) VALUES (?, ?, ?, 'OPEN', ?, ?)",
                        ids.actions.get(0), at(writers, i, ids.chairName), now, LocalDate.now().plusMonths(1), at(notes, i, null));
            }
            plantGlossaryAndFlags(db, now, agencies);
            plantGuidance(db, now);
            plantMinutesCycleAndVoice(db, now, board, meeting, item);
            plantLanguageList(db, now);
            plantCatalogue(db, now);
        }
    }

    /** Datasets of our first agency, asks of our board mapped to them, and our chair's data requests. */
    static void plantCatalogue(Connection db, Timestamp now) throws SQLException {
        int pages = 6;
        List<String> names = planted.text("Dataset.name", 200, pages);
        List<String> descriptions = planted.text("Dataset.description", 4000, pages);
        List<String> systems = planted.text("Dataset.systemName", 120, pages);
        List<String> fieldsHeld = planted.text("Dataset.fieldsHeld", 2000, pages);
        List<String> geographies = planted.text("Dataset.geography", 200, pages);
        List<String> article9 = planted.text("Dataset.article9Condition", 500, pages);
        List<String> agreements = planted.text("Dataset.sharingAgreement", 200, pages);
        List<String> routes = planted.text("Dataset.accessRoute", 1000, pages);
        List<String> quality = planted.text("Dataset.qualityIssues", 2000, pages);
        int datasets = List.of(names, descriptions, systems, fieldsHeld, geographies, article9, agreements, routes, quality)
                .stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < datasets; i++) {
            ids.datasets.add(insert(db, "INSERT INTO dataset (name, description, agency_id, system_name, fields_held, granularity, geography,"
                            + " update_frequency, classification, article6_basis, article9_condition, sharing_agreement, access_route,"
                            + " quality_issues, review_due_on, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, 'AGGREGATED', ?, 'MONTHLY',"
                            + " 'SPECIAL_CATEGORY', 'PUBLIC_TASK', ?, ?, ?, ?, ?, ?, ?)",
                    at(names, i, "XSS dataset " + run + " " + i), at(descriptions, i, "XSS dataset " + run), ids.agencies.get(0),
                    at(systems, i, "XSS system"), at(fieldsHeld, i, null), at(geographies, i, null), at(article9, i, null),
                    at(agreements, i, null), at(routes, i, null), at(quality, i, null), LocalDate.now().plusYears(1), now, ids.chairName));
        }
        List<String> changeFields = planted.text("DatasetChange.field", 40, 15);
        List<String> befores = planted.text("DatasetChange.before", 4000, 15);
        List<String> afters = planted.text("DatasetChange.after", 4000, 15);
        List<String> changers = planted.text("DatasetChange.changedBy", 60, 15);
        for (int i = 0; i < List.of(changeFields, befores, afters, changers).stream().mapToInt(List::size).max().orElse(0); i++) {
            insert(db, "INSERT INTO dataset_change (dataset_id, record_version, field, before_text, after_text, changed_by, changed_at)"
                    + " VALUES (?, 0, ?, ?, ?, ?, ?)", ids.datasets.get(0), at(changeFields, i, "description"), at(befores, i, null),
                    at(afters, i, null), at(changers, i, ids.chairName), now);
        }
        List<String> questions = planted.text("StrategicAsk.question", 500, pages);
        List<String> whys = planted.text("StrategicAsk.whyItMatters", 2000, pages);
        List<String> raisers = planted.text("StrategicAsk.raisedBy", 60, pages);
        for (int i = 0; i < List.of(questions, whys, raisers).stream().mapToInt(List::size).max().orElse(0); i++) {
            ids.asks.add(insert(db, "INSERT INTO strategic_ask (board_id, question, why_it_matters, subject, priority, status, raised_by,"
                            + " raised_at, updated_at) VALUES (?, ?, ?, 'YOUNG_PEOPLE', 'HIGH', 'OPEN', ?, ?, ?)", ids.boards.get(0),
                    at(questions, i, "XSS ask " + run + " " + i), at(whys, i, "XSS why"), at(raisers, i, ids.chairName), now, now));
        }
        List<String> missing = planted.text("AskMapping.missing", 1000, ids.datasets.size());
        for (int i = 0; i < missing.size(); i++) {
            insert(db, "INSERT INTO ask_dataset (ask_id, dataset_id, fit, missing, mapped_by, mapped_at) VALUES (?, ?, 'PARTLY', ?, ?, ?)",
                    ids.asks.get(0), ids.datasets.get(i), missing.get(i), ids.chairName, now);
        }
        plantAgreements(db, now);
        List<String> whatNeeded = planted.text("DataRequest.whatNeeded", 2000, pages);
        List<String> whyNeeded = planted.text("DataRequest.whyNeeded", 2000, pages);
        List<String> handlers = planted.text("DataRequest.handledBy", 60, pages);
        List<String> answers = planted.text("DataRequest.answerText", 4000, pages);
        List<String> links = planted.link("DataRequest.answerLink", 500, pages);
        List<String> files = planted.text("DataRequestFile.fileName", 200, pages);
        int answered = List.of(whatNeeded, whyNeeded, handlers, answers, links, files).stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < answered; i++) {
            long request = insert(db, "INSERT INTO data_request (ask_id, board_id, requester_id, what_needed, why_needed, needed_by, status,"
                            + " handled_by, answer_text, answer_link, submitted_at, closed_at) VALUES (?, ?, ?, ?, ?, ?, 'ANSWERED', ?, ?, ?, ?, ?)",
                    ids.asks.get(0), ids.boards.get(0), ids.chair, at(whatNeeded, i, "XSS request " + run + " " + i), at(whyNeeded, i, "XSS why"),
                    LocalDate.now().plusMonths(1), at(handlers, i, ids.chairName), at(answers, i, "XSS answer"), at(links, i, null), now, now);
            ids.requests.add(request);
            if (i == 0) {
                // The first answer shared personal data under our first agreement: its page names the agreement.
                db.createStatement().executeUpdate("UPDATE data_request SET answer_personal = TRUE, agreement_id = " + ids.agreements.get(0)
                        + " WHERE id = " + request);
            }
            if (i < files.size()) {
                insert(db, "INSERT INTO data_request_file (request_id, file_name, content_type, size_bytes, content) VALUES (?, ?, 'application/pdf', 4, ?)",
                        request, files.get(i), "%PDF".getBytes(StandardCharsets.US_ASCII));
            }
        }
        for (String detail : planted.text("DataRequest.declineDetail", 1000, pages)) {
            ids.requests.add(insert(db, "INSERT INTO data_request (ask_id, board_id, requester_id, what_needed, why_needed, needed_by, status,"
                            + " handled_by, decline_reason, decline_detail, submitted_at, closed_at) VALUES (?, ?, ?, ?, 'XSS why', ?, 'DECLINED', ?, 'OTHER', ?, ?, ?)",
                    ids.asks.get(0), ids.boards.get(0), ids.chair, "XSS declined " + run, LocalDate.now().plusMonths(1), ids.chairName, detail, now, now));
        }
        List<String> authors = planted.text("DataRequestEntry.author", 60);
        List<String> bodies = planted.text("DataRequestEntry.body", 2000);
        for (int i = 0; i < Math.max(authors.size(), bodies.size()); i++) {
            insert(db, "INSERT INTO data_request_entry (request_id, author, written_at, body) VALUES (?, ?, ?, ?)",
                    ids.requests.get(0), at(authors, i, ids.chairName), now, at(bodies, i, "XSS comment"));
        }
    }

    /**
     * Signed sharing agreements between our first two agencies (the second sits on our board) covering our
     * datasets: the register, each agreement's page, our datasets' pages, our ask's chain and the answer that
     * relied on one show them. Every agreement has a page of its own, so no field is limited to a few rows.
     */
    static void plantAgreements(Connection db, Timestamp now) throws SQLException {
        List<String> titles = planted.text("SharingAgreement.title", 200);
        List<String> references = planted.text("SharingAgreement.reference", 60);
        List<String> purposes = planted.text("SharingAgreement.purpose", 2000);
        List<String> retentions = planted.text("SharingAgreement.retention", 500);
        List<String> conditions = planted.text("AgreementParty.specialCondition", 500);
        List<String> fileNames = planted.text("AgreementDocument.fileName", 200);
        int agreements = List.of(titles, references, purposes, retentions, conditions, fileNames).stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < agreements; i++) {
            long agreement = insert(db, "INSERT INTO sharing_agreement (title, reference, purpose, retention, review_on, status, updated_at, updated_by)"
                            + " VALUES (?, ?, ?, ?, ?, 'SIGNED', ?, ?)", at(titles, i, "XSS agreement " + run + " " + i),
                    at(references, i, "XSS-" + run + "-" + i), at(purposes, i, "XSS purpose"), at(retentions, i, "XSS retention"),
                    LocalDate.now().plusYears(1), now, ids.chairName);
            ids.agreements.add(agreement);
            insert(db, "INSERT INTO sharing_agreement_party (agreement_id, agency_id, article6_basis, special_condition) VALUES (?, ?, 'PUBLIC_TASK', ?)",
                    agreement, ids.agencies.get(0), at(conditions, i, null));
            insert(db, "INSERT INTO sharing_agreement_party (agreement_id, agency_id, article6_basis, special_condition) VALUES (?, ?, 'PUBLIC_TASK', NULL)",
                    agreement, ids.agencies.get(1));
            for (long dataset : ids.datasets) {
                insert(db, "INSERT INTO sharing_agreement_dataset (agreement_id, dataset_id) VALUES (?, ?)", agreement, dataset);
            }
            if (i < fileNames.size()) {
                insert(db, "INSERT INTO sharing_agreement_document (agreement_id, file_name, size_bytes, content, uploaded_by, uploaded_at)"
                        + " VALUES (?, ?, 4, ?, ?, ?)", agreement, fileNames.get(i), "%PDF".getBytes(StandardCharsets.US_ASCII), ids.chairName, now);
            }
        }
    }

    /** Published guidance (everyone reads it) with versions, feedback and attachments for its editor. */
    static void plantGuidance(Connection db, Timestamp now) throws SQLException {
        int resourcePages = 6;
        List<String> titles = planted.text("Resource.title", 200);
        List<String> summaries = planted.text("Resource.summary", 1000);
        List<String> quotes = planted.text("Resource.youngPeopleSaid", 60_000);
        List<String> practice = planted.text("Resource.practiceMeaning", 60_000);
        List<String> themes = planted.textWithout("Resource.themes", 500, ",;");
        List<String> links = planted.link("Resource.externalUrl", 500, resourcePages);
        int resources = List.of(titles, summaries, quotes, practice, themes, links).stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < resources; i++) {
            ids.resources.add(insert(db, "INSERT INTO resource (kind, title, summary, body_html, body_text, young_people_said, practice_meaning,"
                            + " themes, external_url, author, agency_id, status, published_on, review_due, updated_at)"
                            + " VALUES ('BRIEFING', ?, ?, '<p>XSS body</p>', 'XSS body', ?, ?, ?, ?, 'ellis.editor', ?, 'PUBLISHED', ?, ?, ?)",
                    at(titles, i, "XSS resource " + run + " " + i), at(summaries, i, "XSS summary " + run), at(quotes, i, null),
                    at(practice, i, null), at(themes, i, null), at(links, i, null), ids.agencies.get(0), LocalDate.now().minusDays(1),
                    LocalDate.now().plusYears(1), now));
        }
        long resource = ids.resources.get(0);
        List<String> changers = planted.text("ResourceVersion.changedBy", 60);
        List<String> changeNotes = planted.text("ResourceVersion.changeNote", 300);
        for (int i = 0; i < Math.max(changers.size(), changeNotes.size()); i++) {
            insert(db, "INSERT INTO resource_version (resource_id, number, status, title, summary, body_html, changed_by, changed_at, change_note)"
                    + " VALUES (?, ?, 'PUBLISHED', 'XSS', 'XSS', '<p>XSS body</p>', ?, ?, ?)", resource, i + 1,
                    at(changers, i, "ellis.editor"), now, at(changeNotes, i, null));
        }
        List<String> comments = planted.text("ResourceFeedback.comment", 1000);
        List<String> givers = planted.text("ResourceFeedback.givenBy", 60);
        for (int i = 0; i < Math.max(comments.size(), givers.size()); i++) {
            insert(db, "INSERT INTO resource_feedback (resource_id, useful, comment, given_by, given_at) VALUES (?, FALSE, ?, ?, ?)",
                    resource, at(comments, i, null), at(givers, i, "planted.reader" + i), now); // one answer per reader is shown
        }
        for (String fileName : planted.text("ResourceAttachment.fileName", 255)) {
            insert(db, "INSERT INTO resource_attachment (resource_id, file_name, content_type, size_bytes, content, added_by, added_at)"
                    + " VALUES (?, ?, 'application/pdf', 4, ?, 'ellis.editor', ?)", resource, fileName, "%PDF".getBytes(StandardCharsets.US_ASCII), now);
        }
    }

    /**
     * Comments on our held meeting's minutes, corrections of its first item, and "you said, we did" links
     * from that item's decision to a resource of what young people told us (which practitioners read).
     */
    static void plantMinutesCycleAndVoice(Connection db, Timestamp now, long board, long meeting, long item) throws SQLException {
        for (String comment : planted.text("MinutesComment.comment", 2000)) {
            insert(db, "INSERT INTO minutes_comment (meeting_id, written_by, written_at, comment) VALUES (?, ?, ?, ?)",
                    meeting, ids.chairName, now, comment);
        }
        List<String> reasons = planted.text("MinutesCorrection.reason", 1000);
        for (int i = 0; i < reasons.size(); i++) {
            insert(db, "INSERT INTO minutes_correction (agenda_item_id, meeting_id, version_no, corrected_by, corrected_at, reason)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", item, meeting, i + 2, ids.chairName, now, reasons.get(i));
        }
        long voice = insert(db, "INSERT INTO resource (kind, title, summary, body_html, body_text, author, agency_id, status, published_on,"
                        + " review_due, updated_at) VALUES ('YOUNG_PEOPLE_TOLD_US', ?, 'XSS voice', '<p>XSS body</p>', 'XSS body', 'ellis.editor',"
                        + " ?, 'PUBLISHED', ?, ?, ?)", "XSS voice " + run, ids.agencies.get(0), LocalDate.now().minusDays(1),
                LocalDate.now().plusYears(1), now);
        ids.resources.add(voice);
        ids.voiceResource = voice;
        for (String whatChanged : planted.text("VoiceInfluence.whatChanged", 600)) {
            insert(db, "INSERT INTO voice_influence (resource_id, board_id, agenda_item_id, what_changed, linked_by, linked_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", voice, board, item, whatChanged, ids.chairName, now);
        }
    }

    /** Entries of the partnership's language list (everyone reads it), each found by a plain pattern of our own. */
    static void plantLanguageList(Connection db, Timestamp now) throws SQLException {
        List<String> phrases = planted.text("ListedTerm.phrase", 120);
        List<String> alternatives = planted.text("ListedTerm.alternative", 400);
        List<String> sources = planted.text("ListedTerm.source", 400);
        int entries = List.of(phrases, alternatives, sources).stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < entries; i++) {
            ids.languageTerms.add(insert(db, "INSERT INTO language_term (phrase, pattern, alternative, source, updated_by, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)", at(phrases, i, "XSS term " + run + " " + i), "xssterm" + run + "n" + i,
                    at(alternatives, i, "XSS alternative"), at(sources, i, "XSS source"), "avery.admin", now));
        }
    }

    /** Terms whose pages are rendered: the fields only a term's own page shows fill no more rows than this. */
    static int termPages() {
        return List.of("GlossaryTerm.abbreviation", "GlossaryTerm.synonyms", "GlossaryTerm.sourceDetail", "GlossaryTerm.definition")
                .stream().mapToInt(f -> planted.rows.get(f).size()).max().orElse(1);
    }

    /** Glossary terms (everyone reads them) and flags of our agencies covering our first harm, with proposals. */
    static void plantGlossaryAndFlags(Connection db, Timestamp now, int agencies) throws SQLException {
        int termPages = 6;
        List<String> names = planted.text("GlossaryTerm.name", 150);
        List<String> abbreviations = planted.text("GlossaryTerm.abbreviation", 30, termPages);
        List<String> synonyms = planted.text("GlossaryTerm.synonyms", 500, termPages);
        List<String> definitions = planted.text("GlossaryTerm.definition", 4000);
        List<String> sourceDetails = planted.text("GlossaryTerm.sourceDetail", 300, termPages);
        int terms = List.of(names, abbreviations, synonyms, definitions, sourceDetails).stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < terms; i++) {
            ids.terms.add(insert(db, "INSERT INTO glossary_term (name, abbreviation, synonyms, definition, source, source_detail, status,"
                            + " updated_at, updated_by) VALUES (?, ?, ?, ?, 'LOCAL_DECISION', ?, 'PROPOSED', ?, ?)",
                    at(names, i, "XSS term " + run + " " + i), at(abbreviations, i, null), at(synonyms, i, null),
                    at(definitions, i, "XSS definition " + run), at(sourceDetails, i, null), now, ids.chairName));
        }
        long term = ids.terms.get(0);
        List<String> variants = planted.text("AgencyVariant.definition", 4000);
        for (int i = 0; i < variants.size(); i++) {
            insert(db, "INSERT INTO glossary_variant (term_id, agency_id, definition) VALUES (?, ?, ?)", term, ids.agencies.get(i), variants.get(i));
        }
        List<String> fields = planted.text("GlossaryChange.field", 30);
        List<String> befores = planted.text("GlossaryChange.before", 4000);
        List<String> afters = planted.text("GlossaryChange.after", 4000);
        List<String> changers = planted.text("GlossaryChange.changedBy", 60);
        int changes = List.of(fields, befores, afters, changers).stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < changes; i++) {
            insert(db, "INSERT INTO glossary_change (term_id, field, before_text, after_text, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?)",
                    term, at(fields, i, "definition"), at(befores, i, null), at(afters, i, "XSS after " + run), at(changers, i, ids.chairName), now);
        }

        int flagPages = 6;
        List<String> flagNames = planted.text("Flag.name", 150);
        List<String> systems = planted.text("Flag.systemName", 120);
        List<String> teams = planted.text("Flag.team", 120);
        List<String> codes = planted.text("Flag.code", 40);
        List<String> flagDefinitions = planted.text("Flag.definition", 4000, flagPages);
        List<String> thresholds = planted.text("Flag.threshold", 2000, flagPages);
        List<String> whoMay = planted.text("Flag.whoMayApply", 500, flagPages);
        List<String> appliedDetails = planted.text("Flag.appliedWhenDetail", 300);
        List<String> removals = planted.text("Flag.removalRule", 1000, flagPages);
        List<String> flagUpdaters = planted.text("Flag.updatedBy", 60, flagPages);
        int flags = List.of(flagNames, systems, teams, codes, flagDefinitions, thresholds, whoMay, appliedDetails, removals, flagUpdaters)
                .stream().mapToInt(List::size).max().orElse(0);
        long harm = ids.harms.get(0);
        for (int i = 0; i < flags; i++) {
            long flag = insert(db, "INSERT INTO flag (agency_id, system_name, team, name, code, definition, threshold, who_may_apply,"
                            + " applied_when, applied_when_detail, removal_rule, updated_at, updated_by)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OTHER', ?, ?, ?, ?)", ids.agencies.get(i % agencies),
                    at(systems, i, "XSS system"), at(teams, i, null), at(flagNames, i, "XSS flag " + run + " " + i), at(codes, i, null),
                    at(flagDefinitions, i, "XSS flag definition " + run), at(thresholds, i, null), at(whoMay, i, null),
                    at(appliedDetails, i, null), at(removals, i, null), now, at(flagUpdaters, i, ids.chairName));
            ids.flags.add(flag);
            insert(db, "INSERT INTO flag_harm (flag_id, harm_type_id) VALUES (?, ?)", flag, harm);
        }
        List<String> proposed = planted.text("DefinitionProposal.definition", 4000);
        List<String> rationales = planted.text("DefinitionProposal.rationale", 2000);
        List<String> proposers = planted.text("DefinitionProposal.proposedBy", 60);
        int proposals = List.of(proposed, rationales, proposers).stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < proposals; i++) {
            ids.proposals.add(insert(db, "INSERT INTO definition_proposal (harm_type_id, definition, rationale, proposed_by, proposed_at)"
                            + " VALUES (?, ?, ?, ?, ?)", harm, at(proposed, i, "XSS proposal " + run + " " + i), at(rationales, i, null),
                    at(proposers, i, ids.chairName), now));
        }
        List<String> answerNotes = planted.text("ProposalResponse.note", 1000);
        for (int i = 0; i < answerNotes.size(); i++) {
            insert(db, "INSERT INTO proposal_response (proposal_id, agency_id, answer, note, answered_by, answered_at) VALUES (?, ?, 'DIFFERS', ?, ?, ?)",
                    ids.proposals.get(0), ids.agencies.get(i), answerNotes.get(i), ids.chairName, now);
        }
    }

    /**
     * The portal's start migrates the schema and loads the demo partnership our rows sit beside; then the
     * duplicate finder reads the register in the background. Our rows must not be in its index, which
     * would keep them after we remove them, so they are written only once it has finished.
     */
    static void waitUntilTheDuplicateFinderHasReadTheRegister(URL base) throws Exception {
        PortalClient admin = new PortalClient(base);
        admin.signIn("avery.admin", DEMO_PASSWORD);
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (admin.get("duplicates/report.xhtml").body().contains("still reading the register")) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The duplicate finder was still reading the register after 90 s");
            }
            Thread.onSpinWait();
        }
    }

    @AfterAll
    static void removeOurRows() throws SQLException {
        try (Connection db = TestDatabase.connectAsOwner()) {
            delete(db, "DELETE FROM voice_influence WHERE board_id IN (%s)", ids.boards);
            delete(db, "DELETE FROM language_term WHERE id IN (%s)", ids.languageTerms);
            delete(db, "DELETE FROM minutes_comment WHERE meeting_id IN (%s)", ids.meetings);
            delete(db, "DELETE FROM minutes_correction WHERE meeting_id IN (%s)", ids.meetings);
            delete(db, "DELETE FROM data_request_entry WHERE request_id IN (%s)", ids.requests);
            delete(db, "DELETE FROM data_request_file WHERE request_id IN (%s)", ids.requests);
            delete(db, "DELETE FROM data_request WHERE id IN (%s)", ids.requests);
            delete(db, "DELETE FROM sharing_agreement_review_reminder WHERE agreement_id IN (%s)", ids.agreements);
            delete(db, "DELETE FROM sharing_agreement_document WHERE agreement_id IN (%s)", ids.agreements);
            delete(db, "DELETE FROM sharing_agreement_dataset WHERE agreement_id IN (%s)", ids.agreements);
            delete(db, "DELETE FROM sharing_agreement_party WHERE agreement_id IN (%s)", ids.agreements);
            delete(db, "DELETE FROM sharing_agreement WHERE id IN (%s)", ids.agreements);
            delete(db, "DELETE FROM ask_dataset WHERE ask_id IN (%s)", ids.asks);
            delete(db, "DELETE FROM strategic_ask WHERE id IN (%s)", ids.asks);
            delete(db, "DELETE FROM dataset_change WHERE dataset_id IN (%s)", ids.datasets);
            delete(db, "DELETE FROM dataset WHERE id IN (%s)", ids.datasets);
            delete(db, "DELETE FROM resource_attachment WHERE resource_id IN (%s)", ids.resources);
            delete(db, "DELETE FROM resource_feedback WHERE resource_id IN (%s)", ids.resources);
            delete(db, "DELETE FROM resource_version WHERE resource_id IN (%s)", ids.resources);
            delete(db, "DELETE FROM resource WHERE id IN (%s)", ids.resources);
            delete(db, "DELETE FROM proposal_response WHERE proposal_id IN (%s)", ids.proposals);
            delete(db, "DELETE FROM definition_proposal WHERE id IN (%s)", ids.proposals);
            delete(db, "DELETE FROM flag_harm WHERE flag_id IN (%s)", ids.flags);
            delete(db, "DELETE FROM flag WHERE id IN (%s)", ids.flags);
            delete(db, "DELETE FROM glossary_change WHERE term_id IN (%s)", ids.terms);
            delete(db, "DELETE FROM glossary_variant WHERE term_id IN (%s)", ids.terms);
            delete(db, "DELETE FROM glossary_term WHERE id IN (%s)", ids.terms);
            delete(db, "DELETE FROM action_update WHERE action_id IN (%s)", ids.actions);
            delete(db, "DELETE FROM action WHERE id IN (%s)", ids.actions);
            delete(db, "DELETE FROM action WHERE meeting_id IN (%s)", ids.meetings);
            delete(db, "DELETE FROM paper_content WHERE paper_id IN (SELECT id FROM paper WHERE board_id IN (%s))", ids.boards);
            delete(db, "DELETE FROM paper WHERE board_id IN (%s)", ids.boards);
            delete(db, "DELETE FROM agenda_item WHERE board_id IN (%s)", ids.boards);
            delete(db, "DELETE FROM meeting_attendance WHERE meeting_id IN (%s)", ids.meetings);
            delete(db, "DELETE FROM meeting WHERE board_id IN (%s)", ids.boards);
            delete(db, "DELETE FROM board_membership WHERE board_id IN (%s)", ids.boards);
            delete(db, "DELETE FROM board_remit WHERE board_id IN (%s)", ids.boards);
            delete(db, "DELETE FROM board_reporting_line WHERE board_id IN (%s)", ids.boards);
            delete(db, "DELETE FROM board WHERE id IN (%s)", ids.boards);
            delete(db, "DELETE FROM harm_type WHERE id IN (%s)", ids.harms);
            List<Long> users = new ArrayList<>(ids.users);
            users.add(ids.chair);
            delete(db, "DELETE FROM user_role WHERE user_id IN (%s)", users);
            delete(db, "DELETE FROM user_account WHERE id IN (%s)", users);
            delete(db, "DELETE FROM agency WHERE id IN (%s)", ids.agencies);
        }
    }

    private static void delete(Connection db, String sql, List<Long> ids) throws SQLException {
        if (ids.isEmpty() || ids.contains(0L)) {
            return;
        }
        String list = String.join(",", ids.stream().map(String::valueOf).toList());
        try (Statement delete = db.createStatement()) {
            delete.executeUpdate(sql.formatted(list));
        }
    }

    @Test
    @Order(2)
    void noStoredPayloadRunsOrIsEvaluatedOnAnyPageThatShowsIt() throws Exception {
        assertThat(planted.payloads).hasSizeGreaterThanOrEqualTo(40);
        assertThat(planted.payloads).anyMatch(p -> p.text().equals("${7*7}")).anyMatch(p -> p.text().equals("#{7*7}"));
        Pages pages = new Pages();
        long board = ids.boards.get(0);
        try (Browser browser = Browser.open(base)) {
            ChromeDriver chrome = (ChromeDriver) browser.driver();
            chrome.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", true));
            chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOK));

            browser.signIn(ids.chairName, DEMO_PASSWORD);
            pages.render(browser, ids.chairName, "boards/index.xhtml", "Board.name:0");
            pages.render(browser, ids.chairName, "boards/workspace.xhtml?board=" + board,
                    "Board.name", "Board.shortName:0", "Board.purpose:0", "HarmType.name", "UserAccount.fullName", "Agency.name",
                    "UserAccount.email:0");
            for (int i = 0; i < ids.meetings.size(); i++) {
                List<String> expected = new ArrayList<>(List.of("Meeting.title:" + i, "Meeting.place:" + i, "Meeting.onlineLink:" + i));
                if (i == 0) {
                    expected.addAll(List.of("AgendaItem.title", "AgendaItem.description", "AgendaItem.leadName", "AgendaItem.minutes",
                            "AgendaItem.decisions", "Paper.fileName", "Action.description", "Action.ownerName", "Agency.shortName",
                            "MinutesComment.comment"));
                }
                pages.render(browser, ids.chairName, "meetings/meeting.xhtml?meeting=" + ids.meetings.get(i), expected.toArray(String[]::new));
            }
            pages.render(browser, ids.chairName, "meetings/item.xhtml?item=" + ids.items.get(0),
                    "AgendaItem.title:0", "Paper.fileName", "Paper.uploadedBy", "Action.description", "Action.ownerName",
                    "MinutesCorrection.reason", "VoiceInfluence.whatChanged");
            pages.render(browser, ids.chairName, "actions/action.xhtml?id=" + ids.actions.get(0),
                    "Action.description:0", "Action.ownerName:0", "ActionUpdate.note", "ActionUpdate.writtenBy");
            pages.render(browser, ids.chairName, "actions/log.xhtml?board=" + board);
            pages.render(browser, ids.chairName, "actions/mine.xhtml");
            pages.render(browser, ids.chairName, "meetings/plan.xhtml");
            for (int i = 0; i < ids.datasets.size(); i++) {
                List<String> expected = new ArrayList<>(List.of("Dataset.name:" + i, "Dataset.description:" + i, "Dataset.systemName:" + i,
                        "Dataset.fieldsHeld:" + i, "Dataset.geography:" + i, "Dataset.article9Condition:" + i, "Dataset.sharingAgreement:" + i,
                        "Dataset.accessRoute:" + i, "Dataset.qualityIssues:" + i, "AskMapping.missing:" + i));
                if (i == 0) {
                    expected.addAll(List.of("DatasetChange.field", "DatasetChange.before", "DatasetChange.after", "DatasetChange.changedBy"));
                }
                pages.render(browser, ids.chairName, "catalogue/dataset.xhtml?id=" + ids.datasets.get(i), expected.toArray(String[]::new));
            }
            pages.render(browser, ids.chairName, "catalogue/asks.xhtml", "StrategicAsk.question");
            for (int i = 0; i < ids.asks.size(); i++) {
                pages.render(browser, ids.chairName, "catalogue/ask.xhtml?id=" + ids.asks.get(i), "StrategicAsk.question:" + i,
                        "StrategicAsk.whyItMatters:" + i, "StrategicAsk.raisedBy:" + i, i == 0 ? "AskMapping.missing" : "StrategicAsk.question:" + i);
            }
            pages.render(browser, ids.chairName, "catalogue/requests.xhtml?scope=raised_by_me");
            int answered = (int) ids.requests.size() - planted.rows.getOrDefault("DataRequest.declineDetail", List.of()).size();
            for (int i = 0; i < ids.requests.size(); i++) {
                List<String> expected = i < answered
                        ? new ArrayList<>(List.of("DataRequest.whatNeeded:" + i, "DataRequest.whyNeeded:" + i, "DataRequest.handledBy:" + i,
                        "DataRequest.answerText:" + i, "DataRequest.answerLink:" + i, "DataRequestFile.fileName:" + i))
                        : new ArrayList<>(List.of("DataRequest.declineDetail:" + (i - answered)));
                if (i == 0) {
                    expected.addAll(List.of("DataRequestEntry.author", "DataRequestEntry.body", "SharingAgreement.title:0", "SharingAgreement.reference:0"));
                }
                pages.render(browser, ids.chairName, "catalogue/request.xhtml?id=" + ids.requests.get(i), expected.toArray(String[]::new));
            }
            // Sharing agreements: the register (25 to a page, so each agreement is checked on its own page too), each agreement,
            // and the chain from our ask through our datasets to the agency on our board that the agreements cover.
            pages.render(browser, ids.chairName, "catalogue/agreements.xhtml");
            for (int i = 0; i < ids.agreements.size(); i++) {
                pages.render(browser, ids.chairName, "catalogue/agreement.xhtml?id=" + ids.agreements.get(i), "SharingAgreement.title:" + i,
                        "SharingAgreement.reference:" + i, "SharingAgreement.purpose:" + i, "SharingAgreement.retention:" + i,
                        "AgreementParty.specialCondition:" + i, "AgreementDocument.fileName:" + i);
            }
            pages.render(browser, ids.chairName, "catalogue/chain.xhtml?ask=" + ids.asks.get(0));

            browser.signIn("avery.admin", DEMO_PASSWORD);
            // A purpose too long for one board continues on the next: administrators open any workspace.
            for (int i = 1; i < planted.rows.get("Board.purpose").size(); i++) {
                pages.render(browser, "avery.admin", "boards/workspace.xhtml?board=" + ids.boards.get(i), "Board.purpose:" + i,
                        "Board.shortName:" + i);
            }
            pages.render(browser, "avery.admin", "admin/boards.xhtml", "Board.name", "Board.shortName", "HarmType.name");
            pages.render(browser, "avery.admin", "admin/board.xhtml?id=" + board, "UserAccount.fullName", "Agency.shortName");
            for (int i = 0; i < ids.users.size(); i++) {
                pages.render(browser, "avery.admin", "admin/user.xhtml?id=" + ids.users.get(i),
                        "UserAccount.fullName:" + i, "UserAccount.email:" + i, "UserAccount.jobTitle:" + i);
            }

            browser.signIn("parker.practitioner", DEMO_PASSWORD);
            pages.render(browser, "parker.practitioner", "structure/index.xhtml", "Board.name", "Board.shortName", "HarmType.name");
            pages.render(browser, "parker.practitioner", "glossary/index.xhtml", "GlossaryTerm.name", "GlossaryTerm.definition");
            for (int i = 0; i < ids.terms.size(); i++) {
                List<String> expected = new ArrayList<>(List.of("GlossaryTerm.name:" + i, "GlossaryTerm.abbreviation:" + i,
                        "GlossaryTerm.synonyms:" + i, "GlossaryTerm.definition:" + i, "GlossaryTerm.sourceDetail:" + i));
                if (i == 0) {
                    expected.addAll(List.of("AgencyVariant.definition", "GlossaryChange.before", "GlossaryChange.after", "GlossaryChange.changedBy",
                            "GlossaryChange.field"));
                }
                if (i < termPages()) {
                    pages.render(browser, "parker.practitioner", "glossary/term.xhtml?id=" + ids.terms.get(i), expected.toArray(String[]::new));
                }
            }
            pages.render(browser, "parker.practitioner", "flags/index.xhtml", "Flag.name", "Flag.systemName", "Flag.team", "Flag.code",
                    "Flag.appliedWhenDetail");
            for (int i = 0; i < planted.rows.get("Flag.definition").size() || i < planted.rows.get("Flag.updatedBy").size(); i++) {
                pages.render(browser, "parker.practitioner", "flags/flag.xhtml?id=" + ids.flags.get(i), "Flag.name:" + i,
                        "Flag.definition:" + i, "Flag.threshold:" + i, "Flag.whoMayApply:" + i, "Flag.removalRule:" + i, "Flag.updatedBy:" + i);
            }
            pages.render(browser, "parker.practitioner", "flags/compare.xhtml?harm=" + ids.harms.get(0), "Flag.name", "Flag.systemName",
                    "DefinitionProposal.definition", "DefinitionProposal.rationale", "DefinitionProposal.proposedBy", "ProposalResponse.note");
            pages.render(browser, "parker.practitioner", "guidance/index.xhtml", "Resource.title", "Resource.summary", "Resource.themes");
            for (int i = 0; i < Math.max(1, planted.rows.get("Resource.externalUrl").size()); i++) {
                pages.render(browser, "parker.practitioner", "guidance/resource.xhtml?id=" + ids.resources.get(i), "Resource.title:" + i,
                        "Resource.summary:" + i, "Resource.youngPeopleSaid:" + i, "Resource.practiceMeaning:" + i,
                        i == 0 ? "ResourceAttachment.fileName" : "Resource.title:" + i);
            }
            pages.render(browser, "parker.practitioner", "guidance/resource.xhtml?id=" + ids.voiceResource, "VoiceInfluence.whatChanged");
            pages.render(browser, "parker.practitioner", "language/index.xhtml", "ListedTerm.phrase", "ListedTerm.alternative", "ListedTerm.source");
            // A search marks the words found in each summary (the one place a field is written as markup).
            browser.go("guidance/index.xhtml");
            browser.type("search:text", planted.fragments("Resource.summary", 0).get(0).text().replaceAll(".* ", ""));
            browser.click("search:find");
            browser.waitForText(By.id("resultsHeading"), "Results");
            pages.check(browser, "parker.practitioner", "guidance/index.xhtml (search)", "Resource.summary:0");

            browser.signIn("ellis.editor", DEMO_PASSWORD);
            pages.render(browser, "ellis.editor", "guidance/edit.xhtml?id=" + ids.resources.get(0), "Resource.title:0", "Resource.summary:0",
                    "ResourceVersion.changedBy", "ResourceVersion.changeNote", "ResourceFeedback.comment", "ResourceFeedback.givenBy",
                    "ResourceAttachment.fileName", "Resource.externalUrl:0");
            // Readers get the research link only when it is https; its editor sees the address as stored.
            for (int i = 1; i < planted.rows.get("Resource.externalUrl").size(); i++) {
                pages.render(browser, "ellis.editor", "guidance/edit.xhtml?id=" + ids.resources.get(i), "Resource.externalUrl:" + i);
            }
        }

        List<String> neverChecked = planted.all().stream().filter(f -> !planted.verified.contains(f)).map(Fragment::describe).toList();
        long fields = planted.rows.keySet().size();
        int stored = planted.all().size();
        System.out.printf("StoredScriptIT: %d payloads, %d fields, %d payload×field stored (%d skipped for column length or kind),"
                        + " %d pages rendered, %d hits, %d EL evaluations, %d not shown as typed%n",
                planted.payloads.size(), fields, stored, planted.skipped.size(), pages.rendered, pages.hits.size(),
                pages.elEvaluations, pages.notAsTyped.size());
        planted.skipped.forEach(s -> System.out.println("  skipped: " + s));
        StoredTextFields.table().forEach((field, where) -> {
            if (!where.stored()) {
                System.out.println("  no payloads: " + field + " – " + (where.shown() ? where.shownOn() : "never shown: " + where.neverShownBecause()));
            }
        });
        org.assertj.core.api.SoftAssertions soft = new org.assertj.core.api.SoftAssertions();
        soft.assertThat(pages.hits).as("payloads that ran, or elements they made").isEmpty();
        soft.assertThat(pages.elEvaluations).as("expressions evaluated").isZero();
        soft.assertThat(pages.notAsTyped).as("payloads not shown as typed where they belong").isEmpty();
        soft.assertThat(neverChecked).as("payloads stored but found on no page").isEmpty();
        soft.assertAll();
        assertThat(planted.rows.keySet()).as("fields given payloads are the table's stored rows")
                .containsExactlyInAnyOrderElementsOf(StoredTextFields.table().entrySet().stream()
                        .filter(e -> e.getValue().stored()).map(Map.Entry::getKey).toList());
    }

    /** Renders pages and reads, from each, what ran and what was shown. */
    static final class Pages {
        int rendered;
        int elEvaluations;
        final List<String> hits = new ArrayList<>();
        final List<String> notAsTyped = new ArrayList<>();

        /**
         * Opens a page as someone, waits for it to settle, and checks it: nothing ran, no element carries
         * a payload's handler or address, and every payload of the listed fields ("Field" for all rows,
         * "Field:row" for one) is shown exactly as typed. Every other payload found on the page counts as
         * checked too.
         */
        void render(Browser browser, String who, String path, String... expected) {
            browser.go(path);
            check(browser, who, path, expected);
        }

        /** Checks the page the browser shows now, e.g. after a search. */
        void check(Browser browser, String who, String path, String... expected) {
            browser.waitFor(By.id("main"));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(js.executeScript(
                    "return document.readyState === 'complete' && Array.from(document.images).every(function (i) { return i.complete; })"
                            + " && (!window.jQuery || jQuery.active === 0)")));
            js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "requestAnimationFrame(function () { requestAnimationFrame(function () { done(); }); });");
            rendered++;
            String where = path + " as " + who;
            List<Fragment> all = planted.all();
            @SuppressWarnings("unchecked")
            Map<String, Object> seen = (Map<String, Object>) js.executeScript(SEEN, all.stream().map(Fragment::text).toList());
            @SuppressWarnings("unchecked")
            List<Boolean> found = (List<Boolean>) seen.get("found");
            @SuppressWarnings("unchecked")
            List<String> ran = (List<String>) seen.get("hits");
            @SuppressWarnings("unchecked")
            List<String> injected = (List<String>) seen.get("injected");
            String text = (String) seen.get("text");
            ran.forEach(hit -> hits.add(where + ": ran " + hit));
            injected.forEach(element -> hits.add(where + ": injected " + element));
            Set<Fragment> required = new LinkedHashSet<>();
            for (String field : expected) {
                String[] parts = field.split(":");
                required.addAll(parts.length == 1 ? planted.fragments(parts[0]) : planted.fragments(parts[0], Integer.parseInt(parts[1])));
            }
            for (int i = 0; i < all.size(); i++) {
                Fragment fragment = all.get(i);
                if (Boolean.TRUE.equals(found.get(i))) {
                    planted.verified.add(fragment);
                    continue;
                }
                String tag = fragment.text().substring(fragment.text().lastIndexOf(fragment.payload().text()) + fragment.payload().text().length());
                if (fragment.payload().kind().equals("el") && text.contains(tag.strip()) ) {
                    elEvaluations++;
                    notAsTyped.add(where + ": " + fragment.describe() + " was evaluated: "
                            + text.substring(Math.max(0, text.indexOf(tag.strip()) - 60), text.indexOf(tag.strip())));
                } else if (required.contains(fragment)) {
                    notAsTyped.add(where + ": " + fragment.describe() + " not shown as typed"
                            + (text.contains(tag.strip()) ? "; shown as: " + text.substring(Math.max(0, text.indexOf(tag.strip()) - 80), text.indexOf(tag.strip())) : ""));
                }
            }
            List<String> console = browser.consoleErrors().stream().filter(line -> line.contains("xssHit")).toList();
            console.forEach(line -> hits.add(where + ": console " + line));
        }
    }

    /**
     * Reads, in the page: which fragments its text (outside scripts) or an attribute holds as typed,
     * what the hook recorded, and any element a payload made (a handler, or a script address).
     */
    static final String SEEN = """
            var fragments = arguments[0];
            var copy = document.body.cloneNode(true);
            copy.querySelectorAll('script, style, template').forEach(function (e) { e.remove(); });
            var text = document.title + '\\n' + copy.textContent;
            var attributes = [];
            var injected = [];
            document.querySelectorAll('*').forEach(function (e) {
              for (var i = 0; i < e.attributes.length; i++) {
                var name = e.attributes[i].name.toLowerCase(), value = e.attributes[i].value;
                attributes.push(value);
                if (value.indexOf('xssHit') < 0) { continue; }
                if (name.indexOf('on') === 0 || name === 'srcdoc' || name === 'style'
                    || (/^(href|src|action|formaction|data|xlink:href|content)$/.test(name) && /^\\s*(javascript|data|vbscript):/i.test(value))
                    || (e.tagName === 'META' && /url=\\s*javascript:/i.test(value))) {
                  injected.push(e.tagName.toLowerCase() + '[' + name + '="' + value + '"]');
                }
              }
              if (e.tagName === 'SCRIPT' && !e.nonce && !e.getAttribute('nonce') && e.textContent.indexOf('xssHit') >= 0) {
                injected.push('script: ' + e.textContent);
              }
              if (e.value && typeof e.value === 'string') { attributes.push(e.value); }
            });
            var attributeText = attributes.join('\\n');
            return {
              found: fragments.map(function (f) { return text.indexOf(f) >= 0 || attributeText.indexOf(f) >= 0; }),
              hits: (window.__xssHits || []).slice(),
              injected: injected,
              text: text
            };
            """;

    @Test
    @Order(3)
    void payloadsTypedIntoARealFormAreKeptAndShownAsTyped() throws Exception {
        String typed = "<script>__xssHit('form')</script> \"><img src=x onerror=__xssHit('form')> ${7*7} #{7*7}"
                + " #{facesContext.externalContext.sessionMap} ';__xssHit('form');// =cmd|' /C calc'!A0";
        long action = ids.actions.get(ids.actions.size() - 1);
        Pages pages = new Pages();
        try (Browser browser = Browser.open(base)) {
            ChromeDriver chrome = (ChromeDriver) browser.driver();
            chrome.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", true));
            chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOK));
            browser.signIn(ids.chairName, DEMO_PASSWORD);
            browser.go("actions/action.xhtml?id=" + action);
            browser.type("progress:note", typed);
            browser.click("progress:save");
            browser.waitForText(By.id("history"), "#{7*7}");
            pages.render(browser, ids.chairName, "actions/action.xhtml?id=" + action);
            String shown = browser.driver().findElements(By.cssSelector("#history .prewrap")).stream()
                    .map(e -> e.getText()).filter(t -> t.contains("__xssHit('form')")).findFirst().orElse("");
            assertThat(shown).as("the note as the history shows it").isEqualTo(typed);
        }
        try (Connection db = TestDatabase.connectAsOwner(); PreparedStatement query = db.prepareStatement(
                "SELECT note FROM action_update WHERE action_id = ? AND note IS NOT NULL ORDER BY id DESC LIMIT 1")) {
            query.setLong(1, action);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).as("the note as stored").isEqualTo(typed);
            }
        }
        assertThat(pages.hits).as("payloads that ran").isEmpty();
    }

    @Test
    @Order(4)
    void exportsWriteFormulasAsText() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.signIn(ids.chairName, DEMO_PASSWORD);
            String csv = new String(browser.download("actions/export?board=" + ids.boards.get(0)), StandardCharsets.UTF_8);
            assertNoFormulas("actions/export", csv, "Action.description", "Action.ownerName", "Agency.shortName");
            String map = new String(browser.download("structure/map.csv"), StandardCharsets.UTF_8);
            assertNoFormulas("structure/map.csv", map, "Board.name", "Board.shortName", "HarmType.name");
            String catalogue = new String(browser.download("api/catalogue/csv"), StandardCharsets.UTF_8);
            assertNoFormulas("api/catalogue/csv", catalogue, "Dataset.name", "Dataset.description", "Dataset.systemName",
                    "Dataset.fieldsHeld", "Dataset.geography", "Dataset.article9Condition", "Dataset.sharingAgreement",
                    "Dataset.accessRoute", "Dataset.qualityIssues");
        }
    }

    /** Every payload of the fields is in the file as typed, behind a quote where it starts a cell with a formula character. */
    static void assertNoFormulas(String export, String csv, String... fields) throws IOException {
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
        List<String> formulas = new ArrayList<>();
        StringBuilder cells = new StringBuilder();
        for (CSVRecord record : records) {
            for (String cell : record) {
                if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
                    formulas.add(cell);
                }
                cells.append(cell).append('\n');
            }
        }
        assertThat(formulas).as(export + ": cells a spreadsheet would run as formulas").isEmpty();
        Set<String> missing = new TreeSet<>();
        for (String field : fields) {
            for (Fragment fragment : planted.fragments(field)) {
                if (!cells.toString().contains(fragment.text())) {
                    missing.add(fragment.describe());
                }
            }
        }
        assertThat(missing).as(export + ": payloads not in the file as typed").isEmpty();
        System.out.printf("StoredScriptIT: %s: %d rows, no formula cells%n", export, records.size());
    }
}
