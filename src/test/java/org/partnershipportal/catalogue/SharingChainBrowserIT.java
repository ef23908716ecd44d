package org.partnershipportal.catalogue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.partnershipportal.platform.Wording;
import org.partnershipportal.testsupport.AuditTrail;
import org.partnershipportal.testsupport.Browser;
import org.partnershipportal.testsupport.ClockControl;
import org.partnershipportal.testsupport.PortalClient;
import org.partnershipportal.testsupport.RequestSteps;
import org.partnershipportal.testsupport.SharedPortal;
import org.partnershipportal.testsupport.TestFiles;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/**
 * From a board's ask to data a partner may lawfully share (issue 18), in a real Chromium on the demo
 * partnership: the chain for the missing-children ask shows the police's covered dataset and the
 * council → health gap (the health agreement expired); an answer sharing personal data without a
 * covering agreement is refused and audited; a data lead records an agreement that can only be
 * signed once it is complete; the parties' data leads are reminded once a month before an agreement's
 * review date, and once the date has passed it is expired everywhere and covers no answer (the portal's
 * clock moved by the test, not waited for).
 */
@UsesDemoPartnership
class SharingChainBrowserIT {

    static final String MISSING_ASK = "Where do children go missing from, and where are they found?";
    /** The demo's signed agreements: return home interviews between the council and the police, and missing children among police, council and health. */
    static final String RHI_POLICE = "ISA-KV-2025-07";
    static final String MISSING_AGREEMENT = "ISA-KV-2024-03";

    /** The portal e-mails requesters and data leads; a mail server keeps it from waiting on a refused connection. */
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.mail.port", 33025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    final URL base = SharedPortal.base();

