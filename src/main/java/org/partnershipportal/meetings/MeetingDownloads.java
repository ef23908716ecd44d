package org.partnershipportal.meetings;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.platform.FileTransfer;
import org.partnershipportal.platform.MailSettings;
import org.partnershipportal.platform.PageIds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * A meeting's downloads: /meetings/pack.pdf?meeting=…, /meetings/meeting.ics?meeting=… and a
 * paper, /meetings/paper?id=…. The services refuse anyone not on the meeting's board (403 page),
 * and the file is built in full before anything is sent, so a refusal never arrives half-written.
 */
@WebServlet({"/meetings/pack.pdf", "/meetings/meeting.ics", "/meetings/paper"})
public class MeetingDownloads extends HttpServlet {

    @Inject
    Meetings meetings;

    @Inject
    Agendas agendas;

    @Inject
    AuditLog audit;

    @Inject
    MailSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getServletPath()) {
            case "/meetings/pack.pdf" -> pack(request, response);
            case "/meetings/meeting.ics" -> calendar(request, response);
            default -> paper(request, response);
        }
    }

    private void pack(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Meetings.MeetingView view = meetings.open(PageIds.parse(request.getParameter("meeting")));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        MeetingPack.write(view, pdf);
        audit.record(AuditAction.EXPORTED, Meetings.MEETING, view.meeting().getId(), "meeting pack as PDF");
        FileTransfer.sendAttachment(response, "application/pdf", fileName(view, "pdf"), pdf.toByteArray());
    }

    private void calendar(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Meetings.MeetingView view = meetings.open(PageIds.parse(request.getParameter("meeting")));
        StringWriter ics = new StringWriter();
        MeetingCalendar.write(view, meetings.organiserOf(view.meeting().getId()), settings.portalUrl(), ics);
        FileTransfer.sendAttachment(response, "text/calendar;charset=UTF-8", fileName(view, "ics"), ics.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void paper(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Agendas.PaperDownload paper = agendas.download(PageIds.parse(request.getParameter("id")));
        FileTransfer.sendAttachment(response, paper.contentType(), paper.fileName(), paper.content());
    }

    private static String fileName(Meetings.MeetingView view, String extension) {
        Meeting meeting = view.meeting();
        return meeting.getBoard().getShortName() + "-meeting-" + meeting.getStartsAt().toLocalDate() + "." + extension;
    }
}
