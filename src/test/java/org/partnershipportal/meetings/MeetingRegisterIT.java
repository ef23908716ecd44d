package org.partnershipportal.meetings;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnershipportal.testsupport.SharedPortal;
import org.partnershipportal.testsupport.AuditTrail;
import org.partnershipportal.testsupport.PortalClient;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/**
 * The meeting register over HTTP, against the demo partnership: members get their board's
 * meetings, papers and exports in the right formats; everyone else is refused all of them, whatever
 * the address; the weekly digest reaches each owner with only their own overdue actions.
 */
@UsesDemoPartnership
class MeetingRegisterIT {

    /** Text of an agenda item of the Safeguarding Partnership's held meeting: restricted content. */
    static final String RESTRICTED_ITEM = "Missing children protocol: annual review";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.mail.port", 33025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));


    /** The portal shared by every outside-in test of the run (one server start, not one per class). */
    final URL base = SharedPortal.base();

    long cspBoard;
    long cspMeeting;

    @BeforeEach
    void findTheSafeguardingPartnershipsHeldMeeting() throws Exception {
        PortalClient casey = signedIn("casey.chair");
        Matcher board = Pattern.compile("workspace\\.xhtml\\?board=(\\d+)\">Children(?:&#39;|')s Safeguarding Partnership<")
                .matcher(casey.get("boards/index.xhtml").body());
        assertThat(board.find()).isTrue();
        cspBoard = Long.parseLong(board.group(1));
        String workspace = casey.get("boards/workspace.xhtml?board=" + cspBoard).body();
        Matcher meetings = Pattern.compile("meeting\\.xhtml\\?meeting=(\\d+)").matcher(workspace);
        while (meetings.find()) {
            long id = Long.parseLong(meetings.group(1));
            if (casey.get("meetings/meeting.xhtml?meeting=" + id).body().contains(RESTRICTED_ITEM)) {
                cspMeeting = id;
            }
        }
        assertThat(cspMeeting).as("the demo's held Safeguarding Partnership meeting").isPositive();
    }

    /**
     * A held meeting's attendance is about the members on its day: the demo's ex-member left the Safeguarding Partnership
     * after its held meeting, so he is on that meeting's attendance, with his seat, and counts towards its quorum; he is
     * not expected at a meeting still to come. (Before, every meeting listed today's members.)
     */
    @Test
    void aHeldMeetingsAttendanceIsAboutTheMembersOnItsDayNotToday() throws Exception {
        PortalClient casey = signedIn("casey.chair");
        org.jsoup.nodes.Document held = org.jsoup.Jsoup.parse(casey.get("meetings/meeting.xhtml?meeting=" + cspMeeting).body());
        assertThat(attendanceRow(held, "Jordan Former")).as("the ex-member on the held meeting's attendance").isNotNull();
        assertThat(org.partnershipportal.testsupport.TableCells.text(attendanceRow(held, "Jordan Former").select("td").get(2)))
                .as("his seat that day").isEqualTo("Member");
        assertThat(held.selectFirst("#quorum").text()).as("the held meeting's count").contains("of " + attendanceRows(held) + " members");

        String workspace = casey.get("boards/workspace.xhtml?board=" + cspBoard).body();
        Matcher meetings = Pattern.compile("meeting\\.xhtml\\?meeting=(\\d+)").matcher(workspace);
        int toCome = 0;
        while (meetings.find()) {
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(casey.get("meetings/meeting.xhtml?meeting=" + meetings.group(1)).body());
            if (page.selectFirst("#quorum") != null && page.selectFirst("#quorum").text().startsWith("Expected")) {
                toCome++;
                assertThat(attendanceRow(page, "Jordan Former")).as("meeting " + meetings.group(1) + ", still to come").isNull();
            }
        }
        assertThat(toCome).as("the board's meetings still to come").isPositive();
    }

    private static org.jsoup.nodes.Element attendanceRow(org.jsoup.nodes.Document meeting, String name) {
        for (org.jsoup.nodes.Element row : meeting.select("[id='attendance:table'] tbody tr")) {
            if (!row.select("td").isEmpty() && org.partnershipportal.testsupport.TableCells.text(row.select("td").get(0)).equals(name)) {
                return row;
            }
        }
        return null;
    }