    @Test
    void theChainForTheMissingChildrenAskShowsOneCoveredDatasetAndOneGap() throws Exception {
        try (Browser riley = Browser.open(base)) {
            riley.signInOverHttp("riley.reviewer", DEMO_PASSWORD);
            riley.go("catalogue/asks.xhtml");
            riley.clickLink(MISSING_ASK);
            riley.click("sharingChain");
            riley.waitFor(By.id("gaps"));
            List<String> gaps = riley.driver().findElements(By.cssSelector("#gaps li.gap")).stream().map(WebElement::getText).toList();
            assertThat(gaps).containsExactly("No current agreement covers KVC → KICB for Return home interviews (ISA-KV-2022-02 has expired)");
            List<WebElement> datasets = riley.driver().findElements(By.cssSelector("section.chain-dataset"));
            assertThat(datasets).hasSize(2);
            WebElement missing = datasets.stream().filter(s -> s.getText().contains("Missing person reports (under 18)")).findFirst().orElseThrow();
            assertThat(missing.getAttribute("class")).contains("covered");
            assertThat(missing.getText()).contains("Covered").contains("KSP → KICB: Missing children: police, council and health (ISA-KV-2024-03)")
                    .contains("KSP relies on 6(1)(e) Public task");
            WebElement rhi = datasets.stream().filter(s -> s.getText().contains("Return home interviews")).findFirst().orElseThrow();
            assertThat(rhi.getAttribute("class")).contains("gap");
            assertThat(rhi.getText()).contains("KVC → KSP: Return home interviews: council and police")
                    .contains("KVC → KICB: no current agreement (ISA-KV-2022-02 Expired)");
            String chainPath = riley.currentPath();
            long askId = Long.parseLong(chainPath.substring(chainPath.indexOf("ask=") + 4));
            riley.screenshot("sharing-chain");
            riley.viewportWidth(390);
            riley.screenshot("sharing-chain-phone");
            riley.viewportWidth(1366);

            riley.go("catalogue/gaps.xhtml");
            riley.waitForText(By.id("noAgreement"), "No current agreement covers KVC → KICB for Return home interviews");
            riley.go("catalogue/agreements.xhtml");
            riley.waitForText(By.id("agreements"), "Return home interviews: council and health");
            WebElement expiredRow = riley.driver().findElements(By.cssSelector("#agreements tbody tr")).stream()
                    .filter(r -> r.getText().contains("ISA-KV-2022-02")).findFirst().orElseThrow();
            assertThat(expiredRow.getText()).contains("Expired");
            riley.screenshot("sharing-agreements");
            assertThat(riley.driver().findElements(By.id("newAgreement"))).as("a board member reads the register, does not keep it").isEmpty();
            assertThat(riley.consoleErrors()).isEmpty();

            // The same chain for programs, and in the CSV export.
            PortalClient api = new PortalClient(base);
            api.signIn("riley.reviewer", DEMO_PASSWORD);
            var chain = api.get("api/sharing/chains/" + askId);
            assertThat(chain.statusCode()).isEqualTo(200);
            assertThat(chain.body()).contains("\"gaps\":[\"No current agreement covers KVC → KICB for Return home interviews (ISA-KV-2022-02 has expired)\"]")
                    .contains("\"expiredAgreement\":\"ISA-KV-2022-02\"")
                    .contains("\"agreement\":\"ISA-KV-2024-03\"");
            var csv = api.get("api/sharing/chains.csv");
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.body().lines()).anySatisfy(line -> assertThat(line).contains("Return home interviews").contains(",KVC,KICB,no,ISA-KV-2022-02 (expired),"));
            assertThat(csv.body().lines()).anySatisfy(line -> assertThat(line).contains("Missing person reports (under 18)").contains(",KSP,KICB,yes,ISA-KV-2024-03,"));
            var register = api.get("api/sharing/agreements.csv");
            assertThat(register.body().lines()).anySatisfy(line -> assertThat(line).contains("ISA-KV-2022-02").contains(",Expired,"));
        }
    }

    @Test
    void answeringWithPersonalDataWithoutACoveringAgreementIsRefusedAndAudited() throws Exception {
        String needed = "Named found locations for the agreement test " + UUID.randomUUID();
        String requestPath = raiseOnTheMissingAsk(needed);
        try (Browser pat = Browser.open(base)) {
            pat.signInOverHttp("pat.policedata", DEMO_PASSWORD);
            pat.go(requestPath);
            RequestSteps.acceptAndStart(pat);
            pat.type("answerForm:answerText", "Found locations by child, for the 40 children found more than twice.");
            pat.type("answerForm:answerLink", "https://reports.kestrel-vale.example/found-locations");
            pat.clickCss("label[for='answerForm:sharesPersonal:1']");
            pat.click("answerForm:sendAnswer");
            pat.waitForText(By.id("answerForm"), "This answer shares personal data from Missing person reports (under 18)");
            assertThat(pat.textOf("requestStatus")).contains("In progress");

            pat.choose("answerForm:answerAgreement", "ISA-KV-2025-07: Return home interviews: council and police");
            pat.click("answerForm:sendAnswer");
            pat.waitForText(By.id("answerForm"), "No current agreement covers KSP → KVC for Missing person reports (under 18)");
            assertThat(pat.textOf("requestStatus")).contains("In progress");
            pat.screenshot("answer-refused-no-agreement");

            pat.choose("answerForm:answerAgreement", "ISA-KV-2024-03: Missing children: police, council and health");
            pat.click("answerForm:sendAnswer");
            pat.waitForText(By.id("requestStatus"), "Answered");
        }
        try (Browser casey = Browser.open(base)) {
            casey.signInOverHttp("casey.chair", DEMO_PASSWORD);
            casey.go(requestPath);
            casey.waitForText(By.id("answerSharing"), "Shares personal data under ISA-KV-2024-03: Missing children: police, council and health");
        }
        PortalClient admin = new PortalClient(base);
        admin.signIn("avery.admin", DEMO_PASSWORD);
        List<AuditTrail.Row> refusals = AuditTrail.filtered(admin, null, null, "ANSWER_REFUSED_NO_AGREEMENT").stream()
                .filter(row -> row.concerning().contains(needed.substring(0, 30))).toList();
        assertThat(refusals).hasSize(2);
        assertThat(refusals).allSatisfy(row -> assertThat(row.who()).contains("pat.policedata"));
    }

    /**
     * A police board member asks for police data: the police's answer with personal data stays within one agency, so it
     * needs no sharing agreement, and the data lead is not asked for one; the requester sees why none was named.
     */
    @Test
    void anAnswerToSomeoneOfTheAnsweringAgencyNeedsNoSharingAgreement() throws Exception {
        String needed = "Named found locations within the police, for the own-agency test " + UUID.randomUUID();
        String requestPath = RequestSteps.raise(base, "blake.boardmember", MISSING_ASK, needed, "To brief the missing persons unit.");
        try (Browser pat = Browser.open(base)) {
            pat.signInOverHttp("pat.policedata", DEMO_PASSWORD);
            pat.go(requestPath);
            RequestSteps.acceptAndStart(pat);
            assertThat(pat.textOf("noAgreementNeeded")).isEqualTo("The requester works for KSP too: personal data stays within the agency, so no sharing agreement is needed.");
            assertThat(pat.driver().findElements(By.id("answerForm:answerAgreement_input"))).as("no agreement to choose").isEmpty();
            pat.type("answerForm:answerText", "Found locations by child, for the 40 children found more than twice.");
            pat.type("answerForm:answerLink", "https://reports.kestrel-vale.example/found-locations-police");
            pat.clickCss("label[for='answerForm:sharesPersonal:1']");
            pat.screenshot("answer-within-the-agency");
            pat.click("answerForm:sendAnswer");
            pat.waitForText(By.id("requestStatus"), "Answered");
        }
        try (Browser blake = Browser.open(base)) {
            blake.signInOverHttp("blake.boardmember", DEMO_PASSWORD);
            blake.go(requestPath);
            blake.waitForText(By.id("answer"), "Found locations by child");
            assertThat(blake.textOf("answerSharing")).isEqualTo("Shares personal data within KSP, the requester’s own agency: no sharing agreement needed.");
        }
    }

    @Test
    void aDataLeadRecordsAnAgreementThatCanBeSignedOnlyWhenComplete() throws Exception {
        String reference = "ISA-T-" + UUID.randomUUID().toString().substring(0, 8);
        PortalClient admin = PortalClient.signedIn(base, "avery.admin", DEMO_PASSWORD);
        long before = AuditTrail.newest(AuditTrail.filtered(admin, "dana.datalead", null, "AGREEMENT_CHANGED"));
        try (Browser dana = Browser.open(base)) {
            dana.signInOverHttp("dana.datalead", DEMO_PASSWORD);
            dana.go("catalogue/agreements.xhtml");
            dana.waitFor(By.id("newAgreement")).click();
            dana.waitFor(By.id("agreementForm:title"));
            dana.type("agreementForm:title", "CAMHS waiting times for the community safety partnership");
            dana.type("agreementForm:reference", reference);
            dana.type("agreementForm:purpose", "To see whether children at risk of exploitation get mental health help in time.");
            dana.type("agreementForm:retention", "Pseudonymised extracts deleted after 6 months.");
            dana.choose("agreementForm:partyAgency", "KSP: Kestrelshire Police");
            dana.choose("agreementForm:partyBasis", "6(1)(e) Public task");
            dana.click("agreementForm:create");
            dana.waitForText(By.id("agreementForm"), "Start with your own agency as a party");

            dana.choose("agreementForm:partyAgency", "KICB: Kestrel Vale Integrated Care Board");
            dana.click("agreementForm:create");
            dana.waitForText(By.id("agreementStatus"), "Draft");
            assertThat(dana.textOf("parties")).contains("Kestrel Vale Integrated Care Board: 6(1)(e) Public task");

            saveWithStatus(dana, "Signed");
            dana.waitForText(By.id("agreementForm"), "A signed agreement has two parties or more");
            dana.go(dana.currentPath().substring(1));
            dana.waitForText(By.id("agreementStatus"), "Draft");

            dana.choose("partyForm:partyAgency", "KCS: Kestrel Vale Community Safety & Violence Reduction Unit");
            dana.choose("partyForm:partyBasis", "6(1)(e) Public task");
            dana.click("partyForm:setParty");
            dana.waitForText(By.id("parties"), "Kestrel Vale Community Safety");
            dana.driver().findElements(By.cssSelector("#datasetForm\\:datasets label")).stream()
                    .filter(l -> l.getText().equals("KICB: Exploitation concerns recorded in primary care")).findFirst().orElseThrow().click();
            List<String> coverable = dana.driver().findElements(By.cssSelector("#datasetForm\\:datasets label")).stream().map(WebElement::getText).toList();
            assertThat(coverable).allSatisfy(label -> assertThat(label).matches("(KICB|KCS): .*"));
            dana.click("datasetForm:cover");
            dana.waitForText(By.tagName("body"), "Datasets saved.");
            // Primary care's exploitation concerns are special category data: each party needs its Article 9 and Schedule 1 condition before it is signed.
            saveWithStatus(dana, "Signed");
            dana.waitForText(By.id("agreementForm"), "give the Article 9/10 and DPA 2018 Schedule 1 condition for KCS, KICB");
            dana.go(dana.currentPath().substring(1));
            dana.waitForText(By.id("agreementStatus"), "Draft");
            for (String party : List.of("KICB: Kestrel Vale Integrated Care Board", "KCS: Kestrel Vale Community Safety & Violence Reduction Unit")) {
                dana.choose("partyForm:partyAgency", party);
                dana.choose("partyForm:partyBasis", "6(1)(e) Public task");
                dana.type("partyForm:partyCondition", "Art. 9(2)(h) health care; DPA 2018 Schedule 1, para 18: safeguarding of children");
                dana.click("partyForm:setParty");
                dana.waitForText(By.id("parties"), party.substring(party.indexOf(": ") + 2) + ": 6(1)(e) Public task; Art. 9(2)(h)");
            }
            assertThat(dana.textOf("parties")).contains("Kestrel Vale Community Safety & Violence Reduction Unit: 6(1)(e) Public task; Art. 9(2)(h)");
            // Without a review date a signed agreement would cover sharing for ever; without its signed copy, "signed" is only a claim.
            saveWithStatus(dana, "Signed");
            dana.waitForText(By.id("agreementForm"), "A signed agreement has a review date");
            dana.go(dana.currentPath().substring(1));
            dana.typeDate("agreementForm:reviewOn", LocalDate.now().plusYears(2).toString());
            saveWithStatus(dana, "Signed");
            dana.waitForText(By.id("agreementForm"), "Attach the signed PDF first: an agreement is marked signed once its signed copy is here");
            dana.go(dana.currentPath().substring(1));
            dana.waitForText(By.id("agreementStatus"), "Draft");
            assertThat(dana.textOf("reviewOn")).as("a refused save changes nothing").isEmpty();

            attachSignedPdf(dana, "signed-agreement", "Signed information sharing agreement " + reference);
            dana.waitForText(By.id("signedDocument"), "signed-agreement");
            dana.typeDate("agreementForm:reviewOn", LocalDate.now().plusYears(2).toString());
            saveWithStatus(dana, "Signed");
            dana.waitForText(By.id("agreementStatus"), "Signed");
            dana.screenshot("sharing-agreement");

            // Signed, its terms are what its parties signed: a party's data lead cannot widen them in place.
            assertThat(dana.textOf("termsFixed")).isEqualTo("This agreement is recorded as signed: its parties, datasets, purpose and retention change only"
                    + " in a draft. To vary them, set its status to Draft and save first: it then covers no sharing until it is marked signed again.");
            assertThat(dana.driver().findElements(By.id("partyForm"))).as("no party to add").isEmpty();
            assertThat(dana.driver().findElements(By.id("datasetForm"))).as("no dataset to add").isEmpty();
            assertThat(dana.driver().findElements(By.id("remove:removeParty"))).as("no party to remove").isEmpty();
            assertThat(dana.driver().findElement(By.id("agreementForm:purpose")).isEnabled()).isFalse();
            // Varied the way it is on paper: back to draft (covering no sharing), changed, signed again.
            saveWithStatus(dana, "Draft");
            dana.waitForText(By.id("agreementStatus"), "Draft");
            dana.waitFor(By.id("partyForm"));
            dana.type("agreementForm:purpose", "To see whether children at risk of exploitation get mental health help in time, and how long they wait.");
            dana.click("agreementForm:save");
            // The PDF attached before the variation was signed on the earlier terms: it cannot be signed again on it.
            dana.waitForText(By.id("signedDocument"), "Signed on earlier terms");
            saveWithStatus(dana, "Signed");
            dana.waitForText(By.id("agreementForm"), "The attached PDF was signed before its terms last changed: attach the signed copy of these terms first");
            attachSignedPdf(dana, "signed-variation", "Signed variation of information sharing agreement " + reference);
            dana.waitForText(By.id("signedDocument"), "signed-variation");
            assertThat(dana.driver().findElements(By.id("documentOnEarlierTerms"))).isEmpty();
            saveWithStatus(dana, "Signed");
            dana.waitForText(By.id("agreementStatus"), "Signed");
        }
        assertThat(AuditTrail.after(before, AuditTrail.filtered(admin, "dana.datalead", null, "AGREEMENT_CHANGED")).stream().map(AuditTrail.Row::detail)
                .filter(d -> d.startsWith("status ")).toList()).as("newest first")
                .containsExactly("status DRAFT -> SIGNED", "status SIGNED -> DRAFT", "status DRAFT -> SIGNED; review none -> " + LocalDate.now().plusYears(2));
        try (Browser pat = Browser.open(base)) {
            pat.signInOverHttp("pat.policedata", DEMO_PASSWORD);
            pat.go("catalogue/agreements.xhtml");
            pat.clickLink("CAMHS waiting times for the community safety partnership");
            pat.waitForText(By.id("agreementStatus"), "Signed");
            assertThat(pat.textOf("signedDocument")).contains("signed-variation").doesNotContain("earlier terms");
            assertThat(pat.driver().findElement(By.cssSelector("#agreementBody p.prewrap")).getText())
                    .isEqualTo("To see whether children at risk of exploitation get mental health help in time, and how long they wait.");
            assertThat(pat.driver().findElements(By.id("agreementForm:save"))).as("the police are not a party: they read it only").isEmpty();
        }
    }

    /** Chooses the agreement's status and saves the agreement's form. */
    private static void saveWithStatus(Browser maintainer, String status) {
        maintainer.choose("agreementForm:status", status);
        maintainer.click("agreementForm:save");
    }

    /** Attaches a new PDF, named from {@code prefix}, as the agreement's signed copy. */
    private static void attachSignedPdf(Browser maintainer, String prefix, String text) throws java.io.IOException {
        Path pdf = Files.createTempFile(prefix, ".pdf");
        TestFiles.writePdf(pdf, text);
        maintainer.attach("documentForm", pdf);
        maintainer.click("documentForm:attach");
    }

    @Test
    void anAgreementDueForReviewRemindsItsPartiesOnceAndIsExpiredEverywhereOnceItsDatePasses() throws Exception {
        PortalClient admin = new PortalClient(base);
        admin.signIn("avery.admin", DEMO_PASSWORD);
        LocalDate reviewOn = reviewDateOf(admin, RHI_POLICE);
        try (Browser avery = Browser.open(base)) {
            avery.signInOverHttp("avery.admin", DEMO_PASSWORD);
            // More than a month before its review date: nobody is reminded yet.
            ClockControl.moveToNoonOn(admin, reviewOn.minusMonths(1).minusDays(1));
            runReviewReminders(avery);
            assertThat(reviewMails(RHI_POLICE)).isEmpty();

            // A month before: one reminder to each data lead of the parties (KVC and KSP: the demo's Lee and Pat, and
            // any data lead another test gave them), however often the job runs; none to KICB's.
            ClockControl.moveToNoonOn(admin, reviewOn.minusMonths(1));
            runReviewReminders(avery);
            String report = avery.textOf("messages");
            avery.screenshot("agreement-review-reminders-admin");
            runReviewReminders(avery);
            List<String> partiesLeads = reviewMails(RHI_POLICE).stream().map(SharingChainBrowserIT::recipient).toList();
            assertThat(partiesLeads).contains("lee.councildata@kestrel-vale.example", "pat.policedata@kestrel-vale.example")
                    .doesNotContain("dana.datalead@kestrel-vale.example").doesNotHaveDuplicates();
            assertThat(report).contains("1 review reminder sent to " + partiesLeads.size() + " data leads");
            assertThat(reviewMails(RHI_POLICE)).allSatisfy(m -> assertThat(m.getSubject()).contains(Wording.date(reviewOn)));
            assertThat(GreenMailUtil.getBody(reviewMails(RHI_POLICE).get(0))).contains("Return home interviews: council and police")
                    .contains("catalogue/agreement.xhtml?id=");
            assertThat(AuditTrail.filtered(admin, null, null, "AGREEMENT_REVIEW_REMINDED").stream()
                    .filter(row -> row.detail().startsWith("review by " + reviewOn + ":"))).hasSize(1);

            // KSP's data lead sees the reminder on the agreement and records the review date the parties agreed: that date earns its own reminder.
            LocalDate newReview = reviewOn.plusDays(14);
            try (Browser pat = Browser.open(base)) {
                pat.signInOverHttp("pat.policedata", DEMO_PASSWORD);
                pat.go("catalogue/agreements.xhtml");
                pat.clickLink("Return home interviews: council and police");
                pat.waitForText(By.id("reviewReminders"), "for the review by " + Wording.date(reviewOn));
                // A date already past is refused: the agreement would stop covering sharing the moment it was saved.
                pat.typeDate("agreementForm:reviewOn", reviewOn.minusMonths(1).minusDays(1).toString());
                pat.click("agreementForm:save");
                pat.waitForText(By.id("agreementForm"), "Choose a review date from today on");
                pat.driver().get(pat.driver().getCurrentUrl());
                pat.waitForText(By.id("reviewOn"), Wording.date(reviewOn));
                pat.typeDate("agreementForm:reviewOn", newReview.toString());
                pat.scrollTo("agreementForm:reviewOn");
                pat.screenshot("agreement-form-review-date");
                pat.click("agreementForm:save");
                pat.waitForText(By.id("reviewOn"), Wording.date(newReview));
            }
            runReviewReminders(avery);
            assertThat(reviewMails(RHI_POLICE)).as("the new date is more than a month away").hasSize(partiesLeads.size());
            ClockControl.moveToNoonOn(admin, newReview.minusMonths(1));
            runReviewReminders(avery);
            runReviewReminders(avery);
            assertThat(reviewMails(RHI_POLICE)).hasSize(2 * partiesLeads.size());
            assertThat(reviewMails(RHI_POLICE).stream().filter(m -> subjectOf(m).contains(Wording.date(newReview)))).extracting(SharingChainBrowserIT::recipient)
                    .containsExactlyInAnyOrderElementsOf(partiesLeads);

            // The day after the new review date it has expired wherever it is named, and covers nothing.
            ClockControl.moveToNoonOn(admin, newReview.plusDays(1));
            runReviewReminders(avery);
            assertThat(reviewMails(RHI_POLICE)).as("no reminder for an expired agreement").hasSize(2 * partiesLeads.size());
            try (Browser riley = Browser.open(base)) {
                riley.signInOverHttp("riley.reviewer", DEMO_PASSWORD);
                riley.go("catalogue/agreements.xhtml");
                riley.waitFor(By.id("agreements"));
                assertThat(registerRow(riley, RHI_POLICE)).contains("Expired").doesNotContain("Signed");
                assertThat(registerRow(riley, MISSING_AGREEMENT)).contains("Signed");
                riley.clickLink("Return home interviews: council and police");
                riley.waitForText(By.id("agreementStatus"), "Expired");
                assertThat(riley.textOf("agreementStatus")).contains("Its review date has passed, so it no longer covers sharing.");
                String agreementPath = riley.currentPath();
                long agreementId = Long.parseLong(agreementPath.substring(agreementPath.indexOf("id=") + 3));
                riley.screenshot("agreement-expired");
                riley.viewportWidth(390);
                riley.screenshot("agreement-expired-phone");
                riley.viewportWidth(1366);

                riley.clickLink("KVC: Return home interviews");
                riley.waitFor(By.id("datasetAgreements"));
                WebElement listed = riley.driver().findElements(By.cssSelector("#datasetAgreements li")).stream()
                        .filter(li -> li.getText().contains(RHI_POLICE)).findFirst().orElseThrow();
                assertThat(listed.getText()).startsWith("Expired").contains("Return home interviews: council and police");
                assertThat(listed.getAttribute("class")).contains("expired");
                riley.scrollTo("agreementsHeading");
                riley.screenshot("dataset-agreements");
                riley.viewportWidth(390);
                riley.scrollTo("agreementsHeading");
                riley.screenshot("dataset-agreements-phone");
                riley.viewportWidth(1366);

                riley.go("catalogue/asks.xhtml");
                riley.clickLink(MISSING_ASK);
                riley.click("sharingChain");
                riley.waitFor(By.id("gaps"));
                assertThat(riley.driver().findElements(By.cssSelector("#gaps li.gap")).stream().map(WebElement::getText).toList())
                        .contains("No current agreement covers KVC → KSP for Return home interviews (ISA-KV-2025-07 has expired)");

                PortalClient api = new PortalClient(base);
                api.signIn("riley.reviewer", DEMO_PASSWORD);
                var agreement = api.get("api/sharing/agreements/" + agreementId);
                assertThat(agreement.body()).contains("\"status\":\"EXPIRED\"").contains("\"current\":false");
                assertThat(api.get("api/sharing/agreements.csv").body().lines().filter(line -> line.contains("," + RHI_POLICE + ",")))
                        .isNotEmpty().allSatisfy(line -> assertThat(line).contains(",Expired," + newReview + ","));
                assertThat(riley.consoleErrors()).isEmpty();
            }
        } finally {
            ClockControl.reset(admin);
        }
    }

    @Test
    void answeringWithAnAgreementThatExpiredWhileThePageWasOpenIsRefusedAndAudited() throws Exception {
        PortalClient admin = new PortalClient(base);
        admin.signIn("avery.admin", DEMO_PASSWORD);
        LocalDate reviewOn = reviewDateOf(admin, MISSING_AGREEMENT);
        String needed = "Found locations for the expired agreement test " + UUID.randomUUID();
        String requestPath = raiseOnTheMissingAsk(needed);
        try (Browser pat = Browser.open(base)) {
            pat.signInOverHttp("pat.policedata", DEMO_PASSWORD);
            pat.go(requestPath);
            RequestSteps.acceptAndStart(pat);
            pat.type("answerForm:answerText", "Found locations by child, for the children found more than twice.");
            pat.type("answerForm:answerLink", "https://reports.kestrel-vale.example/found-locations");
            pat.clickCss("label[for='answerForm:sharesPersonal:1']");
            pat.choose("answerForm:answerAgreement", MISSING_AGREEMENT + ": Missing children: police, council and health");

            // The agreement's review date passes while the answer is being written.
            ClockControl.moveToNoonOn(admin, reviewOn.plusDays(1));
            pat.click("answerForm:sendAnswer");
            pat.waitForText(By.id("answerForm"), MISSING_AGREEMENT + " has expired (review date " + Wording.date(reviewOn)
                    + "), so it no longer covers sharing Missing person reports (under 18) with KVC");
            assertThat(pat.textOf("requestStatus")).contains("In progress");
            pat.scrollTo("answerForm");
            pat.screenshot("answer-refused-agreement-expired");

            pat.go(requestPath);
            pat.waitFor(By.id("answerForm:answerAgreement_input"));
            List<String> offered = pat.driver().findElements(By.cssSelector("#answerForm\\:answerAgreement_input option")).stream()
                    .map(o -> o.getAttribute("textContent")).toList();
            assertThat(offered).as("an expired agreement is not offered").noneMatch(o -> o.contains(MISSING_AGREEMENT));
        } finally {
            ClockControl.reset(admin);
        }
        try (Browser casey = Browser.open(base)) {
            casey.signInOverHttp("casey.chair", DEMO_PASSWORD);
            casey.go(requestPath);
            casey.waitForText(By.id("requestStatus"), "In progress");
            assertThat(casey.driver().findElements(By.id("answerSharing"))).as("no answer reached the requester").isEmpty();
        }
        List<AuditTrail.Row> refusals = AuditTrail.filtered(admin, null, null, "ANSWER_REFUSED_NO_AGREEMENT").stream()
                .filter(row -> row.concerning().contains(needed.substring(0, 30))).toList();
        assertThat(refusals).hasSize(1);
        assertThat(refusals.get(0).who()).contains("pat.policedata");
        assertThat(refusals.get(0).detail()).contains(MISSING_AGREEMENT + " has expired");
    }

    // ---- helpers

    /** Raises a request on the missing-children ask as Casey, the partnership's chair (KVC); returns its path. */
    private String raiseOnTheMissingAsk(String needed) throws IOException {
        return RequestSteps.raise(base, "casey.chair", MISSING_ASK, needed, "To plan return home interviews where children are found.");
    }

    /** An agreement's review date as the register's CSV gives it. */
    private static LocalDate reviewDateOf(PortalClient reader, String reference) throws IOException, InterruptedException {
        try (CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(reader.get("api/sharing/agreements.csv").body()))) {
            return csv.stream().filter(row -> row.get("reference").equals(reference)).map(row -> LocalDate.parse(row.get("review_on"))).findFirst()
                    .orElseThrow(() -> new AssertionError("No agreement " + reference + " in the register"));
        }
    }

    /** The administrator's "send now" on the service levels page; review mails leave as each reminder commits, before the page answers. */
    private static void runReviewReminders(Browser admin) {
        admin.go("admin/service-levels.xhtml");
        admin.waitFor(By.id("reviews:runReviews"));
        assertThat(admin.driver().findElements(By.cssSelector("#messages .ui-messages-info"))).as("no result before the run").isEmpty();
        admin.click("reviews:runReviews");
        admin.waitForText(By.id("messages"), "due for review within a month");
    }

    private static List<MimeMessage> reviewMails(String reference) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> subjectOf(m).startsWith("Sharing agreement due for review")
                && subjectOf(m).endsWith(": " + reference)).toList();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String registerRow(Browser browser, String reference) {
        return browser.driver().findElements(By.cssSelector("#agreements tbody tr")).stream().map(WebElement::getText)
                .filter(text -> text.contains(reference)).findFirst().orElseThrow(() -> new AssertionError("No row for " + reference));
    }
}
