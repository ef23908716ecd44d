package org.partnershipportal.identity;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.partnershipportal.testsupport.AuditTrail;
import org.partnershipportal.testsupport.SharedPortal;
import org.partnershipportal.testsupport.Browser;
import org.partnershipportal.testsupport.TestDatabase;

import java.net.URL;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/** Signing in, by role, in a real Chromium: what each person sees, and what is refused. */
@UsesDemoPartnership
class SignInBrowserIT {

    /** The portal shared by every outside-in test of the run (one server start, not one per class). */
    final URL base = SharedPortal.base();

    @Test
    void eachRoleSeesOnlyItsSections() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.signIn("avery.admin", DEMO_PASSWORD);
            browser.waitFor(By.id("sections"));
            assertThat(browser.menu()).containsExactly("Home", "Forward plan", "Structure map", "Data catalogue", "Data requests", "Guidance", "Flags register", "Glossary", "Boards", "Users", "Duplicates", "Reminders", "Service levels", "Audit log", "My account");
            assertThat(browser.text()).contains("Welcome, Avery Admin").contains("Partnership administrator");
            browser.screenshot("home-admin");
            assertThat(browser.consoleErrors()).as("no CSP violations or script errors").isEmpty();
            browser.signOut();

            for (String nonAdmin : new String[]{"parker.practitioner", "blake.boardmember", "dana.datalead", "ellis.editor"}) {
                browser.signIn(nonAdmin, DEMO_PASSWORD);
                browser.waitFor(By.id("sections"));
                assertThat(browser.menu()).as(nonAdmin).doesNotContain("Users", "Audit log", "Boards")
                        .contains("Home", "Structure map", "Guidance", "Flags register", "Glossary", "My account");
                assertThat(browser.menu().contains("My boards")).as(nonAdmin).isEqualTo(nonAdmin.equals("blake.boardmember"));
                assertThat(browser.menu().contains("My actions")).as(nonAdmin).isEqualTo(nonAdmin.equals("blake.boardmember"));
                assertThat(browser.menu().contains("Forward plan")).as(nonAdmin)
                        .isEqualTo(nonAdmin.equals("blake.boardmember") || nonAdmin.equals("dana.datalead"));
                assertThat(browser.menu().contains("Data catalogue")).as(nonAdmin)
                        .isEqualTo(nonAdmin.equals("blake.boardmember") || nonAdmin.equals("dana.datalead"));
                assertThat(browser.consoleErrors()).as(nonAdmin).isEmpty();
                browser.signOut();
            }
        }
    }

    /**
     * The other browser tests sign in over HTTP (Browser.signInOverHttp) and so no longer pass through
     * these people's home pages on their way in, where their console checks used to see them: the home
     * pages of the people they signed in as, beyond the roles above, are checked here instead.
     */
    /** Dates the wrong way round in the audit log's filter are named as such, not answered with a plain "no events match". */
    @Test
    void theAuditLogSaysWhenItsDatesAreTheWrongWayRound() throws Exception {
        try (Browser admin = Browser.open(base)) {
            admin.signInOverHttp("avery.admin", DEMO_PASSWORD);
            admin.go("admin/audit.xhtml");
            admin.typeDate("filter:from", "2026-11-25");
            admin.typeDate("filter:until", "2026-11-01");
            admin.click("filter:search");
            admin.waitForText(By.id("events"), "The Until date is before the From date, so no event can match: swap them.");
            admin.typeDate("filter:from", "2026-10-01");
            admin.click("filter:search");
            admin.waitForTextGone(By.id("events"), "The Until date is before the From date");
        }
    }

    @Test
    void theHomePagesOfTheOtherDemoPeopleHaveNoConsoleErrors() throws Exception {
        try (Browser browser = Browser.open(base)) {
            for (String person : new String[]{"casey.chair", "riley.reviewer", "morgan.member"}) {
                browser.signIn(person, DEMO_PASSWORD);
                browser.waitFor(By.id("sections"));
                assertThat(browser.currentPath()).as(person).startsWith("/index.xhtml");
                assertThat(browser.consoleErrors()).as(person + ": no CSP violations or script errors").isEmpty();
                browser.signOut();
            }
        }
    }

    @Test
    void signOutEndsTheSessionAndTheBackButtonShowsNothing() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.signIn("parker.practitioner", DEMO_PASSWORD);
            browser.waitFor(By.id("sections"));
            browser.signOut();
            assertThat(browser.text()).contains("You have signed out.");
            browser.go("index.xhtml");
            browser.waitFor(By.id("signIn:username"));
            assertThat(browser.currentPath()).startsWith("/login.xhtml");
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountWithoutSayingSo() throws Exception {
        try (Browser browser = Browser.open(base)) {
            String temporary = createAccount(browser, "lock.victim", "Lockout Victim", "lock.victim@kestrel-vale.example");
            browser.signOut();
            for (int attempt = 1; attempt <= 5; attempt++) {
                browser.signIn("lock.victim", "wrong-password-" + attempt);
                browser.waitForText(By.id("signIn:messages"), "Sign-in failed");
            }
            browser.screenshot("sign-in-failed");
            // The right password is refused while locked, with the same words as any failure.
            browser.signIn("lock.victim", temporary);
            browser.waitForText(By.id("signIn:messages"), "Sign-in failed");
            String lockedMessage = browser.textOf("signIn:messages");
            browser.signIn("nobody.at.all", "whatever-password");
            browser.waitForText(By.id("signIn:messages"), "Sign-in failed");
            assertThat(browser.textOf("signIn:messages"))
                    .as("an unknown user and a locked one read the same").isEqualTo(lockedMessage);

            browser.signIn("avery.admin", DEMO_PASSWORD);
            // Filtered as an administrator does (who: the locked person), read as rows.
            browser.go("admin/audit.xhtml");
            browser.type("filter:actor", "lock.victim");
            browser.click("filter:search");
            browser.waitForText(By.id("events:table"), "Account locked");
            browser.screenshot("audit-log");
            assertThat(AuditTrail.filtered(browser, "lock.victim", null, "ACCOUNT_LOCKED")).singleElement()
                    .satisfies(row -> assertThat(row.detail()).contains("after 5 wrong passwords"));
            assertThat(AuditTrail.filtered(browser, "lock.victim", null, "SIGN_IN_REFUSED_LOCKED"))
                    .anySatisfy(row -> assertThat(row.detail()).isEqualTo("correct password refused while locked"));
        }
    }

    @Test
    void aNewPersonMustChooseTheirOwnPasswordAtFirstSignIn() throws Exception {
        try (Browser browser = Browser.open(base)) {
            String temporary = createAccount(browser, "new.starter", "New Starter", "new.starter@kestrel-vale.example");
            browser.signOut();
            browser.signIn("new.starter", temporary);
            browser.waitFor(By.id("mustChange"));
            // No menu of links that would only bring them back here; the page says why.
            assertThat(browser.menu()).isEmpty();
            assertThat(browser.textOf("mustChange")).startsWith("Choose your own password before using the portal.");
            browser.go("index.xhtml");
            browser.waitFor(By.id("mustChange"));
            assertThat(browser.currentPath()).startsWith("/account/password.xhtml");

            browser.type("password:currentPassword", temporary);
            browser.type("password:newPassword", "password1234");
            browser.type("password:confirmation", "password1234");
            browser.click("password:change");
            browser.waitForText(By.id("password"), "commonly used");
            browser.screenshot("password-refused");

            browser.type("password:currentPassword", temporary);
            browser.type("password:newPassword", "otter lantern quietly grows");
            browser.type("password:confirmation", "otter lantern quietly grows");
            browser.click("password:change");
            browser.waitFor(By.id("workSections"));
            browser.signOut();
            browser.signIn("new.starter", "otter lantern quietly grows");
            browser.waitFor(By.id("workSections"));
            assertThat(browser.text()).contains("Welcome, New Starter");
        }
    }

    @Test
    void aNonAdminIsRefusedTheAdminPagesAndTheAttemptIsAudited() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.signIn("blake.boardmember", DEMO_PASSWORD);
            browser.waitFor(By.id("sections"));
            browser.go("admin/users.xhtml");
            browser.waitFor(By.id("refused"));
            assertThat(browser.text()).contains("Not available to you").doesNotContain("Create an account");
            browser.screenshot("refused-403");
            browser.signOut();

            browser.signIn("avery.admin", DEMO_PASSWORD);
            assertThat(AuditTrail.filtered(browser, "blake.boardmember", null, "ACCESS_REFUSED"))
                    .anySatisfy(row -> {
                        assertThat(row.what()).isEqualTo("Access refused");
                        assertThat(row.concerning() + " " + row.detail()).contains("/admin/users.xhtml");
                    });
        }
    }

    @Test
    void badInputWhenCreatingAnAccountIsShownBesideTheFieldAndNothingIsSaved() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.signIn("avery.admin", DEMO_PASSWORD);
            browser.go("admin/users.xhtml");
            browser.type("newPerson:username", "Not Valid!");
            browser.type("newPerson:fullName", "x".repeat(130));
            browser.type("newPerson:email", "not-an-email");
            browser.click("newPerson:create");
            browser.waitForText(By.id("newPerson"), "lower-case letters");
            String form = browser.textOf("newPerson");
            assertThat(form).contains("at most 120 characters").contains("e-mail address like").contains("Choose the person's agency");
            browser.screenshot("users-bad-input");

            // A username that is taken is refused by the service, beside the field.
            browser.type("newPerson:username", "casey.chair");
            browser.type("newPerson:fullName", "Another Casey");
            browser.type("newPerson:email", "another.casey@kestrel-vale.example");
            choose(browser, "newPerson:agency", "Kestrelshire Police");
            browser.driver().findElement(By.cssSelector("label[for='newPerson:roles:0']")).click();
            browser.click("newPerson:create");
            browser.waitForText(By.id("newPerson"), "That username is taken");
            browser.type("filter:name", "another");
            browser.click("filter:search");
            browser.waitForText(By.id("people"), "No one matches");
        }
    }

    @Test
    void theSignInPageTellsASignedInPersonWhoTheyAreAndOffersSignOutInsteadOfTheForm() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.signIn("casey.chair", DEMO_PASSWORD);
            browser.waitFor(By.id("sections"));
            browser.go("login.xhtml");
            browser.waitFor(By.id("signedInAs"));
            assertThat(browser.textOf("signedInAs")).startsWith("You are signed in as Casey Chair: sign out to switch");
            assertThat(browser.driver().findElements(By.id("signIn:username"))).as("no sign-in form while signed in").isEmpty();
            browser.screenshot("sign-in-while-signed-in");

            browser.click("signOutForm:signOut");
            browser.waitFor(By.id("signIn:username"));
            browser.go("index.xhtml");
            browser.waitFor(By.id("signIn:username"));
            assertThat(browser.currentPath()).startsWith("/login.xhtml");
        }
    }

    @Test
    void aSignInPostedFromASignedInBrowserSignsTheFirstPersonOutAndTheSecondIn() throws Exception {
        try (Browser browser = Browser.open(base)) {
            // The form is open in one tab; meanwhile Casey signs in in another tab of the same browser.
            browser.go("login.xhtml");
            browser.waitFor(By.id("signIn:username"));
            String formTab = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            browser.signIn("casey.chair", DEMO_PASSWORD);
            browser.waitFor(By.id("sections"));
            assertThat(browser.signedInName()).isEqualTo("Casey Chair");
            long before = TestDatabase.lastAuditId();

            browser.driver().switchTo().window(formTab);
            browser.type("signIn:username", "morgan.member");
            browser.type("signIn:password", DEMO_PASSWORD);
            browser.click("signIn:submit");
            browser.waitForText(By.id("portalUserName"), "Morgan Member");
            assertThat(browser.signedInName()).isEqualTo("Morgan Member");
            assertThat(TestDatabase.auditedActions("casey.chair", before)).containsExactly("SIGN_OUT");
            assertThat(TestDatabase.auditedActions("morgan.member", before)).containsExactly("SIGN_IN");

            // Casey's tab shares the browser's session: it is Morgan's now, nothing of Casey's is left.
            browser.go("boards/index.xhtml");
            browser.waitFor(By.id("portalUserName"));
            assertThat(browser.signedInName()).isEqualTo("Morgan Member");
        }
    }

    @Test
    void aRefusedPageKeepsTheHeaderMenuAndSignOut() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.signIn("parker.practitioner", DEMO_PASSWORD);
            browser.waitFor(By.id("sections"));
            // Refused by the page's role (web.xml), by a service's role check, and by a board's membership rule.
            for (String refused : new String[]{"admin/users.xhtml", "catalogue/index.xhtml", "boards/workspace.xhtml?board=1",
                    "actions/log.xhtml?board=1"}) {
                browser.go(refused);
                browser.waitFor(By.id("refused"));
                assertThat(browser.signedInName()).as(refused).isEqualTo("Parker Practitioner");
                assertThat(browser.menu()).as(refused).contains("Home", "Guidance", "My account").doesNotContain("Data catalogue");
                assertThat(browser.driver().findElements(By.id("signOutForm:signOut"))).as(refused).hasSize(1);
            }
            browser.click("signOutForm:signOut");
            browser.waitFor(By.id("signIn:username"));
            assertThat(browser.textOf("signedOutNotice")).isEqualTo("You have signed out.");
        }
    }

    /** Creates an account as the administrator and returns its one-time password. */
    static String createAccount(Browser browser, String username, String fullName, String email) {
        browser.signIn("avery.admin", DEMO_PASSWORD);
        browser.go("admin/users.xhtml");
        browser.type("newPerson:username", username);
        browser.type("newPerson:fullName", fullName);
        browser.type("newPerson:email", email);
        choose(browser, "newPerson:agency", "Safe Harbour Children's Charity");
        browser.driver().findElement(By.cssSelector("label[for='newPerson:roles:2']")).click();
        browser.click("newPerson:create");
        return browser.waitFor(By.id("temporaryPassword")).getText();
    }

    static void choose(Browser browser, String menuId, String label) {
        browser.choose(menuId, label);
    }

    /**
     * A link in an e-mail opened from webmail comes from another site: the person must arrive signed
     * in (SameSite=Lax), while a form on another site posting to the portal is refused (Origin check).
     * "localhost" and "127.0.0.1" are different sites to the browser, so the page below is cross-site.
     */
    @Test
    void aLinkFromAnotherSiteArrivesSignedInButAFormFromAnotherSiteIsRefused() throws Exception {
        String portal = base.toString().replace("://localhost:", "://127.0.0.1:");
        com.sun.net.httpserver.HttpServer otherSite = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        String page = "<!DOCTYPE html><html><body><a id=\"go\" href=\"" + portal + "boards/index.xhtml\">Your boards</a>"
                + "<form id=\"forged\" method=\"post\" action=\"" + portal + "index.xhtml\">"
                + "<input type=\"hidden\" name=\"signOutForm\" value=\"signOutForm\"><button id=\"send\">Send</button></form></body></html>";
        otherSite.createContext("/", exchange -> {
            byte[] body = page.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        otherSite.start();
        try (Browser browser = Browser.open(base)) {
            browser.signIn("casey.chair", DEMO_PASSWORD);
            browser.waitFor(By.id("sections"));
            String mail = "http://localhost:" + otherSite.getAddress().getPort() + "/mail";
            browser.driver().get(mail);
            browser.click("go");
            browser.waitFor(By.id("myBoards"));
            assertThat(browser.currentPath()).startsWith("/boards/index.xhtml");

            // Another site's form (here: "sign out") reaches the portal without the session cookie (Lax), so it
            // acts for nobody: the person is still signed in. (SecurityHeadersIT checks the Origin refusal
            // for a post that does carry the cookie.)
            browser.driver().get(mail);
            WebElement otherPage = browser.waitFor(By.id("send"));
            browser.click("send");
            browser.waitUpTo(20)
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(otherPage));
            browser.go("boards/index.xhtml");
            browser.waitFor(By.id("myBoards"));
            assertThat(browser.currentPath()).startsWith("/boards/index.xhtml");
        } finally {
            otherSite.stop(0);
        }
    }
}
