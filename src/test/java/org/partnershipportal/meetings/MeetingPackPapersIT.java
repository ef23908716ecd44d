package org.partnershipportal.meetings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.partnershipportal.testsupport.Browser;
import org.partnershipportal.testsupport.PdfPages;
import org.partnershipportal.testsupport.PortalClient;
import org.partnershipportal.testsupport.SharedPortal;
import org.partnershipportal.testsupport.TaggedPdf;
import org.partnershipportal.testsupport.TestFiles;

import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/**
 * A chair uploads papers in Chromium and downloads the meeting pack: the two PDF papers are in it, at the
 * pages its contents list gives, every page is numbered, bookmarks lead to each paper, and the Word paper
 * is listed as attached separately. A member cannot get the papers of the draft agenda through the pack.
 */
@UsesDemoPartnership
class MeetingPackPapersIT {

    static final String SAFEGUARDING = "Children's Safeguarding Partnership";

    final URL base = SharedPortal.base();

    @TempDir
    Path files;

    @Test
    void thePackMergesThePdfPapersWhereItsContentsSaysAndListsTheWordPaperToOpenSeparately() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String alpha = "alpha-briefing-" + run + ".pdf";
        String gamma = "gamma-report-" + run + ".pdf";
        String docx = "delta-notes-" + run + ".docx";
        String meetingId;
        byte[] packBytes;
        try (Browser chair = Browser.open(base)) {
            chair.signIn("casey.chair", DEMO_PASSWORD);
            chair.go("boards/index.xhtml");
            chair.waitForText(By.id("myBoards"), SAFEGUARDING);
            chair.clickLink(SAFEGUARDING);
            chair.waitFor(By.id("yourSeat"));
            chair.click("scheduleMeeting");
            chair.type("meeting:title", "Pack meeting " + run);
            chair.setValue("meeting:date", LocalDate.now().plusDays(14).toString());
            chair.setValue("meeting:startTime", "10:00");
            chair.setValue("meeting:endTime", "12:00");
            chair.type("meeting:place", "Committee Room 3, Kestrel Vale Civic Centre");
            chair.click("meeting:schedule");
            chair.waitFor(By.id("meetingFacts"));
            String meetingPath = chair.currentPath().substring(1);
            meetingId = meetingPath.replaceAll(".*meeting=(\\d+).*", "$1");
            addItem(chair, "Hotspots " + run);
            addItem(chair, "Performance " + run);

            openItem(chair, "Hotspots " + run);
            upload(chair, TestFiles.writePdfPages(files.resolve(alpha), List.of("Alpha briefing first page " + run, "Alpha briefing second page " + run)));
            upload(chair, TestFiles.writeDocx(files.resolve(docx), "Delta notes " + run));
            chair.go(meetingPath);
            openItem(chair, "Performance " + run);
            upload(chair, TestFiles.writePdfPages(files.resolve(gamma),
                    List.of("Gamma report first page " + run, "Gamma report second page " + run, "Gamma report third page " + run)));

            packBytes = chair.download("meetings/pack.pdf?meeting=" + meetingId);
        }
        PdfPages pack = new PdfPages(packBytes);

        int own = pack.pageWith("No actions.");
        assertThat(own).as("the pack's own pages end with its actions").isGreaterThan(2);
        assertThat(pack.pageCount()).as("own pages, then the 2 + 3 pages of the PDF papers").isEqualTo(own + 5);
        int alphaAt = pack.contentsPageOf("Paper: " + alpha);
        int gammaAt = pack.contentsPageOf("Paper: " + gamma);
        assertThat(alphaAt).as("the contents' page for " + alpha).isEqualTo(own + 1).isEqualTo(pack.pageWith("Alpha briefing first page " + run));
        assertThat(pack.pageWith("Alpha briefing second page " + run)).isEqualTo(alphaAt + 1);
        assertThat(gammaAt).as("the contents' page for " + gamma).isEqualTo(own + 3).isEqualTo(pack.pageWith("Gamma report first page " + run));
        assertThat(pack.pageWith("Gamma report third page " + run)).isEqualTo(gammaAt + 2);
        assertThat(pack.lineWith(docx)).contains("attached separately");
        assertThat(pack.pageWith("Delta notes " + run)).as("the Word paper's text is not merged").isZero();
        for (int page = 1; page <= pack.pageCount(); page++) {
            assertThat(pack.pages.get(page - 1)).as("page " + page + " shows its number").containsPattern("(Page|Pack page) " + page + "\\s*$");
        }
        assertThat(pack.bookmarks).contains(
                new PdfPages.Bookmark(0, "Contents", 2),
                new PdfPages.Bookmark(2, "Paper: " + alpha, alphaAt),
                new PdfPages.Bookmark(2, "Paper: " + gamma, gammaAt));
        TaggedPdf tagged = new TaggedPdf(packBytes, own);
        assertThat(tagged.untaggedText).as("the pack's own pages, all tagged").isEmpty();

        // The agenda is still a draft: a member's pack has no items and none of its papers.
        PortalClient riley = new PortalClient(base);
        riley.signIn("riley.reviewer", DEMO_PASSWORD);
        PdfPages membersPack = new PdfPages(riley.getBytes("meetings/pack.pdf?meeting=" + meetingId).body());
        assertThat(String.join(" ", membersPack.pages)).contains("Pack meeting " + run).doesNotContain("Alpha briefing").doesNotContain("Gamma report").doesNotContain(alpha);
    }

    private static void addItem(Browser chair, String title) {
        chair.type("newItem:title", title);
        chair.click("newItem:add");
        chair.waitForText(By.id("agendaItems"), title);
    }

    private static void openItem(Browser chair, String title) {
        chair.driver().findElements(By.cssSelector("#agendaItems li.agenda-item")).stream()
                .filter(li -> li.getText().contains(title)).findFirst().orElseThrow(() -> new AssertionError("No agenda item " + title))
                .findElement(By.linkText("Papers, minutes and actions")).click();
        chair.waitFor(By.id("papers"));
    }

    private static void upload(Browser chair, Path paper) {
        chair.attach("papers", paper);
        chair.click("papers:upload");
        chair.waitForText(By.id("paperList"), paper.getFileName().toString());
    }
}
