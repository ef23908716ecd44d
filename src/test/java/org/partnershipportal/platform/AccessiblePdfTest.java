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