    private static long attendanceRows(org.jsoup.nodes.Document meeting) {
        return meeting.select("[id='attendance:table'] tbody tr").stream().filter(row -> row.select("td").size() > 1).count();
    }

    @Test
    void aMemberGetsTheMeetingAndItsExportsInTheirFormats() throws Exception {
        PortalClient riley = signedIn("riley.reviewer");
        HttpResponse<String> page = riley.get("meetings/meeting.xhtml?meeting=" + cspMeeting);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(RESTRICTED_ITEM).contains("Refresh the missing children protocol");

        HttpResponse<byte[]> pdf = riley.getBytes("meetings/pack.pdf?meeting=" + cspMeeting);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(Arrays.copyOf(pdf.body(), 5))).isEqualTo("%PDF-");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;");

        HttpResponse<String> ics = riley.get("meetings/meeting.ics?meeting=" + cspMeeting);
        assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(ics.body()).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT").contains("UID:meeting-" + cspMeeting + "@")
                .contains("SUMMARY:CSP-KV: Partnership board meeting").contains("END:VCALENDAR");
        assertThat(ics.body().split("DTSTAMP").length - 1).as("one DTSTAMP").isEqualTo(1);

        HttpResponse<String> csv = riley.get("actions/export?board=" + cspBoard + "&format=csv");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("Action,Board,Meeting,Agenda item,Owner").contains("Refresh the missing children protocol");

        HttpResponse<byte[]> paper = riley.getBytes("meetings/paper?id=" + demoPaper(riley));
        assertThat(paper.statusCode()).isEqualTo(200);
        assertThat(paper.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(paper.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(paper.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;").contains("Exploitation profile");
        assertThat(new String(Arrays.copyOf(paper.body(), 5))).isEqualTo("%PDF-");

        HttpResponse<byte[]> xlsx = riley.getBytes("actions/export?board=" + cspBoard + "&format=xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(new String(Arrays.copyOf(xlsx.body(), 2))).isEqualTo("PK");
        // The workbook's dates are dates (a spreadsheet sorts and filters them), the same days as the CSV's.
        String firstCsvRow = csv.body().lines().skip(1).findFirst().orElseThrow();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            org.apache.poi.ss.usermodel.Row header = workbook.getSheetAt(0).getRow(0);
            org.apache.poi.ss.usermodel.Row first = workbook.getSheetAt(0).getRow(1);
            for (String column : List.of("Meeting", "Due", "Last updated")) {
                int c = java.util.stream.IntStream.range(0, header.getLastCellNum()).filter(i -> header.getCell(i).getStringCellValue().equals(column))
                        .findFirst().orElseThrow(() -> new AssertionError("no column " + column));
                org.apache.poi.ss.usermodel.Cell cell = first.getCell(c);
                assertThat(cell.getCellType()).as(column + " is a number, not text").isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
                assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)).as(column + " is a date cell").isTrue();
                assertThat(firstCsvRow).as(column).contains(cell.getLocalDateTimeCellValue().toLocalDate().toString());
            }
        }
    }

