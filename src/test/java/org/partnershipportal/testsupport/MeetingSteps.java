package org.partnershipportal.testsupport;

import org.openqa.selenium.By;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a chair does in the browser to set a meeting up, for journeys that need one of their own. */
public final class MeetingSteps {

    private MeetingSteps() {
    }

    /**
     * Schedules a meeting of the named board from its workspace, in the Council Chamber, and returns its
     * id once its (draft) agenda shows.
     */
    public static long schedule(Browser chair, String board, String title, LocalDate day, String starts, String ends) {
        chair.go("boards/index.xhtml");
        chair.clickLink(board);
        chair.click("scheduleMeeting");
        chair.type("meeting:title", title);
        chair.setValue("meeting:date", day.toString());
        chair.setValue("meeting:startTime", starts);
        chair.setValue("meeting:endTime", ends);
        chair.type("meeting:place", "Council Chamber, Kestrel Vale Civic Centre");
        chair.click("meeting:schedule");
        chair.waitForText(By.id("agendaStatus"), "Draft agenda");
        return idIn(chair.driver().getCurrentUrl(), "meeting");
    }

    /** Cancels the meeting from its page (so journeys that count a board's meetings to come never meet it). */
    public static void cancel(Browser manager, long meetingId) {
        manager.go("meetings/meeting.xhtml?meeting=" + meetingId);
        manager.choose("details:status", "Cancelled");
        manager.click("details:save");
        manager.waitForText(By.id("meetingStatus"), "Cancelled");
    }

    /** Chooses a member's attendance in the chair's attendance table (saved with "Save attendance"). */
    public static void chooseAttendance(Browser chair, String name, String attendance) {
        org.openqa.selenium.WebElement row = chair.driver().findElements(By.cssSelector("#attendance\\:table_data tr")).stream()
                .filter(tr -> tr.getText().startsWith(name)).findFirst().orElseThrow(() -> new AssertionError("No attendance row for " + name));
        chair.choose(row.findElement(By.cssSelector(".ui-selectonemenu")).getAttribute("id"), attendance);
    }

    /** The number a page address gives for a parameter (meeting=12 → 12). */
    public static long idIn(String url, String parameter) {
        Matcher id = Pattern.compile("[?&]" + parameter + "=(\\d+)").matcher(url);
        if (!id.find()) {
            throw new AssertionError("No " + parameter + " in " + url);
        }
        return Long.parseLong(id.group(1));
    }
}
