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

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A meeting's downloads: /meetings/pack.pdf?meeting=…, /meetings/meeting.ics?meeting=… and a
 * paper, /meetings/paper?id=…. The services refuse anyone not on the meeting's board (403 page),
 * and the file is built in full (the pack on disk) before anything is sent, so a refusal never arrives half-written.
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
        long meetingId = PageIds.parse(request.getParameter("meeting"));
        // Papers and the pack are built on disk, in a folder only this request uses, removed afterwards.
        Path folder = Files.createTempDirectory("meeting-pack");
        try {
            Meetings.PackSources sources = meetings.packOf(MeetingId.of(meetingId), folder);
            Path pack = folder.resolve("pack.pdf");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(pack))) {
                MeetingPack.write(sources.view(), sources.pdfPapers(), out);
            }
            audit.record(AuditAction.EXPORTED, Meetings.MEETING, sources.view().meeting().getId(),
                    "meeting pack as PDF with " + sources.pdfPapers().size() + " PDF papers");
            FileTransfer.sendAttachment(response, "application/pdf", fileName(sources.view(), "pdf"), pack);
        } finally {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(folder);
        }
    }

    private void calendar(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Meetings.MeetingView view = meetings.open(MeetingId.of(PageIds.parse(request.getParameter("meeting"))));
        StringWriter ics = new StringWriter();
        MeetingCalendar.write(view, meetings.organiserOf(MeetingId.of(view.meeting())), settings.portalUrl(), ics);
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