    /**
     * On every board the chair sits on, the workspace's open and overdue figures are what the board's action log holds:
     * its export, filtered the same way, and the log's own "of N" (it opens on outstanding actions). Some of those boards have actions
     * done, counted in neither figure. The figures come from the boards' tally (V21, ActionTallyIT), the export from the
     * actions themselves.
     */
    @Test
    void theWorkspaceCountsTheOpenAndOverdueActionsTheActionLogLists() throws Exception {
        PortalClient casey = signedIn("casey.chair");
        Matcher boards = Pattern.compile("workspace\\.xhtml\\?board=(\\d+)\"").matcher(casey.get("boards/index.xhtml").body());
        long everyAction = 0;
        long everyOpen = 0;
        long everyOverdue = 0;
        while (boards.find()) {
            long board = Long.parseLong(boards.group(1));
            String workspace = casey.get("boards/workspace.xhtml?board=" + board).body();
            long open = figure(workspace, "open");
            long overdue = figure(workspace, "overdue");
            String export = "actions/export?board=" + board + "&format=csv";
            assertThat(csvRows(casey.get(export + "&outstanding=true").body())).as("board " + board + ": open and in-progress actions in the log's export").isEqualTo(open);
            assertThat(csvRows(casey.get(export + "&outstanding=true&overdue=true").body())).as("board " + board + ": overdue actions in the log's export").isEqualTo(overdue);
            // The log opens on outstanding actions: its "of N" is counted by the service, the export's rows are the actions.
            assertThat(totalOfLog(casey.get("actions/log.xhtml?board=" + board).body()))
                    .as("board " + board + ": the action log's 'of N' against the rows of its export, outstanding only").isEqualTo(open);
            everyAction += csvRows(casey.get(export).body());
            everyOpen += open;
            everyOverdue += overdue;
        }
        // The demo's boards have all three kinds, so no figure can pass by being 0 on both sides, or by counting every action.
        assertThat(everyOverdue).as("overdue actions on the chair's boards").isPositive();
        assertThat(everyOpen).as("open actions include the overdue ones and others").isGreaterThan(everyOverdue);
        assertThat(everyAction).as("actions done or dropped are in the log, and in neither figure").isGreaterThan(everyOpen);
    }

    /**
     * Every filter of the action log a count can come from the boards' tally (status, outstanding only, overdue only,
     * alone and together): after the chair filters the log, its "of N" is the number of rows in the export its download
     * link then gives, which reads the actions themselves. A status the tally counted under another status, or an
     * overdue count taken against the wrong day, shows here as a log promising more or fewer actions than the file holds.
     */
    @Test
    void afterEachFilterTheActionLogCountsWhatItsExportThenHolds() throws Exception {
        PortalClient casey = signedIn("casey.chair");
        Matcher boards = Pattern.compile("workspace\\.xhtml\\?board=(\\d+)\"").matcher(casey.get("boards/index.xhtml").body());
        Map<String, Long> everyBoard = new LinkedHashMap<>();
        while (boards.find()) {
            filteredLogAgainstItsExport(casey, Long.parseLong(boards.group(1))).forEach((filters, total) -> everyBoard.merge(filters, total, Long::sum));
        }
        assertThat(everyBoard).as("the chair's boards' filtered logs").isNotEmpty();
        // Over the chair's boards, filters that cannot all give the same figure: none of the comparisons passed by every
        // filter showing one count, or none at all.
        assertThat(everyBoard.get("status '', outstanding only false, overdue only false")).as("every action: " + everyBoard)
                .isGreaterThan(everyBoard.get("status '', outstanding only true, overdue only false"));
        assertThat(everyBoard.get("status '', outstanding only true, overdue only false")).as("outstanding against overdue: " + everyBoard)
                .isGreaterThan(everyBoard.get("status '', outstanding only true, overdue only true"));
        assertThat(everyBoard.get("status '', outstanding only true, overdue only true")).as("overdue actions: " + everyBoard).isPositive();
        assertThat(everyBoard.get("status 'DONE', outstanding only false, overdue only false")).as("actions done: " + everyBoard).isPositive();
        assertThat(everyBoard.get("status 'OPEN', outstanding only false, overdue only false")).as("open against every outstanding: " + everyBoard)
                .isPositive().isLessThan(everyBoard.get("status '', outstanding only true, overdue only false"));
        // The statuses split every combination of the other two filters: one status at a time adds up to all of them, so
        // a status the other filters rule out ("Done" with "Overdue only") lists nothing instead of overriding them.
        for (boolean outstanding : List.of(false, true)) {
            for (boolean overdue : List.of(false, true)) {
                String others = "outstanding only " + outstanding + ", overdue only " + overdue;
                long oneStatusAtATime = 0;
                for (ActionStatus status : ActionStatus.values()) {
                    long withStatus = everyBoard.get("status '" + status + "', " + others);
                    if ((outstanding || overdue) && !status.isOutstanding()) {
                        assertThat(withStatus).as("status " + status + " with " + others + ": " + everyBoard).isZero();
                    }
                    oneStatusAtATime += withStatus;
                }
                assertThat(oneStatusAtATime).as("each status in turn, " + others + ": " + everyBoard)
                        .isEqualTo(everyBoard.get("status '', " + others));
            }
        }
    }

