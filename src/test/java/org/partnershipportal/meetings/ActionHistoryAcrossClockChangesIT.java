package org.partnershipportal.meetings;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.partnershipportal.platform.Wording;
import org.partnershipportal.testsupport.ClockControl;
import org.partnershipportal.testsupport.PortalClient;
import org.partnershipportal.testsupport.SharedPortal;
import org.partnershipportal.testsupport.TableCells;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/**
 * The time policy seen by a chair: progress recorded on an action at moments either side of the clock
 * changes (the portal's clock moved there) is stored as UTC and read in London time, with the London
 * date. 00:30 UTC on the Monday after the clocks go forward is 01:30 BST; on the Monday after they go
 * back it is 00:30 GMT; 23:30 UTC in summer is already the next day in London, so an action due the
 * day before is overdue then, though UTC's date is still its due date.
 */
@UsesDemoPartnership
class ActionHistoryAcrossClockChangesIT {

    final URL base = SharedPortal.base();

    @Test
    void progressRecordedAroundTheClockChangesReadsInLondonTimeAndDate() throws Exception {
        PortalClient admin = signedIn("avery.admin");
        PortalClient casey = signedIn("casey.chair");
        long action = anActionCaseyChairs(casey);
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("Recorded 00:30 UTC, Monday after the clocks went forward", "2027-03-29T00:30:00Z");
        notes.put("Recorded 00:30 UTC, Sunday the clocks went back, before the change", "2027-10-31T00:30:00Z");
        notes.put("Recorded 00:30 UTC, Monday after the clocks went back", "2027-11-01T00:30:00Z");
        // Recorded last, so it is the action's last update: UTC's date is 29 March, London's the 30th.
        notes.put("Recorded 23:30 UTC, the same Monday (BST)", "2027-03-29T23:30:00Z");
        try {
            for (Map.Entry<String, String> note : notes.entrySet()) {
                moveClockTo(admin, Instant.parse(note.getValue()));
                recordProgress(casey, action, note.getKey());
            }
        } finally {
            ClockControl.reset(admin);
        }
        // The board's business support officer's export dates the last update as the log page does: London's date.
        String description = Jsoup.parse(casey.get("actions/action.xhtml?id=" + action).body()).selectFirst("#actionDescription").text().trim();
        assertThat(exportedLastUpdate(casey, safeguardingPartnership(casey), description)).isEqualTo("2027-03-30");
        Map<String, String> when = historyOf(casey, action);
        // The clock is set to the minute from real time: the recorded minute may be the next one.
        assertThat(when.get("Recorded 00:30 UTC, Monday after the clocks went forward")).matches("29 Mar 2027, 01:3\\d");
        assertThat(when.get("Recorded 23:30 UTC, the same Monday (BST)")).matches("30 Mar 2027, 00:3\\d");
        assertThat(when.get("Recorded 00:30 UTC, Sunday the clocks went back, before the change")).matches("31 Oct 2027, 01:3\\d");
        assertThat(when.get("Recorded 00:30 UTC, Monday after the clocks went back")).matches("1 Nov 2027, 00:3\\d");
    }

