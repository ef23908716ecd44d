package org.partnershipportal.boards;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipportal.testsupport.SharedPortal;
import org.partnershipportal.testsupport.AuditTrail;
import org.partnershipportal.testsupport.PortalClient;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/**
 * The workspace of the Children's Safeguarding Partnership, asked for by every kind of person, by
 * URL and by crafted post: only its current members and administrators get its restricted content.
 */
@UsesDemoPartnership
class WorkspaceAccessIT {

    /** A member's name appears only inside the workspace: the marker of restricted content. */
    static final String RESTRICTED_MARKER = "Riley Reviewer";


    /** The portal shared by every outside-in test of the run (one server start, not one per class). */
    final URL base = SharedPortal.base();

    Map<String, Long> boardIds;

    @BeforeEach
    void findBoards() throws Exception {
        PortalClient admin = signedIn("avery.admin");
        boardIds = new HashMap<>();
        Matcher link = Pattern.compile("board\\.xhtml\\?id=(\\d+)\">([^<]+)<").matcher(admin.get("admin/boards.xhtml").body());
        while (link.find()) {
            boardIds.put(link.group(2).replace("&#39;", "'"), Long.parseLong(link.group(1)));
        }
        assertThat(boardIds).containsKey("Children's Safeguarding Partnership");
    }

    @Test
    void aCurrentMemberOpensTheWorkspace() throws Exception {
        HttpResponse<String> page = signedIn("casey.chair").get(workspace("Children's Safeguarding Partnership"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(RESTRICTED_MARKER).contains("Your seat").contains("Chair");
    }

    @Test
    void anAdministratorOpensAnyWorkspace() throws Exception {
        HttpResponse<String> page = signedIn("avery.admin").get(workspace("Children's Safeguarding Partnership"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(RESTRICTED_MARKER).contains("Partnership administrator (not a member)");
    }

    @Test
    void everyoneElseIsRefusedAndSeesNothingOfIt() throws Exception {
        for (String outsider : new String[]{"jordan.former", "morgan.member", "parker.practitioner", "dana.datalead"}) {
            HttpResponse<String> page = signedIn(outsider).get(workspace("Children's Safeguarding Partnership"));
            assertThat(page.statusCode()).as(outsider).isEqualTo(403);
            assertThat(page.body()).as(outsider).doesNotContain(RESTRICTED_MARKER).contains("Not available to you");
        }
    }

    @Test
    void anExMemberStillOpensTheBoardTheySitOn() throws Exception {
        HttpResponse<String> page = signedIn("jordan.former").get(workspace("YOS Management Board"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Vice-chair");
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        HttpResponse<String> page = new PortalClient(base).get(workspace("Children's Safeguarding Partnership"));
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).contains("login.xhtml");
        assertThat(page.body()).doesNotContain(RESTRICTED_MARKER);
    }

    @Test
    void changingTheIdOrCraftingAPostGivesNothingAway() throws Exception {
        PortalClient morgan = signedIn("morgan.member");
        for (String id : new String[]{"abc", "-1", "999999", String.valueOf(boardIds.get("Children's Safeguarding Partnership")) + "%20"}) {
            HttpResponse<String> page = morgan.get("boards/workspace.xhtml?board=" + id);
            assertThat(page.statusCode()).as(id).isIn(403, 404);
            assertThat(page.body()).as(id).doesNotContain(RESTRICTED_MARKER);
        }
        // A board that does not exist and one that is not Morgan's answer alike: the page does not tell which boards exist.
        HttpResponse<String> missing = morgan.get("boards/workspace.xhtml?board=999999");
        HttpResponse<String> notHers = morgan.get(workspace("Children's Safeguarding Partnership"));
        assertThat(missing.statusCode()).as("a board that does not exist").isEqualTo(403).isEqualTo(notHers.statusCode());
        // A post of Morgan's own workspace view, aimed at the Safeguarding Partnership's address.
        HttpResponse<String> own = morgan.get(workspace("YOS Management Board"));
        HttpResponse<String> crafted = morgan.post(workspace("Children's Safeguarding Partnership"), Map.of(
                "jakarta.faces.ViewState", PortalClient.viewState(own.body()),
                "primefaces.nonce", PortalClient.nonce(own.body()),
                "board", String.valueOf(boardIds.get("Children's Safeguarding Partnership"))));
        assertThat(crafted.statusCode()).isNotEqualTo(500);
        // At most Morgan's own board comes back, never the one named in the address.
        assertThat(crafted.body()).doesNotContain("Children&#39;s Safeguarding Partnership –").doesNotContain(">CSP-KV<");
    }

    @Test
    void refusalsAreAudited() throws Exception {
        PortalClient admin = signedIn("avery.admin");
        long before = AuditTrail.newest(AuditTrail.filtered(admin, "parker.practitioner", null, "ACCESS_REFUSED"));
        assertThat(signedIn("parker.practitioner").get(workspace("Children's Safeguarding Partnership")).statusCode()).isEqualTo(403);
        List<AuditTrail.Row> written = AuditTrail.after(before, AuditTrail.filtered(admin, "parker.practitioner", null, "ACCESS_REFUSED"));
        assertThat(written).as("one new refusal row").singleElement().satisfies(row -> {
            assertThat(row.who()).isEqualTo("parker.practitioner");
            assertThat(row.what()).isEqualTo("Access refused");
            assertThat(row.concerning()).startsWith("Children's Safeguarding Partnership").endsWith("board " + boardIds.get("Children's Safeguarding Partnership"));
            assertThat(row.detail()).contains("not a current member");
        });
    }

    @Test
    void theStructureMapIsOpenToEveryoneSignedInButHoldsNoRestrictedContent() throws Exception {
        HttpResponse<String> map = signedIn("parker.practitioner").get("structure/index.xhtml");
        assertThat(map.statusCode()).isEqualTo(200);
        assertThat(map.body()).contains("remitMatrix").contains("Criminal exploitation").contains("Exploitation Subgroup")
                .doesNotContain("Your seat");
        HttpResponse<String> csv = signedIn("dana.datalead").get("structure/map.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("board,short_name,meeting_frequency").contains("Exploitation Subgroup,EXPLOIT");
        assertThat(new PortalClient(base).get("structure/map.csv").statusCode()).isEqualTo(302);
    }

    private String workspace(String boardName) {
        return "boards/workspace.xhtml?board=" + boardIds.get(boardName);
    }

    private PortalClient signedIn(String username) throws Exception {
        return PortalClient.signedIn(base, username, DEMO_PASSWORD);
    }
}