    /** Each filter's "of N" on one board's action log, checked against the rows of the export its link then gives. */
    private static Map<String, Long> filteredLogAgainstItsExport(PortalClient casey, long board) throws Exception {
        String log = casey.get("actions/log.xhtml?board=" + board).body();
        Matcher formAction = Pattern.compile("<form id=\"actions\"[^>]*action=\"([^\"]+)\"").matcher(log);
        assertThat(formAction.find()).as("board " + board + ": the action log's filter form").isTrue();
        String postTo = formAction.group(1).replace("&amp;", "&").substring(1);
        String viewState = PortalClient.viewState(log);
        String nonce = PortalClient.nonce(log);
        Map<String, Long> outcomes = new LinkedHashMap<>();
        for (String status : statusChoices()) {
            for (boolean outstanding : List.of(false, true)) {
                for (boolean overdue : List.of(false, true)) {
                    String filters = "status '" + status + "', outstanding only " + outstanding + ", overdue only " + overdue;
                    Map<String, String> form = new LinkedHashMap<>();
                    form.put("jakarta.faces.partial.ajax", "true");
                    form.put("jakarta.faces.source", "actions:apply");
                    form.put("jakarta.faces.partial.execute", "actions");
                    form.put("jakarta.faces.partial.render", "actions:table actions:exports");
                    form.put("actions:apply", "actions:apply");
                    form.put("actions", "actions");
                    form.put("actions:text", "");
                    form.put("actions:owner", "");
                    form.put("actions:status_input", status);
                    if (outstanding) form.put("actions:outstanding_input", "on");
                    if (overdue) form.put("actions:overdue_input", "on");
                    form.put("jakarta.faces.ViewState", viewState);
                    form.put("primefaces.nonce", nonce);
                    HttpResponse<String> filtered = casey.post(postTo, form, "Faces-Request", "partial/ajax",
                            "Origin", casey.base().toString().replaceAll("/$", ""));
                    String on = "board " + board + ", " + filters;
                    assertThat(filtered.statusCode()).as(on).isEqualTo(200);
                    boolean contradictory = !status.isEmpty() && !ActionStatus.valueOf(status).isOutstanding() && (outstanding || overdue);
                    long total = totalOfFilteredLog(filtered.body(), on, contradictory);
                    Matcher export = Pattern.compile("id=\"exportCsv\"[^>]*href=\"[^\"]*?(actions/export\\?[^\"]+)\"").matcher(filtered.body());
                    assertThat(export.find()).as(on + ": the export link the filter leaves").isTrue();
                    String exportPath = export.group(1).replace("&amp;", "&");
                    assertThat(exportPath).as(on + ": the link carries the filters").contains(status.isEmpty() ? "format=csv" : "status=" + status);
                    assertThat(total).as(on + ": the log's 'of N' against the rows of " + exportPath).isEqualTo(csvRows(casey.get(exportPath).body()));
                    outcomes.put(filters, total);
                }
            }
        }
        return outcomes;
    }

    /** The log's status menu: any status, then each one. */
    private static List<String> statusChoices() {
        List<String> choices = new ArrayList<>(List.of(""));
        for (ActionStatus status : ActionStatus.values()) {
            choices.add(status.name());
        }
        return choices;
    }

    /** The N of "1–25 of N" in a partial response to the log's filter (0 when nothing matches: the table says so, and why when the filters contradict). */
    private static long totalOfFilteredLog(String partial, String filters, boolean contradictory) {
        Matcher total = Pattern.compile("class=\"ui-paginator-current\"[^>]*>\\d+–\\d+ of (\\d+)<").matcher(partial);
        long rows = total.find() ? Long.parseLong(total.group(1)) : 0;
        if (rows == 0) {
            // The paginator may still say "0–0 of 0": the table's own message is what the person reads.
            assertThat(partial).as(filters + ": an empty log without the message that says why")
                    .contains(contradictory ? "actions are never open, in progress or overdue: choose another status" : "No actions match these filters.");
        }
        return rows;
    }

