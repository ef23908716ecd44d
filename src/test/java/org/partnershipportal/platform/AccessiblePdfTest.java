package org.partnershipportal.platform;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.partnershipportal.platform.AccessiblePdf.Cell;
import org.partnershipportal.platform.AccessiblePdf.Style;
import org.partnershipportal.testsupport.TaggedPdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AccessiblePdfTest {

    static final Style BODY = new Style(10, false, Color.BLACK);
    static final Style BOLD = new Style(10, true, Color.BLACK);

    @Test
    void aTableLongerThanAPageKeepsOneHeaderRowInTheStructureAndEveryRowInOrder() throws Exception {
        AccessiblePdf pdf = new AccessiblePdf(PDRectangle.A4, 48, "Attendance", "en-GB");
        pdf.heading(1, "Attendance", new Style(16, true, Color.BLUE));
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of(Cell.of("Member " + i, BODY), Cell.of(i % 2 == 0 ? "Present" : "Apologies", BODY)));
        }
        pdf.table(new float[]{2, 1}, List.of(Cell.of("Name", BOLD), Cell.of("Attendance", BOLD)), rows, false);

        TaggedPdf read = new TaggedPdf(pdf.toBytes());

        assertThat(read.untaggedText).isEmpty();
        TaggedPdf.Element table = read.root.kids().get(0).all("Table").get(0);
        // Headers drawn again on later pages are artifacts: a screen reader hears them once.
        assertThat(table.all("TH")).extracting(TaggedPdf.Element::allText).containsExactly("Name", "Attendance");
        assertThat(table.kids()).hasSize(121);
        assertThat(table.kids().get(120).allText()).isEqualTo("Member 120 Present");
        assertThat(read.root.allText()).containsSubsequence("Member 1 ", "Member 60 ", "Member 119 ");
    }

    /**
     * A flag's definition may hold 4,000 characters in a narrow column: the row continues on the next
     * pages, nothing runs off a page, and the structure still holds one row with all of its text.
     */
    @Test
    void aRowTallerThanAPageContinuesOnTheNextPagesWithNoTextLost() throws Exception {
        AccessiblePdf pdf = new AccessiblePdf(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()), 36,
                "Flags compared", "en-GB");
        StringBuilder definition = new StringBuilder();
        for (int word = 1; definition.length() < 4_000; word++) {
            definition.append("word").append(word).append(' ');
        }
        List<Cell> headers = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        for (int agency = 1; agency <= 6; agency++) {
            headers.add(Cell.of("Agency " + agency, BOLD));
            cells.add(Cell.of(agency == 3 ? definition.toString().trim() : "Short definition " + agency, BODY));
        }
        pdf.table(new float[]{1, 1, 1, 1, 1, 1}, headers, List.of(List.copyOf(cells)), false);

        byte[] bytes = pdf.toBytes();
        TaggedPdf read = new TaggedPdf(bytes);

        TaggedPdf.Element table = read.root.kids().get(0).all("Table").get(0);
        assertThat(table.kids()).as("the header row and one row").hasSize(2);
        assertThat(table.kids().get(1).all("TD").get(2).allText().replace(" ", ""))
                .isEqualTo(definition.toString().replace(" ", ""));
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).as("the row runs over several pages").isGreaterThan(1);
            OffThePage reader = new OffThePage();
            String drawn = reader.getText(document);
            String lastWord = definition.toString().trim().substring(definition.toString().trim().lastIndexOf(' ') + 1);
            assertThat(drawn).containsPattern("\\bword1\\b").containsPattern("\\bword300\\b").containsPattern("\\b" + lastWord + "\\b");
            assertThat(reader.offThePage).as("text drawn outside its page").isEmpty();
        }
    }

    /** Text whose glyphs lie outside the page they are drawn on: no reader or printer shows it. */
    static final class OffThePage extends org.apache.pdfbox.text.PDFTextStripper {
        final List<String> offThePage = new ArrayList<>();

        @Override
        protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) throws java.io.IOException {
            float height = getCurrentPage().getMediaBox().getHeight();
            if (positions.stream().anyMatch(p -> p.getYDirAdj() < 0 || p.getYDirAdj() > height)) {
                offThePage.add(text);
            }
            super.writeString(text, positions);
        }
    }

    @Test
    void longTextWrapsWithinThePageAndACharacterTheFontLacksBecomesAQuestionMark() throws Exception {
        AccessiblePdf pdf = new AccessiblePdf(PDRectangle.A4, 48, "Minutes", "en-GB");
        String minutes = "The board agreed the protocol. ".repeat(40) + "Thumbs up \uD83D\uDC4D from the chair.";
        pdf.paragraph(minutes, BODY);

        TaggedPdf read = new TaggedPdf(pdf.toBytes());

        TaggedPdf.Element paragraph = read.root.kids().get(0).kids().get(0);
        assertThat(paragraph.type()).isEqualTo("P");
        assertThat(paragraph.allText()).startsWith("The board agreed the protocol.").endsWith("Thumbs up ? from the chair.");
        assertThat(paragraph.allText().replace(" ", "")).isEqualTo(minutes.replace("\uD83D\uDC4D", "?").replace(" ", ""));
    }
}
