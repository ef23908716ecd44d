package org.partnershipportal.testsupport;

import org.openqa.selenium.By;

import java.io.IOException;
import java.net.URL;
import java.time.LocalDate;

import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/** What a board member does in the browser to raise a data request, for journeys that need one of their own. */
public final class RequestSteps {

    private RequestSteps() {
    }

    /**
     * Signs in as {@code who}, raises a request on the named strategic ask, needed in three weeks, and
     * returns the request page's path once it says "Submitted".
     */
    public static String raise(URL base, String who, String ask, String needed, String why) throws IOException {
        return raise(base, who, ask, needed, why, LocalDate.now().plusDays(21));
    }

    /** The same, needed by {@code neededBy}. */
    public static String raise(URL base, String who, String ask, String needed, String why, LocalDate neededBy) throws IOException {
        try (Browser requester = Browser.open(base)) {
            requester.signInOverHttp(who, DEMO_PASSWORD);
            openNewRequest(requester, ask);
            requester.type("requestForm:whatNeeded", needed);
            requester.type("requestForm:whyNeeded", why);
            requester.setValue("requestForm:neededBy", neededBy.toString());
            requester.click("requestForm:submit");
            requester.waitForText(By.id("requestStatus"), "Submitted");
            return requester.currentPath().substring(1);
        }
    }

    /** From the list of asks, opens the form for a new request on the named ask, as the signed-in board member. */
    public static void openNewRequest(Browser requester, String ask) {
        requester.go("catalogue/asks.xhtml");
        requester.clickLink(ask);
        requester.click("raiseRequest");
        requester.waitFor(By.id("requestForm:whatNeeded"));
    }


    /** The signed-in data lead, on a request's page, accepts it and starts work on it. */
    public static void acceptAndStart(Browser dataLead) {
        dataLead.click("workflow:accept");
        dataLead.waitForText(By.id("requestStatus"), "Accepted");
        dataLead.click("workflow:start");
        dataLead.waitForText(By.id("requestStatus"), "In progress");
    }

    /** Opens a request from the requests list ({@code scope}: raised_by_me, my_boards…), closed ones shown too, by what it asks for. */
    public static void openFromList(Browser reader, String scope, String whatNeeded) {
        reader.go("catalogue/requests.xhtml?scope=" + scope);
        reader.waitFor(By.id("requests:openOnly_input"));
        reader.clickCss("#requests\\:openOnly .ui-chkbox-box");
        reader.clickLink(whatNeeded);
    }

}