    /**
     * The workspace is read-only, so it is a stateless view: opening it keeps no view state in the session (which a
     * cluster copies to the Data Grid on every request). Its one form, signing out, still works without one.
     */
    @Test
    void theWorkspaceKeepsNoViewStateAndItsSignOutStillWorks() throws Exception {
        PortalClient riley = signedIn("riley.reviewer");
        String workspace = riley.get("boards/workspace.xhtml?board=" + cspBoard).body();
        assertThat(workspace).as("the workspace itself, not a refusal").contains("id=\"actionSummary\"");
        assertThat(PortalClient.viewState(workspace)).as("the workspace's view state").isEqualTo("stateless");

        Matcher action = Pattern.compile("<form id=\"signOutForm\"[^>]*action=\"([^\"]+)\"").matcher(workspace);
        assertThat(action.find()).as("the sign-out form on the workspace").isTrue();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("signOutForm", "signOutForm");
        form.put("signOutForm:signOut", "");
        form.put("jakarta.faces.ViewState", "stateless");
        HttpResponse<String> signedOut = riley.post(action.group(1).replace("&amp;", "&").substring(1), form,
                "Origin", riley.base().toString().replaceAll("/$", ""));
        assertThat(signedOut.statusCode()).as("signing out from the workspace: " + signedOut.body()).isEqualTo(302);
        HttpResponse<String> again = riley.get("boards/workspace.xhtml?board=" + cspBoard);
        assertThat(again.statusCode()).as("the workspace after signing out").isEqualTo(302);
        assertThat(again.headers().firstValue("Location").orElse("")).contains("login.xhtml");
    }

    /** The N of the action log's "1–25 of N" (its paginator's report, counted by the service, not by the page's rows). */
    private static long totalOfLog(String log) {
        Matcher total = Pattern.compile("class=\"ui-paginator-current\"[^>]*>\\d+–\\d+ of (\\d+)<").matcher(log);
        assertThat(total.find()).as("the action log's paginator report").isTrue();
        return Long.parseLong(total.group(1));
    }

    private static long figure(String workspace, String label) {
        Matcher figure = Pattern.compile("<strong>(\\d+)</strong> " + label + "<").matcher(workspace);
        assertThat(figure.find()).as("the workspace's '" + label + "' figure").isTrue();
        return Long.parseLong(figure.group(1));
    }

    /** Records of a CSV export, its heading row not counted (descriptions may hold line breaks, so parsed, not split). */
    private static long csvRows(String csv) throws java.io.IOException {
        try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVParser.parse(csv,
                org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
            return parser.getRecords().size();
        }
    }

