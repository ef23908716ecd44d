package org.partnershipportal.duplicates;

import org.junit.jupiter.api.Test;
import org.partnershipportal.testsupport.SharedPortal;
import org.partnershipportal.testsupport.PortalClient;

import java.net.URL;
import java.util.List;
import java.net.http.HttpResponse;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/** Who may read the duplicates report and the admin pages around it. */
@UsesDemoPartnership
class DuplicatesAccessIT {

    /** The portal shared by every outside-in test of the run (one server start, not one per class). */
    final URL base = SharedPortal.base();

    @Test
    void chairsAndAdministratorsReadTheReportAndNobodyElse() throws Exception {
        assertThat(signedIn("avery.admin").get("duplicates/report.xhtml").statusCode()).isEqualTo(200);
        HttpResponse<String> chair = signedIn("casey.chair").get("duplicates/report.xhtml?kind=actions");
        assertThat(chair.statusCode()).isEqualTo(200);
        assertThat(chair.body()).contains("Duplicates across boards");
        for (String other : new String[]{"riley.reviewer", "morgan.member", "parker.practitioner", "dana.datalead"}) {
            HttpResponse<String> refused = signedIn(other).get("duplicates/report.xhtml");
            assertThat(refused.statusCode()).as(other).isEqualTo(403);
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(refused.body());
            assertThat(page.selectFirst("h1").text()).as(other + " is told the page is not for them").isEqualTo("Not available to you");
            assertThat(page.getElementById("refused")).as(other).isNotNull();
            assertThat(page.getElementById("clusters")).as(other + " sees no report").isNull();
        }
        for (String adminPage : new String[]{"admin/import.xhtml", "admin/abbreviations.xhtml"}) {
            assertThat(signedIn("casey.chair").get(adminPage).statusCode()).as(adminPage).isEqualTo(403);
        }
    }

    /**
     * The menu offers the report to the people the report lets in, found the way they would find it: an administrator,
     * a chair (Casey), a vice-chair who chairs nothing (Jordan, of the YOS Management Board); and to nobody else.
     */
    @Test
    void theMenuOffersTheReportToChairsAndAdministratorsAndToNobodyElse() throws Exception {
        for (String mayOpen : new String[]{"avery.admin", "casey.chair", "jordan.former"}) {
            PortalClient person = signedIn(mayOpen);
            org.jsoup.nodes.Element entry = menuEntry(person, "Duplicates");
            assertThat(entry).as(mayOpen + " has the Duplicates entry in the menu").isNotNull();
            String fromBase = person.base().resolve(entry.attr("href")).toString().substring(person.base().toString().length());
            HttpResponse<String> report = person.get(fromBase);
            assertThat(report.statusCode()).as(mayOpen + " opens the report from the menu").isEqualTo(200);
            assertThat(org.jsoup.Jsoup.parse(report.body()).selectFirst("h1").text()).isEqualTo("Duplicates across boards");
        }
        for (String mayNot : new String[]{"riley.reviewer", "morgan.member", "parker.practitioner", "dana.datalead"}) {
            PortalClient person = signedIn(mayNot);
            assertThat(menuEntry(person, "My account")).as(mayNot + "'s menu is there").isNotNull();
            assertThat(menuEntry(person, "Duplicates")).as(mayNot + " has no Duplicates entry").isNull();
        }
    }

    /** The link in the signed-in person's menu (on their home page) with this label, or null. */
    private static org.jsoup.nodes.Element menuEntry(PortalClient person, String label) throws Exception {
        org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(person.get("index.xhtml").body());
        return home.select("#sections a").stream().filter(a -> a.text().equals(label)).findFirst().orElse(null);
    }

    @Test
    void aChairSeesOtherBoardsRecordsInTheReportOnlyAsRestricted() throws Exception {
        PortalClient casey = signedIn("casey.chair");
        org.jsoup.nodes.Document report = readyReport(casey);
        // Casey does not sit on the Community Safety Partnership or the VRU Board: their rows show the board and date only.
        List<org.jsoup.nodes.Element> othersRows = report.select("#clusters table.cluster-members tbody tr").stream()
                .filter(tr -> List.of("Community Safety Partnership", "VRU Board").contains(tr.child(0).text())).toList();
        assertThat(othersRows).as("other boards' records are in the report").isNotEmpty();
        assertThat(othersRows).allSatisfy(tr -> {
            assertThat(tr.child(2).text()).isEqualTo("Restricted: you don't sit on this board");
            assertThat(tr.child(2).select("a")).isEmpty();
        });
        assertThat(report.text()).doesNotContain("Data on young people exploited by gangs").doesNotContain("SNA for the serious violence duty");

        // Nor can she decide on a group she cannot read in full: she is told who can, instead of being offered buttons
        // (which recorded her "same matter" on two boards she does not sit on, until a walk of the pages found it).
        List<org.jsoup.nodes.Element> groups = report.select("#clusters section.cluster");
        List<org.jsoup.nodes.Element> partlyRestricted = groups.stream().filter(group -> !group.select(".restricted").isEmpty()).toList();
        assertThat(partlyRestricted).as("groups with records of boards Casey does not sit on").isNotEmpty().allSatisfy(group -> {
            assertThat(group.select("button.confirm, button.dismiss")).as(group.id() + "'s decisions").isEmpty();
            assertThat(group.select(".not-decidable").text()).as(group.id())
                    .isEqualTo("Some records here are restricted for you (each says why): only someone who reads every record in this group,"
                            + " or a partnership administrator, can decide whether it is one matter.");
        });
        // The administrator reads every record, so decides on every group.
        List<org.jsoup.nodes.Element> everyGroup = readyReport(signedIn("avery.admin")).select("#clusters section.cluster");
        assertThat(everyGroup).as("the administrator's report").hasSameSizeAs(groups).allSatisfy(group -> {
            assertThat(group.select("button.confirm")).as(group.id() + "'s \"Same matter\"").hasSize(1);
            assertThat(group.select("button.dismiss")).as(group.id() + "'s \"Not the same\"").hasSize(group.select("table.cluster-members tbody tr").size());
            assertThat(group.select(".not-decidable")).isEmpty();
        });
    }

