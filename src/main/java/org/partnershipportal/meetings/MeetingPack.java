package org.partnershipportal.meetings;

import org.partnershipportal.platform.Wording;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.OutputStream;
import java.util.Locale;

/** A meeting as a PDF for the record: details, attendance, agenda with minutes and decisions, and actions. */
public final class MeetingPack {

    private static final Color BRAND = new Color(0x1f, 0x5c, 0x7a);

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16, BRAND);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12, BRAND);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font MUTED = FontFactory.getFont(FontFactory.HELVETICA, 9, Color.DARK_GRAY);

    private MeetingPack() {
    }

    public static void write(Meetings.MeetingView view, OutputStream out) {
        Meeting meeting = view.meeting();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(meeting.getBoard().getName() + " – " + meeting.getTitle());
            document.addCreator("Partnership Portal");
            document.open();
            document.add(new Paragraph(meeting.getBoard().getName(), HEADING));
            document.add(new Paragraph(meeting.getTitle(), TITLE));
            document.add(new Paragraph(Wording.dayDateTime(meeting.getStartsAt()) + "–" + Wording.time(meeting.getEndsAt())
                    + " · " + meeting.getStatus().getLabel(), BODY));
            if (meeting.getPlace() != null) {
                document.add(new Paragraph("Place: " + meeting.getPlace(), BODY));
            }
            if (meeting.getOnlineLink() != null) {
                document.add(new Paragraph("Online: " + meeting.getOnlineLink(), BODY));
            }
            document.add(new Paragraph("RESTRICTED: for members of the board. Do not forward.", MUTED));

            document.add(heading("Attendance"));
            PdfPTable attendance = table(new float[]{3, 2, 2, 2}, "Name", "Agency", "Seat", "Attendance");
            for (Meetings.AttendanceLine line : view.attendance()) {
                row(attendance, line.name(), line.agency(), line.seat(), line.attendance() == null ? "Not recorded" : line.attendance().getLabel());
            }
            document.add(attendance);

            document.add(heading("Agenda, minutes and decisions"));
            if (view.items().isEmpty()) {
                document.add(new Paragraph("No agenda items.", BODY));
            }
            for (Meetings.ItemView entry : view.items()) {
                AgendaItem item = entry.item();
                Paragraph title = new Paragraph(item.getPosition() + ". " + item.getTitle(), BOLD);
                title.setSpacingBefore(8);
                document.add(title);
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
                    document.add(new Paragraph(facts.toString(), MUTED));
                }
                text(document, null, item.getDescription());
                text(document, "Minutes", item.getMinutes());
                text(document, "Decisions", item.getDecisions());
                if (!entry.papers().isEmpty()) {
                    text(document, "Papers", String.join("; ", entry.papers().stream().map(Paper::getFileName).toList()));
                }
            }

            document.add(heading("Actions"));
            PdfPTable actions = table(new float[]{5, 3, 2, 2}, "Action", "Owner", "Due", "Status");
            for (Action action : view.allActions()) {
                row(actions, action.getDescription(), action.getOwnerName() + " (" + action.getOwnerAgency().getShortName() + ")",
                        Wording.date(action.getDueOn()), action.getStatus().getLabel() + (action.isOverdue() ? " – overdue" : ""));
            }
            if (view.allActions().isEmpty()) {
                document.add(new Paragraph("No actions.", BODY));
            } else {
                document.add(actions);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("The meeting pack could not be written", e);
        } finally {
            document.close();
        }
    }

    private static Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        return heading;
    }

    private static void text(Document document, String label, String text) throws DocumentException {
        if (text == null || text.isBlank()) {
            return;
        }
        Paragraph paragraph = new Paragraph();
        if (label != null) {
            paragraph.add(new Chunk(label + ": ", BOLD));
        }
        paragraph.add(new Phrase(text, BODY));
        paragraph.setSpacingBefore(3);
        document.add(paragraph);
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, BOLD));
            cell.setBackgroundColor(new Color(0xe6, 0xf0, 0xf4));
            cell.setPadding(4);
            table.addCell(cell);
        }
        return table;
    }

    private static void row(PdfPTable table, String... cells) {
        for (String text : cells) {
            PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, BODY));
            cell.setPadding(4);
            cell.setVerticalAlignment(Element.ALIGN_TOP);
            table.addCell(cell);
        }
    }
}
