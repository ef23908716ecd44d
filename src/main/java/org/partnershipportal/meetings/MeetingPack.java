package org.partnershipportal.meetings;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.partnershipportal.platform.AccessiblePdf;
import org.partnershipportal.platform.AccessiblePdf.Cell;
import org.partnershipportal.platform.AccessiblePdf.Run;
import org.partnershipportal.platform.AccessiblePdf.Style;
import org.partnershipportal.platform.Wording;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A meeting as a PDF for the record: details, attendance, agenda with minutes and decisions, and
 * actions. Tagged (headings, tables with header cells, reading order, title and language), because
 * committee papers are published under the Public Sector Bodies Accessibility Regulations 2018.
 */
public final class MeetingPack {

    private static final Color BRAND = new Color(0x1f, 0x5c, 0x7a);

    private static final Style TITLE = new Style(16, true, BRAND);
    private static final Style HEADING = new Style(12, true, BRAND);
    private static final Style ITEM = new Style(10, true, Color.BLACK);
    private static final Style BOLD = new Style(10, true, Color.BLACK);
    private static final Style BODY = new Style(10, false, Color.BLACK);
    private static final Style MUTED = new Style(9, false, Color.DARK_GRAY);

    private MeetingPack() {
    }

    public static void write(Meetings.MeetingView view, OutputStream out) {
        Meeting meeting = view.meeting();
        AccessiblePdf pdf = new AccessiblePdf(PDRectangle.A4, 48, meeting.getBoard().getName() + " – " + meeting.getTitle(), "en-GB");
        pdf.paragraph(meeting.getBoard().getName(), HEADING);
        pdf.heading(1, meeting.getTitle(), TITLE);
        pdf.paragraph(Wording.dayDateTime(meeting.getStartsAt()) + "–" + Wording.time(meeting.getEndsAt())
                + " · " + meeting.getStatus().getLabel(), BODY);
        if (meeting.getPlace() != null) {
            pdf.paragraph("Place: " + meeting.getPlace(), BODY);
        }
        if (meeting.getOnlineLink() != null) {
            pdf.paragraph("Online: " + meeting.getOnlineLink(), BODY);
        }
        pdf.paragraph("RESTRICTED: for members of the board. Do not forward.", MUTED);

        pdf.heading(2, "Attendance", HEADING);
        List<List<Cell>> attendance = new ArrayList<>();
        for (Meetings.AttendanceLine line : view.attendance()) {
            attendance.add(cells(line.name(), line.agency(), line.seat(), line.attendance() == null ? "Not recorded" : line.attendance().getLabel()));
        }
        pdf.table(new float[]{3, 2, 2, 2}, headers("Name", "Agency", "Seat", "Attendance"), attendance, false);

        pdf.heading(2, "Agenda, minutes and decisions", HEADING);
        if (view.items().isEmpty()) {
            pdf.paragraph("No agenda items.", BODY);
        }
        for (Meetings.ItemView entry : view.items()) {
            AgendaItem item = entry.item();
            pdf.heading(3, item.getPosition() + ". " + item.getTitle(), ITEM);
            StringBuilder facts = new StringBuilder();
            if (item.getLeadName() != null) {
                facts.append("Lead: ").append(item.getLeadName());
                if (item.getLeadAgency() != null) {
                    facts.append(" (").append(item.getLeadAgency().getShortName()).append(')');
                }
            }
            if (item.getMinutesAllotted() != null) {
                facts.append(facts.length() > 0 ? " · " : "").append(item.getMinutesAllotted()).append(" minutes");
            }
            if (item.isStanding()) {
                facts.append(facts.length() > 0 ? " · " : "").append("Standing item");
            }
            if (facts.length() > 0) {
                pdf.paragraph(facts.toString(), MUTED);
            }
            text(pdf, null, item.getDescription());
            text(pdf, "Minutes", item.getMinutes());
            text(pdf, "Decisions", item.getDecisions());
            if (!entry.papers().isEmpty()) {
                text(pdf, "Papers", String.join("; ", entry.papers().stream().map(Paper::getFileName).toList()));
            }
        }

        pdf.heading(2, "Actions", HEADING);
        if (view.allActions().isEmpty()) {
            pdf.paragraph("No actions.", BODY);
        } else {
            List<List<Cell>> actions = new ArrayList<>();
            for (Action action : view.allActions()) {
                actions.add(cells(action.getDescription(), action.getOwnerName() + " (" + action.getOwnerAgency().getShortName() + ")",
                        Wording.date(action.getDueOn()), action.getStatus().getLabel() + (action.isOverdue() ? " – overdue" : "")));
            }
            pdf.table(new float[]{5, 3, 2, 2}, headers("Action", "Owner", "Due", "Status"), actions, false);
        }
        try {
            out.write(pdf.toBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("The meeting pack could not be written", e);
        }
    }

    private static void text(AccessiblePdf pdf, String label, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        pdf.paragraph(label == null ? List.of(new Run(text, BODY)) : List.of(new Run(label + ": ", BOLD), new Run(text, BODY)));
    }

    private static List<Cell> headers(String... names) {
        return java.util.Arrays.stream(names).map(name -> Cell.of(name, BOLD)).toList();
    }

    private static List<Cell> cells(String... texts) {
        return java.util.Arrays.stream(texts).map(text -> Cell.of(text, BODY)).toList();
    }
}
