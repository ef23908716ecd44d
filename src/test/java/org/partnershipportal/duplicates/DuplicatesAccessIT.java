package org.partnershipportal.duplicates;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnershipportal.testsupport.Deployments;
import org.partnershipportal.testsupport.PortalClient;

import java.net.URL;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may read the duplicates report and the admin pages around it. */
@ExtendWith(ArquillianExtension.class)
class DuplicatesAccessIT {

    static final String PASSWORD = "kestrel-vale-demo";

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void chairsAndAdministratorsReadTheReportAndNobodyElse() throws Exception {
        assertThat(signedIn("avery.admin").get("duplicates/report.xhtml").statusCode()).isEqualTo(200);
        HttpResponse<String> chair = signedIn("casey.chair").get("duplicates/report.xhtml?kind=actions");
        assertThat(chair.statusCode()).isEqualTo(200);
        assertThat(chair.body()).contains("Duplicates across boards");
        for (String other : new String[]{"riley.reviewer", "morgan.member", "parker.practitioner", "dana.datalead"}) {
            HttpResponse<String> refused = signedIn(other).get("duplicates/report.xhtml");
            assertThat(refused.statusCode()).as(other).isEqualTo(403);
            assertThat(refused.body()).as(other).doesNotContain("CCE data sharing");
        }
        for (String adminPage : new String[]{"admin/import.xhtml", "admin/abbreviations.xhtml"}) {
            assertThat(signedIn("casey.chair").get(adminPage).statusCode()).as(adminPage).isEqualTo(403);
        }
    }

    @Test
    void aChairSeesOtherBoardsRecordsInTheReportOnlyAsRestricted() throws Exception {
        String report = signedIn("casey.chair").get("duplicates/report.xhtml").body();
        // Casey does not sit on the Community Safety Partnership or the VRU Board.
        assertThat(report).doesNotContain("Data on young people exploited by gangs").doesNotContain("SNA for the serious violence duty");
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
