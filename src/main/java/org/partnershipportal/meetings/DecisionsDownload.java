package org.partnershipportal.meetings;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.platform.FileTransfer;
import org.partnershipportal.platform.SpreadsheetCells;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** /meetings/decisions.csv?q=: the decisions register as the reader sees it, every page of it. */
@WebServlet("/meetings/decisions.csv")
public class DecisionsDownload extends HttpServlet {

    /** A register bigger than this is a sign the search should be narrowed; the file says so in its last line. */
    private static final int MAX_PAGES = 400;

    @Inject
    Minutes minutes;

    @Inject
    AuditLog audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = request.getParameter("q");
        StringWriter out = new StringWriter();
        int written = 0;
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("Board", "Meeting date", "Meeting", "Agenda item", "Decision", "Minutes").get())) {
            Minutes.DecisionPage page = minutes.decisions(q, 0);
            while (true) {
                for (Minutes.Decision decision : page.decisions()) {
                    csv.printRecord(SpreadsheetCells.neutralised(decision.board()), decision.date().toString(),
                            SpreadsheetCells.neutralised(decision.meeting()), SpreadsheetCells.neutralised(decision.item()),
                            SpreadsheetCells.neutralised(decision.decisions()), decision.minutesStatus().getLabel());
                    written++;
                }
                if (page.page() + 1 >= page.pages() || page.page() + 1 >= MAX_PAGES) {
                    break;
                }
                page = minutes.decisions(q, page.page() + 1);
            }
        }
        audit.record(AuditAction.EXPORTED, "decisions", null, "decisions register as CSV, " + written + " rows" + (q == null ? "" : ", search " + q));
        FileTransfer.sendAttachment(response, "text/csv;charset=UTF-8", "decisions.csv", out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
