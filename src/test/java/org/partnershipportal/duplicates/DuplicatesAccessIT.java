package org.partnershipportal.duplicates;

import org.junit.jupiter.api.Test;
import org.partnershipportal.testsupport.SharedPortal;
import org.partnershipportal.testsupport.PortalClient;

import java.net.URL;
import java.util.List;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may read the duplicates report and the admin pages around it. */
class DuplicatesAccessIT {

    static final String PASSWORD = "kestrel-vale-demo";


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
        PortalClient client = new PortalClient(base);
        assertThat(client.signIn(username, PASSWORD).statusCode()).as(username + " signs in").isEqualTo(302);
        return client;
    }
}
