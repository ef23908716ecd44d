package org.partnershipportal.flags;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.platform.PageIds;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.stream.Collectors;

/** GET /flags/compare.pdf?harm=…: the comparison as a landscape PDF for a board paper. */
@WebServlet("/flags/compare.pdf")
public class ComparisonPdf extends HttpServlet {

    private static final Color BRAND = new Color(0x0b, 0x4f, 0x6c);
    private static final Color DIFFERS = new Color(0xff, 0xf1, 0xd6);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15, BRAND);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 8);
    private static final Font MUTED = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 8, Color.DARK_GRAY);

    @Inject
    Flags flags;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FlagComparison comparison = flags.compare(PageIds.parse(request.getParameter("harm")));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, pdf);
            document.open();
            document.add(new Paragraph("How partners flag " + comparison.getHarm().getName().toLowerCase(java.util.Locale.UK), TITLE));
            document.add(new Paragraph("Flags register, " + LocalDate.now() + ". Shaded cells differ from what most agencies do.", MUTED));
            if (!comparison.getGaps().isEmpty()) {
                document.add(new Paragraph("Coverage gaps: " + comparison.getGaps().stream().map(Agency::getName).collect(Collectors.joining(", "))
                        + " flag other harms but have no flag for this one.", BOLD));
            }
            document.add(new Paragraph(" "));
            int columns = comparison.getFlags().size() + 1;
            PdfPTable table = new PdfPTable(columns);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            header(table, "");
            for (Flag flag : comparison.getFlags()) {
                header(table, flag.getAgency().getShortName() + ": " + flag.getName() + (flag.getCode() == null ? "" : " (" + flag.getCode() + ")")
                        + "\n" + flag.getSystemName() + (flag.getTeam() == null ? "" : ", " + flag.getTeam()));
            }
            for (FlagComparison.Row row : comparison.getRows()) {
                PdfPCell label = new PdfPCell(new Phrase(row.label(), BOLD));
                label.setPadding(3);
                table.addCell(label);
                for (FlagComparison.Cell cell : row.cells()) {
                    PdfPCell pdfCell = new PdfPCell(new Phrase(cell.text(), cell.missing() ? MUTED : BODY));
                    pdfCell.setPadding(3);
                    if (cell.differs()) {
                        pdfCell.setBackgroundColor(DIFFERS);
                    }
                    table.addCell(pdfCell);
                }
            }
            if (comparison.getFlags().isEmpty()) {
                document.add(new Paragraph("No agency has a flag for this harm.", BODY));
            } else {
                document.add(table);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("The comparison could not be written", e);
        } finally {
            document.close();
        }
        org.partnershipportal.platform.FileTransfer.sendAttachment(response, "application/pdf", "flags-comparison.pdf", pdf.toByteArray());
    }

    private static void header(PdfPTable table, String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, BOLD));
        cell.setBackgroundColor(new Color(0xe6, 0xf0, 0xf4));
        cell.setPadding(3);
        table.addCell(cell);
    }
}