    @Test
    void anActionDueOnASummerDayIsOverdueOnceItIsTheNextDayInLondon() throws Exception {
        PortalClient admin = signedIn("avery.admin");
        PortalClient casey = signedIn("casey.chair");
        long board = safeguardingPartnership(casey);
        long action = anActionCaseyChairs(casey);
        Document opened = Jsoup.parse(casey.get("actions/action.xhtml?id=" + action).body());
        String description = opened.selectFirst("#actionDescription").text().trim();
        String originallyDue = opened.selectFirst("input[name=progress:dueOn]").val();
        LocalDate due = LocalDate.parse("2027-06-14");
        try {
            recordProgress(casey, action, "Due date moved to test the day's turn", due.toString());
            assertThat(Jsoup.parse(casey.get("actions/action.xhtml?id=" + action).body()).selectFirst("input[name=progress:dueOn]").val())
                    .isEqualTo(due.toString());
            // The history words the move as every other date on the page is worded, and starts with it when the status stayed.
            assertThat(historyCell(casey, action, "Due date moved to test the day's turn", CHANGE))
                    .isEqualTo("Due moved from " + Wording.date(LocalDate.parse(originallyDue)) + " to 14 Jun 2027");
            // Who wrote it, as the portal names people everywhere else (it showed the username).
            assertThat(historyCell(casey, action, "Due date moved to test the day's turn", WHO)).isEqualTo("Casey Chair (KVC)");
            // 22:30 UTC is 23:30 BST: still the due date in London.
            moveClockTo(admin, Instant.parse("2027-06-14T22:30:00Z"));
            assertThat(statusOf(casey, action)).doesNotContain("overdue");
            assertThat(overdueInTheLogExport(casey, board)).doesNotContain(description);
            // 23:30 UTC is 00:30 BST on 15 June: UTC's date is still the due date, London's is the day after.
            moveClockTo(admin, Instant.parse("2027-06-14T23:30:00Z"));
            assertThat(statusOf(casey, action)).contains("overdue");
            assertThat(overdueInTheLogExport(casey, board)).contains(description);
        } finally {
            ClockControl.reset(admin);
            recordProgress(casey, action, "Due date put back after the test of the day's turn", originallyDue);
        }
    }

    @Test
    void aDueDateCannotBeMovedBeforeTheMeetingThatAgreedTheAction() throws Exception {
        PortalClient casey = signedIn("casey.chair");
        long action = anActionCaseyChairs(casey);
        String dueBefore = Jsoup.parse(casey.get("actions/action.xhtml?id=" + action).body()).selectFirst("input[name=progress:dueOn]").val();
        String note = "Moved to 1999 by a slip of the keyboard " + System.nanoTime();

        HttpResponse<String> refused = recordProgress(casey, action, note, "1999-01-01");
        assertThat(Jsoup.parse(refused.body()).select("[id='progress:dueOn'] ~ .ui-message-error, .field:has([id='progress:dueOn']) .ui-message-error").text())
                .contains("An action cannot fall due before the meeting that agreed it");

        // What anyone opening the action sees afterwards: the same due date, and no trace of the refused note.
        Document reopened = Jsoup.parse(casey.get("actions/action.xhtml?id=" + action).body());
        assertThat(reopened.selectFirst("input[name=progress:dueOn]").val()).isEqualTo(dueBefore);
        assertThat(historyOf(casey, action)).doesNotContainKey(note);

        // The other slip: a year typed as 9999. Refused with the reason, and nothing changes either.
        String farNote = "Moved to 9999 by a slip of the keyboard " + System.nanoTime();
        HttpResponse<String> farAhead = recordProgress(casey, action, farNote, "9999-12-31");
        assertThat(Jsoup.parse(farAhead.body()).select(".field:has([id='progress:dueOn']) .ui-message-error").text())
                .contains("Choose a date within 10 years of today");
        assertThat(Jsoup.parse(casey.get("actions/action.xhtml?id=" + action).body()).selectFirst("input[name=progress:dueOn]").val()).isEqualTo(dueBefore);
        assertThat(historyOf(casey, action)).doesNotContainKey(farNote);
    }

    /** The status shown on the action's page ("Open – overdue" once it is past its due date). */
    private static String statusOf(PortalClient casey, long action) throws Exception {
        return Jsoup.parse(casey.get("actions/action.xhtml?id=" + action).body()).selectFirst("#actionStatus").text();
    }

