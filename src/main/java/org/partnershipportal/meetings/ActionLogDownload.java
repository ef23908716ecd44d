package org.partnershipportal.meetings;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partnershipportal.boards.BoardId;
import org.partnershipportal.platform.FileTransfer;
import org.partnershipportal.platform.PageIds;
import org.partnershipportal.platform.PortalClock;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * GET /actions/export?board=…&amp;format=csv|xlsx, with the log's filters (status, outstanding,
 * overdue, owner, text): the board's action log as its members filtered it.
 */
@WebServlet("/actions/export")
public class ActionLogDownload extends HttpServlet {

    @Inject
    Actions actions;

    /** Days ("today", due dates) are London's, from the portal's clock (PortalClock's time policy). */
    @Inject
    PortalClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long boardId = PageIds.parse(request.getParameter("board"));
        String format = "xlsx".equals(request.getParameter("format")) ? "xlsx" : "csv";
        List<ActionRow> rows = actions.exportBoardLog(BoardId.of(boardId), query(request), format);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        LocalDate today = clock.today();
        String name = "actions-" + today + "." + format;
        if (format.equals("xlsx")) {
            ActionLogExport.writeXlsx(rows, today, body);
            FileTransfer.sendAttachment(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name, body.toByteArray());
        } else {
            try (OutputStreamWriter writer = new OutputStreamWriter(body, StandardCharsets.UTF_8)) {
                ActionLogExport.writeCsv(rows, today, writer);
            }
            FileTransfer.sendAttachment(response, "text/csv;charset=UTF-8", name, body.toByteArray());
        }
    }

    static ActionQuery query(HttpServletRequest request) {
        ActionQuery query = new ActionQuery();
        String status = request.getParameter("status");
        for (ActionStatus candidate : ActionStatus.values()) {
            if (candidate.name().equals(status)) {
                query.setStatus(candidate);
            }
        }
        query.setOutstandingOnly("true".equals(request.getParameter("outstanding")));
        query.setOverdueOnly("true".equals(request.getParameter("overdue")));
        query.setOwner(request.getParameter("owner"));
        query.setText(request.getParameter("text"));
        return query;
    }
}
