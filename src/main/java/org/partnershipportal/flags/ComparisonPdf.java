package org.partnershipportal.flags;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.platform.AccessiblePdf;
import org.partnershipportal.platform.AccessiblePdf.Cell;
import org.partnershipportal.platform.AccessiblePdf.Style;
import org.partnershipportal.platform.FileTransfer;
import org.partnershipportal.platform.PageIds;
import org.partnershipportal.platform.PortalClock;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * GET /flags/compare.pdf?harm=…: the comparison as a landscape PDF for a board paper, tagged so a
 * screen reader reads each cell with its flag (column header) and what is compared (row header).
 */
@WebServlet("/flags/compare.pdf")
public class ComparisonPdf extends HttpServlet {

    private static final Color BRAND = new Color(0x0b, 0x4f, 0x6c);
    private static final Style TITLE = new Style(15, true, BRAND);
    private static final Style BOLD = new Style(8, true, Color.BLACK);
    private static final Style BODY = new Style(8, false, Color.BLACK);
    private static final Style MUTED = new Style(8, false, Color.DARK_GRAY);

    @Inject
    Flags flags;

    /** Days ("today", due dates) are London's, from the portal's clock (PortalClock's time policy). */
    @Inject
    PortalClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FlagComparison comparison = flags.compare(PageIds.parse(request.getParameter("harm")));
        String title = "How partners flag " + comparison.getHarm().getName().toLowerCase(Locale.UK);
        AccessiblePdf pdf = new AccessiblePdf(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()), 28, title, "en-GB");
        pdf.heading(1, title, TITLE);
        // Shading alone would not reach a screen reader, so a differing cell also says so in words.
        pdf.paragraph("Flags register, " + clock.today() + ". Shaded cells differ from what most agencies do; "
                + "they end with \"(differs from most)\".", MUTED);
        if (!comparison.getGaps().isEmpty()) {
            pdf.paragraph("Coverage gaps: " + comparison.getGaps().stream().map(Agency::getName).collect(Collectors.joining(", "))
                    + " flag other harms but have no flag for this one.", BOLD);
        }
        pdf.space(6);
        if (comparison.getFlags().isEmpty()) {
            pdf.paragraph("No agency has a flag for this harm.", BODY);
        } else {
            List<Cell> headers = new ArrayList<>();
            headers.add(Cell.of("Compared", BOLD));
            for (Flag flag : comparison.getFlags()) {
                headers.add(Cell.of(flag.getAgency().getShortName() + ": " + flag.getName() + (flag.getCode() == null ? "" : " (" + flag.getCode() + ")")
                        + "\n" + flag.getSystemName() + (flag.getTeam() == null ? "" : ", " + flag.getTeam()), BOLD));
            }
            List<List<Cell>> rows = new ArrayList<>();
            for (FlagComparison.Row row : comparison.getRows()) {
                List<Cell> cells = new ArrayList<>();
                cells.add(Cell.of(row.label(), BOLD));
                for (FlagComparison.Cell cell : row.cells()) {
                    cells.add(Cell.of(cell.text() + (cell.differs() ? " (differs from most)" : ""), cell.missing() ? MUTED : BODY)
                            .shaded(cell.differs()));
                }
                rows.add(cells);
            }
            float[] widths = new float[comparison.getFlags().size() + 1];
            java.util.Arrays.fill(widths, 1);
            pdf.table(widths, headers, rows, true);
        }
        FileTransfer.sendAttachment(response, "application/pdf", "flags-comparison.pdf", pdf.toBytes());
    }
}
