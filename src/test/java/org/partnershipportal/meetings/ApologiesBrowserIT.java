package org.partnershipportal.meetings;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.partnershipportal.testsupport.AuditTrail;
import org.partnershipportal.testsupport.Browser;
import org.partnershipportal.testsupport.PortalClient;
import org.partnershipportal.testsupport.SharedPortal;
import org.partnershipportal.testsupport.TestDatabase;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/**
 * Apologies in a real Chromium: a member of the Safeguarding Partnership (quorum 3, deputies allowed in
 * the demo) sends their own apologies naming a deputy from their agency; the chair sees who is expected
 * and whether the meeting will be quorate; a second member's apologies take it below quorum; apologies from
 * someone not on the board are refused and audited, and nothing is recorded for them.
 */
@UsesDemoPartnership
class ApologiesBrowserIT {

    final URL base = SharedPortal.base();

    @Test
    void aMemberSendsApologiesWithADeputyAndTheChairSeesWhoIsExpectedAndTheQuorum() throws Exception {
        long meeting = nextSafeguardingPartnershipMeeting();
        try (Browser riley = Browser.open(base); Browser blake = Browser.open(base); Browser chair = Browser.open(base)) {
            chair.signInOverHttp("casey.chair", DEMO_PASSWORD);
            chair.go("meetings/meeting.xhtml?meeting=" + meeting);
            assertThat(chair.textOf("quorum")).contains("Expected: 3 of 3 members; quorum 3: quorate");

            riley.signInOverHttp("riley.reviewer", DEMO_PASSWORD);
            riley.go("meetings/meeting.xhtml?meeting=" + meeting);
            riley.choose("apologies:deputy", "Dana Datalead");
            riley.click("apologies:send");
            riley.waitForText(By.tagName("body"), "Your apologies are sent to the chair, with your deputy's name.");
            assertThat(riley.textOf("apologies:apologiesSent")).contains("You have sent your apologies; your deputy is Dana Datalead");
            riley.screenshot("apologies-member");
            riley.viewportWidth(390);
            riley.screenshot("phone-apologies-member");
            riley.viewportWidth(1366);

            chair.go("meetings/meeting.xhtml?meeting=" + meeting);
            assertThat(chair.textOf("quorum")).contains("Expected: 2 of 3 members and 1 deputy; quorum 3: quorate");
            assertThat(rowOf(chair, "Riley Reviewer")).contains("Dana Datalead");
            chair.screenshot("apologies-chair");

            // Blake's apologies, with no deputy, take the meeting below its quorum; the chair sees it before the day.
            blake.signInOverHttp("blake.boardmember", DEMO_PASSWORD);
            blake.go("meetings/meeting.xhtml?meeting=" + meeting);
            blake.click("apologies:send");
            blake.waitForText(By.tagName("body"), "Your apologies are sent to the chair.");
            chair.go("meetings/meeting.xhtml?meeting=" + meeting);
            assertThat(chair.textOf("quorum")).contains("Expected: 1 of 3 members and 1 deputy; quorum 3: not quorate");
            assertThat(chair.driver().findElement(By.id("quorum")).getAttribute("class")).contains("warning");

            // Both withdraw: expected again, quorate again (the shared demo is left as found).
            blake.go("meetings/meeting.xhtml?meeting=" + meeting);
            blake.click("apologies:withdraw");
            blake.waitForText(By.tagName("body"), "Your apologies are withdrawn");
            riley.click("apologies:withdraw");
            riley.waitForText(By.tagName("body"), "Your apologies are withdrawn");
            chair.go("meetings/meeting.xhtml?meeting=" + meeting);
            assertThat(chair.textOf("quorum")).contains("Expected: 3 of 3 members; quorum 3: quorate");
            assertThat(riley.consoleErrors()).isEmpty();
        }
    }

    @Test
    void someoneNotOnTheBoardCannotSendApologiesAndTheRefusalIsAudited() throws Exception {
        long meeting = nextSafeguardingPartnershipMeeting();
        PortalClient admin = signedIn("avery.admin");
        for (String outsider : List.of("morgan.member", "jordan.former")) {
            long before = AuditTrail.newest(AuditTrail.filtered(admin, outsider, null, "ACCESS_REFUSED"));
            PortalClient client = signedIn(outsider);
            var page = client.get("meetings/meeting.xhtml?meeting=" + meeting);
            assertThat(page.statusCode()).as(outsider).isEqualTo(403);
            assertThat(page.body()).doesNotContain("Send my apologies");
            assertThat(AuditTrail.after(before, AuditTrail.filtered(admin, outsider, null, "ACCESS_REFUSED"))).as(outsider).hasSize(1);
            assertThat(attendanceRowsOf(meeting, outsider)).as("nothing recorded for " + outsider).isZero();
        }
        // An administrator reads every board's meetings but has no seat, so no apologies to send.
        assertThat(admin.get("meetings/meeting.xhtml?meeting=" + meeting).body()).doesNotContain("Send my apologies");
    }

    private static String rowOf(Browser browser, String name) {
        return browser.driver().findElements(By.cssSelector("#attendance\\:table_data tr")).stream()
                .map(row -> row.getText()).filter(text -> text.contains(name)).findFirst().orElseThrow();
    }

    private long nextSafeguardingPartnershipMeeting() throws Exception {
        try (Connection db = TestDatabase.connectAsOwner(); PreparedStatement query = db.prepareStatement(
                "SELECT m.id FROM meeting m JOIN board b ON b.id = m.board_id WHERE b.short_name = 'CSP-KV' AND m.title = 'Partnership board meeting' "
                        + "AND m.status = 'PLANNED' ORDER BY m.starts_at LIMIT 1"); ResultSet rs = query.executeQuery()) {
            assertThat(rs.next()).as("the demo's next Safeguarding Partnership meeting").isTrue();
            return rs.getLong(1);
        }
    }

    private static long userId(String username) throws Exception {
        try (Connection db = TestDatabase.connectAsOwner(); PreparedStatement query = db.prepareStatement("SELECT id FROM user_account WHERE username = ?")) {
            query.setString(1, username);
            try (ResultSet rs = query.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getLong(1);
            }
        }
    }

    private static Long deputyOf(long meeting, String username) throws Exception {
        try (Connection db = TestDatabase.connectAsOwner(); PreparedStatement query = db.prepareStatement(
                "SELECT a.deputy_user_id FROM meeting_attendance a JOIN user_account u ON u.id = a.user_id WHERE a.meeting_id = ? AND u.username = ?")) {
            query.setLong(1, meeting);
            query.setString(2, username);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? (Long) rs.getObject(1, Long.class) : null;
            }
        }
    }

    private static int attendanceRowsOf(long meeting, String username) throws Exception {
        try (Connection db = TestDatabase.connectAsOwner(); PreparedStatement query = db.prepareStatement(
                "SELECT COUNT(*) FROM meeting_attendance a JOIN user_account u ON u.id = a.user_id WHERE a.meeting_id = ? AND u.username = ?")) {
            query.setLong(1, meeting);
            query.setString(2, username);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private PortalClient signedIn(String username) throws Exception {
        return PortalClient.signedIn(base, username, DEMO_PASSWORD);
    }
}
