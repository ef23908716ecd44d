package org.partnershipportal.meetings;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
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
        send(response, "application/pdf", fileName(view, "pdf"), pdf.toByteArray());
    }

    private void calendar(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Meetings.MeetingView view = meetings.open(PageIds.parse(request.getParameter("meeting")));
        StringWriter ics = new StringWriter();
        MeetingCalendar.write(view, request.getServerName(), ics);
        send(response, "text/calendar;charset=UTF-8", fileName(view, "ics"), ics.toString().getBytes(StandardCharsets.UTF_8));
    }

    private void paper(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Agendas.PaperDownload paper = agendas.download(PageIds.parse(request.getParameter("id")));
        send(response, paper.contentType(), paper.fileName(), paper.content());
    }

    /** Always an attachment with the type checked at upload; nosniff comes from the security headers filter. */
    static void send(HttpServletResponse response, String contentType, String fileName, byte[] body) throws IOException {
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.setHeader("Content-Disposition", contentDisposition(fileName));
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(body);
    }

    /** RFC 6266: an ASCII fallback name plus the UTF-8 name, so "Écoles – plan.pdf" survives. */
    static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static String fileName(Meetings.MeetingView view, String extension) {
        Meeting meeting = view.meeting();
        return meeting.getBoard().getShortName() + "-meeting-" + meeting.getStartsAt().toLocalDate() + "." + extension;
    }
}