    /** The report once the finder has read the register (it indexes in the background after a start). */
    private static org.jsoup.nodes.Document readyReport(PortalClient client) throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos();
        while (true) {
            org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(client.get("duplicates/report.xhtml").body());
            if (page.select(".notice:contains(still reading the register)").isEmpty()) {
                return page;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The duplicate finder was still reading the register after 90 s");
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void anAdministratorAddsAnAbbreviationAndBadOnesAreRefused() throws Exception {
        PortalClient admin = signedIn("avery.admin");
        HttpResponse<String> page = admin.get("admin/abbreviations.xhtml");
        assertThat(page.body()).contains("CAMHS").contains("child and adolescent mental health");
        HttpResponse<String> refused = admin.post("admin/abbreviations.xhtml", form(page.body(), "<script>", "x"));
        assertThat(refused.statusCode()).isNotEqualTo(500);
        assertThat(refused.body()).contains("Use letters, digits").doesNotContain("<script>");
        page = admin.get("admin/abbreviations.xhtml");
        HttpResponse<String> added = admin.post("admin/abbreviations.xhtml", form(page.body(), "KVEP", "Kestrel Vale exploitation panel"));
        assertThat(added.statusCode()).isIn(200, 302);
        assertThat(admin.get("admin/abbreviations.xhtml").body()).contains("KVEP").contains("Kestrel Vale exploitation panel");
    }

    private static java.util.Map<String, String> form(String html, String abbreviation, String expansion) {
        java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("newAbbreviation", "newAbbreviation");
        form.put("newAbbreviation:abbreviation", abbreviation);
        form.put("newAbbreviation:expansion", expansion);
        form.put("newAbbreviation:add", "");
        form.put("jakarta.faces.ViewState", PortalClient.viewState(html));
        form.put("primefaces.nonce", PortalClient.nonce(html));
        return form;
    }

    private PortalClient signedIn(String username) throws Exception {
        return PortalClient.signedIn(base, username, DEMO_PASSWORD);
    }

    /**
     * Issue 15: the portal gives the matcher each item's board name (a board's own business plan is standing business
     * on that board, as on the command line) and the chair's "standing item" marker; neither kind is ever reported.
     */
    @Test
    void aBoardsOwnBusinessPlanAndItemsMarkedStandingAreNeverReported() throws Exception {
        // Blake chairs the Exploitation Subgroup and is vice-chair of the Community Safety Partnership: runs both agendas.
        PortalClient blake = signedIn("blake.boardmember");
        readyReport(blake); // the finder has read the register, so it follows what is added from now on
        String exploitation = managedMeeting(blake, "Exploitation Subgroup");
        String communitySafety = managedMeeting(blake, "Community Safety Partnership");
        String ownPlan = "Exploitation Subgroup business plan 2027 to 2028";
        String marked = "Kestrel Vale partnership newsletter for practitioners";
        String control = "Lighting and children's safety along the canal towpath";
        addItem(blake, exploitation, ownPlan, false);
        addItem(blake, communitySafety, ownPlan, false); // another board's plan: a topic on the Community Safety Partnership
        addItem(blake, exploitation, marked, true);
        addItem(blake, communitySafety, marked, false);
        addItem(blake, exploitation, control, false);
        addItem(blake, communitySafety, "Canal towpath lighting and the safety of children", false);

        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        String report = readyReport(blake).select("#clusters").text();
        while (!report.contains(control)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The report never grouped the two boards' canal towpath items:\n" + report);
            }
            Thread.onSpinWait();
            report = readyReport(blake).select("#clusters").text();
        }
        assertThat(report).as("the Exploitation Subgroup's own business plan is its standing business").doesNotContain(ownPlan);
        assertThat(report).as("an item its chair marked standing").doesNotContain(marked);
    }

    /**
     * A draft agenda is its chair's working copy: a plain member of the board learns only that it is coming (the meeting
     * page), so the report does not show them its items' words either, while the chair who drafts it reads them. (A walk
     * of the pages found the report naming a draft's item to a member the meeting page withheld it from.)
     */
    @Test
    void anItemOfADraftAgendaIsRestrictedInTheReportForAMemberWhoDoesNotManageTheBoardsMeetings() throws Exception {
        // Blake chairs the Exploitation Subgroup, where Casey is a member; Casey chairs the Safeguarding Partnership.
        PortalClient blake = signedIn("blake.boardmember");
        PortalClient casey = signedIn("casey.chair");
        readyReport(casey);
        String draft = draftMeeting(blake, casey, "Exploitation Subgroup");
        String run = Long.toString(System.nanoTime(), 36);
        String drafted = "Night-time taxi licensing checks and the safety of children " + run;
        String caseys = "Safety of children at night: taxi licensing checks " + run;
        addItem(blake, draft, drafted, false);
        addItem(casey, managedMeeting(casey, "Children(?:&#39;|')s Safeguarding Partnership"), caseys, false);

        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        org.jsoup.nodes.Element group = groupWith(readyReport(casey), caseys);
        while (group == null) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The report never grouped the two boards' taxi licensing items");
            }
            Thread.onSpinWait();
            group = groupWith(readyReport(casey), caseys);
        }
        List<org.jsoup.nodes.Element> exploitationRows = group.select("table.cluster-members tbody tr").stream()
                .filter(tr -> tr.child(0).text().equals("Exploitation Subgroup")).toList();
        assertThat(exploitationRows).as("the draft's item in Casey's group").isNotEmpty().allSatisfy(tr -> {
            assertThat(tr.child(2).text()).isEqualTo("Restricted: on an agenda not yet published");
            assertThat(tr.child(2).select("a")).isEmpty();
        });
        assertThat(readyReport(casey).text()).as("Casey's whole report").doesNotContain(drafted);
        assertThat(group.select("button.confirm")).as("no decision on what she cannot read").isEmpty();
        // The chair drafting it reads it, as on the meeting page.
        assertThat(readyReport(blake).select("#clusters a").eachText()).as("Blake's report").contains(drafted);
    }

    /** The report's group that lists this title as a readable record, or null. */
    private static org.jsoup.nodes.Element groupWith(org.jsoup.nodes.Document report, String title) {
        return report.select("#clusters section.cluster").stream()
                .filter(group -> group.select("table.cluster-members a").eachText().contains(title)).findFirst().orElse(null);
    }

    /** A meeting of the named board whose agenda this chair may add to and the member is told is not published yet. */
    private static String draftMeeting(PortalClient chair, PortalClient member, String boardNamePattern) throws Exception {
        return meetingOf(chair, boardNamePattern, "with a draft agenda", path -> member.get(path).body().contains("id=\"agenda:agendaWithheld\""));
    }

    /** A meeting of the named board whose page lets this chair add agenda items. */
    private static String managedMeeting(PortalClient chair, String boardNamePattern) throws Exception {
        return meetingOf(chair, boardNamePattern, "that takes new agenda items", path -> true);
    }

    /** A test of a meeting's page address that may read pages. */
    @FunctionalInterface
    private interface MeetingTest {
        boolean holdsFor(String path) throws Exception;
    }

    /** The first meeting of the named board, as its workspace lists them, that takes this chair's new items and passes the test. */
    private static String meetingOf(PortalClient chair, String boardNamePattern, String what, MeetingTest test) throws Exception {
        java.util.regex.Matcher board = java.util.regex.Pattern.compile("workspace\\.xhtml\\?board=(\\d+)\">" + boardNamePattern + "<")
                .matcher(chair.get("boards/index.xhtml").body());
        assertThat(board.find()).as(boardNamePattern).isTrue();
        java.util.regex.Matcher meetings = java.util.regex.Pattern.compile("meeting\\.xhtml\\?meeting=(\\d+)")
                .matcher(chair.get("boards/workspace.xhtml?board=" + board.group(1)).body());
        while (meetings.find()) {
            String path = "meetings/meeting.xhtml?meeting=" + meetings.group(1);
            if (chair.get(path).body().contains("newItem:title") && test.holdsFor(path)) {
                return path;
            }
        }
        throw new AssertionError("no meeting of " + boardNamePattern + " " + what);
    }

    private static void addItem(PortalClient chair, String meetingPath, String title, boolean standing) throws Exception {
        String html = chair.get(meetingPath).body();
        java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("newItem", "newItem");
        form.put("newItem:title", title);
        form.put("newItem:description", "");
        if (standing) {
            form.put("newItem:standing_input", "on");
        }
        form.put("newItem:add", "");
        form.put("jakarta.faces.ViewState", PortalClient.viewState(html));
        form.put("primefaces.nonce", PortalClient.nonce(html));
        HttpResponse<String> added = chair.post(meetingPath, form);
        assertThat(added.statusCode()).as("adding " + title).isIn(200, 302, 303);
        String agenda = chair.get(meetingPath).body();
        assertThat(agenda.contains(title) || agenda.contains(title.replace("'", "&#39;"))).as("the agenda lists " + title).isTrue();
    }
}
