package org.partnershipportal.language;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.boards.BoardId;
import org.partnershipportal.platform.FileTransfer;
import org.partnershipportal.platform.PageIds;
import org.partnershipportal.platform.SpreadsheetCells;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** /language/report.csv?board=: a board's language report, one row per term and quarter; for whoever may read the report. */
@WebServlet("/language/report.csv")
public class LanguageReportDownload extends HttpServlet {

    @Inject
    LanguageReport reports;

    @Inject
    AuditLog audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long boardId = PageIds.parse(request.getParameter("board"));
        List<List<String>> rows = reports.csvRows(BoardId.of(boardId));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            for (List<String> row : rows) {
                csv.printRecord(row.stream().map(SpreadsheetCells::neutralised).toList());
            }
        }
        audit.record(AuditAction.EXPORTED, "board", boardId, "language report as CSV, " + (rows.size() - 1) + " rows");
        FileTransfer.sendAttachment(response, "text/csv;charset=UTF-8", "language-report.csv", out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
