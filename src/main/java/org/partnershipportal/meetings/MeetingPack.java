package org.partnershipportal.meetings;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.partnershipportal.meetings.PackContents.Enclosure;
import org.partnershipportal.meetings.PackContents.Inclusion;
import org.partnershipportal.platform.AccessiblePdf;
import org.partnershipportal.platform.AccessiblePdf.Cell;
import org.partnershipportal.platform.AccessiblePdf.Run;
import org.partnershipportal.platform.AccessiblePdf.Style;
import org.partnershipportal.platform.Wording;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A meeting as a PDF for the record: a cover, a contents list with the page of each part, item and
 * paper, attendance, agenda with minutes and decisions, actions, and then the PDF papers themselves,
 * merged whole in agenda order, every page numbered and bookmarked. Word and Excel papers are listed
 * as attached separately: turning them into PDF would need an office suite on the server. The pack's
 * own pages are tagged (headings, tables with header cells, reading order, title and language), because
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

    private static final Logger LOG = Logger.getLogger(MeetingPack.class.getName());

    /** The pages the pack's own parts start on; zero until drawn once. */
    private record Layout(int ownPages, int attendance, int agenda, int actions, List<Integer> items) {
        static final Layout UNKNOWN = new Layout(0, 0, 0, 0, List.of());

        int item(int index) {
            return index < items.size() ? items.get(index) : 0;
        }
    }

    private record OwnPages(byte[] pdf, Layout layout) {
    }

    /**
     * Writes the pack. {@code pdfPapers} holds the file of each PDF paper of the view (the caller's
     * access already applied); a paper not among them, or one that cannot be parsed, is listed but not merged. Papers are
     * read from their files as pages are copied (and copies spill to temporary files), so a pack of
     * several 20 MB papers does not sit in memory whole.
     */
    public static void write(Meetings.MeetingView view, Map<Paper, Path> pdfPapers, OutputStream out) {
        Map<Enclosure, PDDocument> opened = new IdentityHashMap<>();
        try {
            List<Enclosure> enclosures = new ArrayList<>();
            for (Meetings.ItemView item : view.items()) {
                for (Paper paper : item.papers()) {
                    enclosures.add(enclose(paper, pdfPapers.get(paper), opened));
                }
            }
            // Drawn until the numbers the contents list prints are where the parts really start.
            Layout layout = Layout.UNKNOWN;
            OwnPages own = ownPages(view, enclosures, layout);
            for (int attempt = 0; attempt < 3 && !own.layout().equals(layout); attempt++) {
                layout = own.layout();
                own = ownPages(view, enclosures, layout);
            }
            PackContents contents = new PackContents(own.layout().ownPages(), enclosures);
            try (PDDocument pack = Loader.loadPDF(new RandomAccessReadBuffer(own.pdf()), IOUtils.createTempFileOnlyStreamCache())) {
                List<PDDocumentOutline> paperOutlines = new ArrayList<>();
                PDFMergerUtility merger = new PDFMergerUtility();
                for (Enclosure enclosure : enclosures) {
                    if (enclosure.merged()) {
                        // The merger hands the paper's own bookmarks over as the pack's outline; they are kept and put under the paper's.
                        pack.getDocumentCatalog().setDocumentOutline(null);
                        merger.appendDocument(pack, opened.get(enclosure));
                        paperOutlines.add(pack.getDocumentCatalog().getDocumentOutline());
                    } else {
                        paperOutlines.add(null);
                    }
                }
                AccessiblePdf.numberPages(pack, contents.ownPages(), "Pack page ");
                PDDocumentCatalog catalog = pack.getDocumentCatalog();
                // An untagged paper must not make the merger declare the whole pack untagged: its own pages are tagged.
                PDMarkInfo marked = new PDMarkInfo();
                marked.setMarked(true);
                catalog.setMarkInfo(marked);
                catalog.setDocumentOutline(outline(pack, view, own.layout(), contents, paperOutlines));
                catalog.setPageMode(PageMode.USE_OUTLINES);
                pack.save(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The meeting pack could not be written", e);
        } finally {
            for (PDDocument paper : opened.values()) {
                try {
                    paper.close();
                } catch (IOException e) {
                    LOG.log(Level.FINE, "closing a merged paper", e);
                }
            }
        }
    }

    /** How a paper travels with the pack; a PDF that parses is kept open (backed by its file) until the pack is saved. */
    private static Enclosure enclose(Paper paper, Path file, Map<Enclosure, PDDocument> opened) {
        if (!PaperType.PDF.contentType().equals(paper.getContentType())) {
            return new Enclosure(paper.getFileName(), Inclusion.ATTACHED_SEPARATELY, 0);
        }
        if (file == null) {
            LOG.warning(() -> "Paper " + paper.getId() + " has no content to merge into the meeting pack");
            return new Enclosure(paper.getFileName(), Inclusion.UNREADABLE, 0);
        }
        try {
            PDDocument document = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache());
            if (document.getNumberOfPages() == 0) {
                document.close();
                return new Enclosure(paper.getFileName(), Inclusion.UNREADABLE, 0);
            }
            // An owner password restricts copying in some viewers; the board's own paper goes into its own pack.
            document.setAllSecurityToBeRemoved(true);
            Enclosure merged = new Enclosure(paper.getFileName(), Inclusion.MERGED, document.getNumberOfPages());
            opened.put(merged, document);
            return merged;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Paper " + paper.getId() + " could not be read as a PDF; the meeting pack lists it to download separately", e);
            return new Enclosure(paper.getFileName(), Inclusion.UNREADABLE, 0);
        }
    }

    /** The pack's own pages, tagged: cover, contents, attendance, agenda with minutes and decisions, actions. */
    private static OwnPages ownPages(Meetings.MeetingView view, List<Enclosure> enclosures, Layout layout) {
        Meeting meeting = view.meeting();
        Map<Paper, Enclosure> byPaper = new IdentityHashMap<>();
        Map<Paper, Integer> paperPages = new IdentityHashMap<>();
        List<Integer> starts = new PackContents(layout.ownPages(), enclosures).firstPages();
        int index = 0;
        for (Meetings.ItemView entry : view.items()) {
            for (Paper paper : entry.papers()) {
                byPaper.put(paper, enclosures.get(index));
                paperPages.put(paper, starts.get(index++));
            }
        }

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
        long merged = enclosures.stream().filter(Enclosure::merged).count();
        pdf.paragraph(merged + (merged == 1 ? " paper is" : " papers are") + " included in this pack"
                + (enclosures.size() > merged ? "; " + (enclosures.size() - merged) + " to open separately (see the contents)." : "."), BODY);

        pdf.pageBreak();
        pdf.heading(2, "Contents", HEADING);
        List<List<Cell>> entries = new ArrayList<>();
        entries.add(cells("Attendance", page(layout.attendance())));
        entries.add(cells("Agenda, minutes and decisions", page(layout.agenda())));
        for (int i = 0; i < view.items().size(); i++) {
            Meetings.ItemView entry = view.items().get(i);
            AgendaItem item = entry.item();
            entries.add(cells(item.getPosition() + ". " + item.getTitle(), page(layout.item(i))));
            for (Paper paper : entry.papers()) {
                Enclosure enclosure = byPaper.get(paper);
                entries.add(enclosure.merged()
                        ? cells("Paper: " + paper.getFileName(), page(paperPages.get(paper)))
                        : cells("Paper: " + paper.getFileName() + " – " + PackContents.note(enclosure), "–"));
            }
        }
        entries.add(cells("Actions", page(layout.actions())));
        pdf.table(new float[]{6, 1}, headers("Part of the pack", "Page"), entries, true);

        pdf.pageBreak();
        int attendancePage = pdf.heading(2, "Attendance", HEADING);
        List<List<Cell>> attendance = new ArrayList<>();
        for (Meetings.AttendanceLine line : view.attendance()) {
            attendance.add(cells(line.name(), line.agency(), line.seat(), line.attendance() == null ? "Not recorded" : line.attendance().getLabel()));
        }
        pdf.table(new float[]{3, 2, 2, 2}, headers("Name", "Agency", "Seat", "Attendance"), attendance, false);

        int agendaPage = pdf.heading(2, "Agenda, minutes and decisions", HEADING);
        List<Integer> itemPages = new ArrayList<>();
        if (view.items().isEmpty()) {
            pdf.paragraph("No agenda items.", BODY);
        }
        for (Meetings.ItemView entry : view.items()) {
            AgendaItem item = entry.item();
            itemPages.add(pdf.heading(3, item.getPosition() + ". " + item.getTitle(), ITEM));
            StringBuilder facts = new StringBuilder();
            if (item.getLeadShown() != null) {
                facts.append("Lead: ").append(item.getLeadShown());
                if (item.getLeadAgencyShown() != null) {
                    facts.append(" (").append(item.getLeadAgencyShown().getShortName()).append(')');
                }
            }
            if (item.getMinutesAllotted() != null && item.getMinutesAllotted() > 0) {
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
                text(pdf, "Papers", String.join("; ", entry.papers().stream().map(p -> byPaper.get(p).merged()
                        ? p.getFileName() + " (pack page " + page(paperPages.get(p)) + ")"
                        : p.getFileName() + " (" + PackContents.note(byPaper.get(p)) + ")").toList()));
            }
        }

        int actionsPage = pdf.heading(2, "Actions", HEADING);
        if (view.allActions().isEmpty()) {
            pdf.paragraph("No actions.", BODY);
        } else {
            List<List<Cell>> actions = new ArrayList<>();
            for (Action action : view.allActions()) {
                actions.add(cells(action.getDescription(), action.getOwnerName() + " (" + action.getOwnerAgency().getShortName() + ")",
                        Wording.date(action.getDueOn()), view.shown(action).label()));
            }
            pdf.table(new float[]{5, 3, 2, 2}, headers("Action", "Owner", "Due", "Status"), actions, false);
        }
        int ownPages = pdf.currentPage();
        return new OwnPages(pdf.toBytes(), new Layout(ownPages, attendancePage, agendaPage, actionsPage, itemPages));
    }

    /**
     * Bookmarks, as the contents list has them, for people who move through a PDF by its outline (screen
     * readers, keyboards): each part, each item, and each paper at its first page, holding the paper's
     * own bookmarks, if it had any, closed beneath it.
     */
    private static PDDocumentOutline outline(PDDocument pack, Meetings.MeetingView view, Layout layout, PackContents contents,
                                             List<PDDocumentOutline> paperOutlines) {
        PDDocumentOutline outline = new PDDocumentOutline();
        bookmark(pack, outline, "Cover", 1);
        bookmark(pack, outline, "Contents", 2);
        bookmark(pack, outline, "Attendance", layout.attendance());
        PDOutlineItem agenda = bookmark(pack, outline, "Agenda, minutes and decisions", layout.agenda());
        List<Integer> paperPages = contents.firstPages();
        int paperIndex = 0;
        for (int i = 0; i < view.items().size(); i++) {
            Meetings.ItemView entry = view.items().get(i);
            AgendaItem item = entry.item();
            PDOutlineItem mark = bookmark(pack, agenda, item.getPosition() + ". " + item.getTitle(), layout.item(i));
            for (Paper paper : entry.papers()) {
                Integer first = paperPages.get(paperIndex);
                if (first != null) {
                    adopt(bookmark(pack, mark, "Paper: " + paper.getFileName(), first), paperOutlines.get(paperIndex));
                }
                paperIndex++;
            }
            mark.openNode();
        }
        agenda.openNode();
        bookmark(pack, outline, "Actions", layout.actions());
        return outline;
    }

    private static PDOutlineItem bookmark(PDDocument pack, PDOutlineNode parent, String title, int page) {
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(pack.getPage(page - 1));
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination);
        parent.addLast(item);
        return item;
    }

    /** The paper's own bookmarks (already pointing at its pages in the pack) become the children of its bookmark, closed. */
    private static void adopt(PDOutlineItem paperMark, PDDocumentOutline theirs) {
        if (theirs == null || theirs.getFirstChild() == null) {
            return;
        }
        COSDictionary mark = paperMark.getCOSObject();
        mark.setItem(COSName.FIRST, theirs.getCOSObject().getItem(COSName.FIRST));
        mark.setItem(COSName.LAST, theirs.getCOSObject().getItem(COSName.LAST));
        int count = 0;
        for (PDOutlineItem child : theirs.children()) {
            child.getCOSObject().setItem(COSName.PARENT, mark);
            count++;
        }
        mark.setInt(COSName.COUNT, -count);
    }

    private static String page(Integer number) {
        return number == null ? "–" : String.valueOf(number);
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
