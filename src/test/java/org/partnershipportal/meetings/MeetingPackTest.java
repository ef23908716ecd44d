package org.partnershipportal.meetings;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipportal.testsupport.PdfPages;
import org.partnershipportal.testsupport.TaggedPdf;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.testsupport.TestData.agendaItem;
import static org.partnershipportal.testsupport.TestData.board;
import static org.partnershipportal.testsupport.TestData.meeting;

/**
 * The meeting pack with its papers, built without a server: PDF papers merged whole where the contents
 * list says they are, every page numbered, bookmarks to each item and paper, a Word paper listed to open
 * separately, and a broken PDF listed rather than breaking the pack.
 */
class MeetingPackTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 10);

    @TempDir
    Path files;

    @Test
    void pdfPapersAreMergedWhereTheContentsSaysAndOtherPapersAreListedToOpenSeparately() throws Exception {
        Meeting meeting = meeting(board("CSP"), DAY.atTime(10, 0));
        AgendaItem first = agendaItem(meeting, 1, "Exploitation hotspots");
        AgendaItem second = agendaItem(meeting, 2, "Performance report");
        Paper alpha = paper(first, "alpha-briefing.pdf", PaperType.PDF);
        Paper workbook = paper(first, "dataset.xlsx", PaperType.XLSX);
        Paper broken = paper(second, "scanned-letter.pdf", PaperType.PDF);
        Paper gamma = paper(second, "gamma-report.pdf", PaperType.PDF);
        Map<Paper, Path> pdfs = new IdentityHashMap<>();
        pdfs.put(alpha, pdf("alpha.pdf", List.of("Alpha briefing text one", "Alpha briefing text two"), null));
        pdfs.put(broken, Files.writeString(files.resolve("broken.pdf"), "%PDF-1.7 this is not really a PDF"));
        pdfs.put(gamma, pdf("gamma.pdf", List.of("Gamma report text one", "Gamma report text two", "Gamma report text three"), "Gamma summary"));
        Meetings.MeetingView view = new Meetings.MeetingView(meeting, null,
                List.of(new Meetings.ItemView(first, List.of(alpha, workbook), List.of()),
                        new Meetings.ItemView(second, List.of(broken, gamma), List.of())),
                List.of(), false, null, List.of(), null, null, LocalDate.of(2027, 6, 14), List.of());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MeetingPack.write(view, pdfs, out);
        PdfPages pack = new PdfPages(out.toByteArray());

        int own = pack.pageWith("No actions.");
        assertThat(own).as("the pack's own pages end with its actions").isGreaterThan(2);
        assertThat(pack.pageCount()).as("own pages and the 2 + 3 pages of the PDF papers").isEqualTo(own + 5);
        int alphaAt = pack.contentsPageOf("Paper: alpha-briefing.pdf");
        int gammaAt = pack.contentsPageOf("Paper: gamma-report.pdf");
        assertThat(alphaAt).isEqualTo(pack.pageWith("Alpha briefing text one")).isEqualTo(own + 1);
        assertThat(pack.pageWith("Alpha briefing text two")).isEqualTo(alphaAt + 1);
        assertThat(gammaAt).isEqualTo(pack.pageWith("Gamma report text one")).isEqualTo(own + 3);
        assertThat(pack.pageWith("Gamma report text three")).isEqualTo(gammaAt + 2);
        assertThat(pack.contentsPageOf("1. Exploitation hotspots")).isEqualTo(pack.pageWith("Lead: Riley Reviewer"));
        assertThat(pack.lineWith("dataset.xlsx")).contains("attached separately");
        assertThat(pack.lineWith("scanned-letter.pdf")).contains("could not be included; download it separately");
        for (int page = 1; page <= pack.pageCount(); page++) {
            assertThat(pack.pages.get(page - 1)).as("page " + page + " shows its number").containsPattern("(Page|Pack page) " + page + "\\s*$");
        }

        assertThat(pack.bookmarks).contains(
                new PdfPages.Bookmark(0, "Contents", 2),
                new PdfPages.Bookmark(1, "1. Exploitation hotspots", pack.contentsPageOf("1. Exploitation hotspots")),
                new PdfPages.Bookmark(2, "Paper: alpha-briefing.pdf", alphaAt),
                new PdfPages.Bookmark(2, "Paper: gamma-report.pdf", gammaAt),
                // The paper's own bookmark, kept beneath it and pointing at its page in the pack.
                new PdfPages.Bookmark(3, "Gamma summary", gammaAt + 1));
        assertThat(pack.bookmarks).extracting(PdfPages.Bookmark::title).doesNotContain("Paper: dataset.xlsx", "Paper: scanned-letter.pdf");

        // The pack's own pages stay fully tagged; the merged papers (untagged here) are their authors'.
        TaggedPdf tagged = new TaggedPdf(out.toByteArray(), own);
        assertThat(tagged.marked).isTrue();
        assertThat(tagged.untaggedText).isEmpty();
        assertThat(tagged.root.allText()).contains("Contents").contains("Paper: alpha-briefing.pdf");
    }


    private static Paper paper(AgendaItem item, String name, PaperType type) {
        return new Paper(item, name, type, 1000, "0".repeat(64), "test.chair", LocalDateTime.of(2026, 12, 1, 9, 0));
    }

    /** A PDF with one line of text per page, as an author's word processor would make it (untagged). */
    private Path pdf(String name, List<String> pages, String bookmarkToSecondPage) throws Exception {
        Path file = files.resolve(name);
        try (PDDocument document = new PDDocument()) {
            for (String text : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                    content.newLineAtOffset(72, 700);
                    content.showText(text);
                    content.endText();
                }
            }
            if (bookmarkToSecondPage != null) {
                PDDocumentOutline outline = new PDDocumentOutline();
                PDOutlineItem mark = new PDOutlineItem();
                mark.setTitle(bookmarkToSecondPage);
                PDPageFitDestination destination = new PDPageFitDestination();
                destination.setPage(document.getPage(1));
                mark.setDestination(destination);
                outline.addLast(mark);
                document.getDocumentCatalog().setDocumentOutline(outline);
            }
            document.save(file.toFile());
        }
        return file;
    }
}
