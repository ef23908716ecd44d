package org.partnershipportal.catalogue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.partnershipportal.testsupport.AuditTrail;
import org.partnershipportal.testsupport.Browser;
import org.partnershipportal.testsupport.PortalClient;
import org.partnershipportal.testsupport.SharedPortal;
import org.partnershipportal.testsupport.TestFiles;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/**
 * From a board's ask to data a partner may lawfully share (issue 18), in a real Chromium on the demo
 * partnership: the chain for the missing-children ask shows the police's covered dataset and the
 * council → health gap (the health agreement expired); an answer sharing personal data without a
 * covering agreement is refused and audited; a data lead records an agreement that can only be
 * signed once it is complete.
 */
class SharingChainBrowserIT {

    static final String MISSING_ASK = "Where do children go missing from, and where are they found?";

    /** The portal e-mails requesters and data leads; a mail server keeps it from waiting on a refused connection. */
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.mail.port", 33025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    final URL base = SharedPortal.base();

    @Test
    void theChainForTheMissingChildrenAskShowsOneCoveredDatasetAndOneGap() throws Exception {
        try (Browser riley = Browser.open(base)) {
            riley.signIn("riley.reviewer", DEMO_PASSWORD);
            riley.go("catalogue/asks.xhtml");
            riley.clickLink(MISSING_ASK);
            riley.click("sharingChain");
            riley.waitFor(By.id("gaps"));
            List<String> gaps = riley.driver().findElements(By.cssSelector("#gaps li.gap")).stream().map(WebElement::getText).toList();
            assertThat(gaps).containsExactly("No current agreement covers KVC → KICB for Return home interviews");
            List<WebElement> datasets = riley.driver().findElements(By.cssSelector("section.chain-dataset"));
            assertThat(datasets).hasSize(2);
            WebElement missing = datasets.stream().filter(s -> s.getText().contains("Missing person reports (under 18)")).findFirst().orElseThrow();
            assertThat(missing.getAttribute("class")).contains("covered");
            assertThat(missing.getText()).contains("Covered").contains("KSP → KICB: Missing children: police, council and health (ISA-KV-2024-03)")
                    .contains("KSP relies on 6(1)(e) Public task");
            WebElement rhi = datasets.stream().filter(s -> s.getText().contains("Return home interviews")).findFirst().orElseThrow();
            assertThat(rhi.getAttribute("class")).contains("gap");
            assertThat(rhi.getText()).contains("KVC → KSP: Return home interviews: council and police").contains("KVC → KICB: no current agreement")
                    .doesNotContain("ISA-KV-2022-02");
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
            assertThat(chain.body()).contains("\"gaps\":[\"No current agreement covers KVC → KICB for Return home interviews\"]")
                    .contains("\"agreement\":\"ISA-KV-2024-03\"");
            var csv = api.get("api/sharing/chains.csv");
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.body().lines()).anySatisfy(line -> assertThat(line).contains("Return home interviews").contains(",KVC,KICB,no,"));
            assertThat(csv.body().lines()).anySatisfy(line -> assertThat(line).contains("Missing person reports (under 18)").contains(",KSP,KICB,yes,ISA-KV-2024-03,"));
            var register = api.get("api/sharing/agreements.csv");
            assertThat(register.body().lines()).anySatisfy(line -> assertThat(line).contains("ISA-KV-2022-02").contains(",Expired,"));
        }
    }

    @Test
    void answeringWithPersonalDataWithoutACoveringAgreementIsRefusedAndAudited() throws Exception {
        String needed = "Named found locations for the agreement test " + UUID.randomUUID();
        String requestPath;
        try (Browser casey = Browser.open(base)) {
            casey.signIn("casey.chair", DEMO_PASSWORD);
            casey.go("catalogue/asks.xhtml");
            casey.clickLink(MISSING_ASK);
            casey.click("raiseRequest");
            casey.waitFor(By.id("requestForm:whatNeeded"));
            casey.type("requestForm:whatNeeded", needed);
            casey.type("requestForm:whyNeeded", "To plan return home interviews where children are found.");
            casey.setValue("requestForm:neededBy", LocalDate.now().plusDays(21).toString());
            casey.click("requestForm:submit");
            casey.waitForText(By.id("requestStatus"), "Submitted");
            requestPath = casey.currentPath().substring(1);
        }
        try (Browser pat = Browser.open(base)) {
            pat.signIn("pat.policedata", DEMO_PASSWORD);
            pat.go(requestPath);
            pat.click("workflow:accept");
            pat.waitForText(By.id("requestStatus"), "Accepted");
            pat.click("workflow:start");
            pat.waitForText(By.id("requestStatus"), "In progress");
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
            casey.signIn("casey.chair", DEMO_PASSWORD);
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

    @Test
    void aDataLeadRecordsAnAgreementThatCanBeSignedOnlyWhenComplete() throws Exception {
        String reference = "ISA-T-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser dana = Browser.open(base)) {
            dana.signIn("dana.datalead", DEMO_PASSWORD);
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

            dana.choose("agreementForm:status", "Signed");
            dana.click("agreementForm:save");
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
            dana.choose("agreementForm:status", "Signed");
            dana.click("agreementForm:save");
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
            dana.choose("agreementForm:status", "Signed");
            dana.click("agreementForm:save");
            dana.waitForText(By.id("agreementStatus"), "Signed");

            Path pdf = Files.createTempFile("signed-agreement", ".pdf");
            TestFiles.writePdf(pdf, "Signed information sharing agreement " + reference);
            dana.attach("documentForm", pdf);
            dana.click("documentForm:attach");
            dana.waitForText(By.id("signedDocument"), "signed-agreement");
            dana.screenshot("sharing-agreement");
        }
        try (Browser pat = Browser.open(base)) {
            pat.signIn("pat.policedata", DEMO_PASSWORD);
            pat.go("catalogue/agreements.xhtml");
            pat.clickLink("CAMHS waiting times for the community safety partnership");
            pat.waitForText(By.id("agreementStatus"), "Signed");
            assertThat(pat.driver().findElements(By.id("agreementForm:save"))).as("the police are not a party: they read it only").isEmpty();
        }
    }
}