    /** The actions the board's log export, filtered to overdue only, lists and marks as overdue. */
    private static List<String> overdueInTheLogExport(PortalClient casey, long board) throws Exception {
        HttpResponse<String> export = casey.get("actions/export?board=" + board + "&format=csv&overdue=true");
        assertThat(export.statusCode()).isEqualTo(200);
        try (CSVParser csv = CSVParser.parse(export.body(), CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return csv.getRecords().stream().filter(row -> "Overdue".equals(row.get("Overdue"))).map(row -> row.get("Action")).toList();
        }
    }

    /** The "Last updated" cell of the action log export's row for the action described so. */
    private static String exportedLastUpdate(PortalClient casey, long board, String description) throws Exception {
        HttpResponse<String> export = casey.get("actions/export?board=" + board + "&format=csv");
        assertThat(export.statusCode()).isEqualTo(200);
        try (CSVParser csv = CSVParser.parse(export.body(), CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return csv.getRecords().stream().filter(row -> description.equals(row.get("Action"))).map(row -> row.get("Last updated"))
                    .findFirst().orElseThrow(() -> new AssertionError("the export has no row for " + description));
        }
    }

    /** Moves the portal's clock to a whole minute at or just after {@code target} (the API takes minutes). */
    private static void moveClockTo(PortalClient admin, Instant target) throws Exception {
        long seconds = Duration.between(Instant.now(), target).getSeconds();
        ClockControl.move(admin, Duration.ofMinutes(Math.floorDiv(seconds, 60) + 1));
    }

    private void recordProgress(PortalClient casey, long action, String note) throws Exception {
        recordProgress(casey, action, note, null);
    }

    /** Saves a progress note, keeping the status, and moving the due date to {@code dueOn} unless it is null; the answer. */
    private HttpResponse<String> recordProgress(PortalClient casey, long action, String note, String dueOn) throws Exception {
        String page = casey.get("actions/action.xhtml?id=" + action).body();
        Document doc = Jsoup.parse(page);
        Element status = doc.selectFirst("select[name=progress:status_input] option[selected]");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("progress", "progress");
        form.put("progress:version", doc.selectFirst("input[name=progress:version]").val());
        form.put("progress:status_input", status == null ? "OPEN" : status.val());
        form.put("progress:dueOn", dueOn != null ? dueOn : doc.selectFirst("input[name=progress:dueOn]").val());
        form.put("progress:note", note);
        form.put("progress:save", "");
        form.put("jakarta.faces.ViewState", PortalClient.viewState(page));
        form.put("primefaces.nonce", PortalClient.nonce(page));
        HttpResponse<String> saved = casey.post("actions/action.xhtml?id=" + action, form);
        assertThat(saved.statusCode()).as("saving '%s'", note).isIn(200, 302);
        return saved;
    }

    /** Each note in the action's history with the time shown beside it. */
    private Map<String, String> historyOf(PortalClient casey, long action) throws Exception {
        Document doc = Jsoup.parse(casey.get("actions/action.xhtml?id=" + action).body());
        Map<String, String> when = new LinkedHashMap<>();
        for (Element row : doc.select("[id$=history] tbody tr")) {
            var cells = row.select("td");
            if (cells.size() >= 4) {
                when.put(TableCells.text(cells.get(3)), TableCells.text(cells.get(0)));
            }
        }
        return when;
    }

    /** The history table's columns: when, who, change, note. */
    private static final int WHO = 1;
    private static final int CHANGE = 2;

    /** A cell of the history row whose note is {@code note}. */
    private String historyCell(PortalClient casey, long action, String note, int column) throws Exception {
        Document doc = Jsoup.parse(casey.get("actions/action.xhtml?id=" + action).body());
        for (Element row : doc.select("[id$=history] tbody tr")) {
            var cells = row.select("td");
            if (cells.size() >= 4 && TableCells.text(cells.get(3)).equals(note)) {
                return TableCells.text(cells.get(column));
            }
        }
        throw new AssertionError("no history row with the note " + note);
    }

    private long safeguardingPartnership(PortalClient casey) throws Exception {
        Matcher board = Pattern.compile("workspace\\.xhtml\\?board=(\\d+)\">Children(?:&#39;|')s Safeguarding Partnership<")
                .matcher(casey.get("boards/index.xhtml").body());
        assertThat(board.find()).isTrue();
        return Long.parseLong(board.group(1));
    }

    private long anActionCaseyChairs(PortalClient casey) throws Exception {
        String log = casey.get("actions/log.xhtml?board=" + safeguardingPartnership(casey)).body();
        Matcher action = Pattern.compile("action\\.xhtml\\?id=(\\d+)").matcher(log);
        assertThat(action.find()).as("an action on the Safeguarding Partnership's log").isTrue();
        return Long.parseLong(action.group(1));
    }

    private PortalClient signedIn(String username) throws Exception {
        return PortalClient.signedIn(base, username, DEMO_PASSWORD);
    }
}