    @Test
    void aNonMemberIsRefusedTheMeetingItsPapersAndEveryExport() throws Exception {
        PortalClient morgan = signedIn("morgan.member");
        PortalClient casey = signedIn("casey.chair");
        long action = firstActionOf(casey);
        long paper = demoPaper(casey);
        for (String path : List.of("meetings/meeting.xhtml?meeting=" + cspMeeting, "meetings/pack.pdf?meeting=" + cspMeeting,
                "meetings/meeting.ics?meeting=" + cspMeeting, "meetings/paper?id=" + paper, "actions/export?board=" + cspBoard + "&format=csv",
                "actions/export?board=" + cspBoard + "&format=xlsx", "actions/log.xhtml?board=" + cspBoard,
                "actions/action.xhtml?id=" + action, "meetings/new.xhtml?board=" + cspBoard)) {
            HttpResponse<String> refused = morgan.get(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(refused.body()).as(path).doesNotContain(RESTRICTED_ITEM).doesNotContain("missing children protocol")
                    .contains("Not available to you");
        }
        // An ex-member of the board is refused too, and so is a member asking for a paper id that does not exist.
        assertThat(signedIn("jordan.former").get("meetings/pack.pdf?meeting=" + cspMeeting).statusCode()).isEqualTo(403);
        assertThat(morgan.get("meetings/paper?id=99999999").statusCode()).isEqualTo(404);
        assertThat(morgan.get("meetings/pack.pdf?meeting=abc").statusCode()).isEqualTo(404);
        assertThat(new PortalClient(base).get("meetings/pack.pdf?meeting=" + cspMeeting).statusCode()).isEqualTo(302);
    }

    @Test
    void aMemberWhoIsNotChairOrSupportCannotScheduleOrManageMeetings() throws Exception {
        PortalClient riley = signedIn("riley.reviewer");
        assertThat(riley.get("meetings/new.xhtml?board=" + cspBoard).statusCode()).isEqualTo(403);
        String meeting = riley.get("meetings/meeting.xhtml?meeting=" + cspMeeting).body();
        assertThat(meeting).doesNotContain("Add an agenda item").doesNotContain("Save attendance");
        Matcher item = Pattern.compile("item\\.xhtml\\?item=(\\d+)").matcher(signedIn("casey.chair")
                .get("meetings/meeting.xhtml?meeting=" + cspMeeting).body());
        assertThat(item.find()).isTrue();
        assertThat(riley.get("meetings/item.xhtml?item=" + item.group(1)).statusCode()).isEqualTo(403);
    }

    @Test
    void theWeeklyDigestReachesEachOwnerWithOnlyTheirOwnOverdueActions() throws Exception {
        PortalClient admin = signedIn("avery.admin");
        HttpResponse<String> page = admin.get("admin/reminders.xhtml");
        assertThat(page.body()).contains("Configured");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("reminders", "reminders");
        form.put("reminders:sendNow", "");
        form.put("jakarta.faces.ViewState", PortalClient.viewState(page.body()));
        form.put("primefaces.nonce", PortalClient.nonce(page.body()));
        long runsBefore = AuditTrail.newest(AuditTrail.filtered(admin, "avery.admin", null, "REMINDERS_SENT"));
        HttpResponse<String> sent = admin.post("admin/reminders.xhtml", form);
        assertThat(sent.statusCode()).isIn(200, 302);

        assertThat(MAIL.waitForIncomingEmail(15_000, 3)).isTrue();
        Map<String, String> byRecipient = new HashMap<>();
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            byRecipient.put(message.getAllRecipients()[0].toString(), message.getSubject() + "\n" + GreenMailUtil.getBody(message));
        }
        String blake = byRecipient.get("blake.boardmember@kestrel-vale.example");
        String casey = byRecipient.get("casey.chair@kestrel-vale.example");
        assertThat(blake).as("Blake's digest").isNotNull().contains("overdue action").contains("Map which agencies hold criminal exploitation data")
                .contains("/actions/action.xhtml?id=").doesNotContain("Refresh the missing children protocol");
        assertThat(casey).as("Casey's digest").isNotNull().contains("Refresh the missing children protocol")
                .doesNotContain("Map which agencies hold criminal exploitation data");
        // Actions not yet due, done, or owned by someone without an account are never sent.
        assertThat(byRecipient.values()).noneMatch(text -> text.contains("Ask the ICB which health flags")
                || text.contains("Audit a sample of return home interviews") || text.contains("Report return home interview completion"));
        List<AuditTrail.Row> runs = AuditTrail.after(runsBefore, AuditTrail.filtered(admin, "avery.admin", null, "REMINDERS_SENT"));
        assertThat(runs).as("this run is in the audit log, once").hasSize(1);
        assertThat(runs.get(0).what()).isEqualTo("Reminders sent");
        assertThat(runs.get(0).detail()).matches(byRecipient.size() + " of \\d+ owners, \\d+ overdue actions");
    }

    private long demoPaper(PortalClient member) throws Exception {
        Matcher paper = Pattern.compile("paper\\?id=(\\d+)\"((?!</a>).)*?Exploitation profile", Pattern.DOTALL).matcher(
                member.get("meetings/meeting.xhtml?meeting=" + cspMeeting).body());
        assertThat(paper.find()).as("the demo paper on the meeting page").isTrue();
        return Long.parseLong(paper.group(1));
    }

    private long firstActionOf(PortalClient member) throws Exception {
        Matcher action = Pattern.compile("action\\.xhtml\\?id=(\\d+)").matcher(member.get("meetings/meeting.xhtml?meeting=" + cspMeeting).body());
        assertThat(action.find()).isTrue();
        return Long.parseLong(action.group(1));
    }

    private PortalClient signedIn(String username) throws Exception {
        return PortalClient.signedIn(base, username, DEMO_PASSWORD);
    }
}
