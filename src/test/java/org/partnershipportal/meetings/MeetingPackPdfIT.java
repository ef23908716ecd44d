package org.partnershipportal.meetings;

import org.junit.jupiter.api.Test;
import org.partnershipportal.testsupport.PdfPages;
import org.partnershipportal.testsupport.PortalClient;
import org.partnershipportal.testsupport.SharedPortal;
import org.partnershipportal.testsupport.TaggedPdf;

import java.net.URL;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/**
 * The meeting pack as a screen reader meets it (Public Sector Bodies Accessibility Regulations 2018):
 * a tagged PDF with a title, its language, headings, tables with header cells, and every piece of
 * text in the structure tree, in the order the page shows it.
 */
@UsesDemoPartnership
class MeetingPackPdfIT {

    static final String RESTRICTED_ITEM = "Missing children protocol: annual review";

    final URL base = SharedPortal.base();

    @Test
    void theMeetingPackIsATaggedPdfWithHeadingsTableHeadersAndReadingOrder() throws Exception {
        PortalClient riley = new PortalClient(base);
        riley.signIn("riley.reviewer", DEMO_PASSWORD);
        long meeting = heldMeetingOfTheSafeguardingPartnership(riley);
        String page = riley.get("meetings/meeting.xhtml?meeting=" + meeting).body();

        byte[] bytes = riley.getBytes("meetings/pack.pdf?meeting=" + meeting).body();
        // Only the pack's own pages are checked for tags: the papers merged after them (from the first
        // paper's bookmark on) are their authors' documents, kept as they came, tags and all.
        PdfPages pages = new PdfPages(bytes);
        int ownPages = pages.bookmarks.stream().filter(b -> b.title().startsWith("Paper: "))
                .mapToInt(PdfPages.Bookmark::page).min().orElse(pages.pageCount() + 1) - 1;
        TaggedPdf pdf = new TaggedPdf(bytes, ownPages);

        assertThat(pdf.root).as("a structure tree").isNotNull();
        assertThat(pdf.marked).as("MarkInfo /Marked true").isTrue();
        assertThat(pdf.language).isEqualTo("en-GB");
        assertThat(pdf.title).startsWith("Children's Safeguarding Partnership").contains("Partnership board meeting");
        assertThat(pdf.displaysTitle).as("viewers show the title, not the file name").isTrue();
        assertThat(pdf.untaggedText).as("text a screen reader cannot reach").isEmpty();

        TaggedPdf.Element document = pdf.root.kids().get(0);
        assertThat(document.type()).isEqualTo("Document");
        List<String> headings = document.kids().stream().filter(e -> e.type().matches("H[1-6]"))
                .map(e -> e.type() + " " + e.allText()).toList();
        assertThat(headings.get(0)).isEqualTo("H1 Partnership board meeting");
        assertThat(headings).containsSubsequence("H2 Contents", "H2 Attendance", "H2 Agenda, minutes and decisions", "H2 Actions");
        // Each agenda item is a third-level heading, in agenda order, as on the meeting's page.
        List<String> items = headings.stream().filter(h -> h.startsWith("H3 ")).map(h -> h.substring(3)).toList();
        assertThat(items).isNotEmpty().anyMatch(h -> h.endsWith(RESTRICTED_ITEM));
        assertThat(items).allSatisfy(h -> assertThat(page).contains(h.replaceFirst("^\\d+\\. ", "").replace("'", "&#39;")));
        assertThat(items).extracting(h -> Integer.parseInt(h.substring(0, h.indexOf('.')))).isSorted();

        List<TaggedPdf.Element> tables = document.all("Table");
        assertThat(tables).hasSize(3);
        // The contents list: each part and item with its page, the part's name heading its row.
        TaggedPdf.Element contents = tables.get(0);
        assertThat(contents.kids().get(0).kids()).extracting(TaggedPdf.Element::allText).containsExactly("Part of the pack", "Page");
        assertThat(contents.kids().get(1).kids()).extracting(TaggedPdf.Element::type, TaggedPdf.Element::scope)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TH", "Row"), org.assertj.core.groups.Tuple.tuple("TD", null));
        assertThat(contents.kids().stream().skip(1).map(TaggedPdf.Element::allText)).anyMatch(row -> row.matches(".*" + Pattern.quote(RESTRICTED_ITEM) + " \\d+"));
        TaggedPdf.Element attendance = tables.get(1);
        List<TaggedPdf.Element> headerCells = attendance.kids().get(0).kids();
        assertThat(headerCells).extracting(TaggedPdf.Element::type).containsOnly("TH");
        assertThat(headerCells).extracting(TaggedPdf.Element::scope).containsOnly("Column");
        assertThat(headerCells).extracting(TaggedPdf.Element::allText).containsExactly("Name", "Agency", "Seat", "Attendance");
        assertThat(attendance.kids()).extracting(TaggedPdf.Element::type).containsOnly("TR");
        assertThat(attendance.kids().stream().skip(1).map(TaggedPdf.Element::allText))
                .anyMatch(row -> row.startsWith("Riley Reviewer ")).allMatch(row -> row.matches(".+ (Present|Apologies|Absent|Not recorded)$"));
        assertThat(tables.get(2).kids().get(0).kids()).extracting(TaggedPdf.Element::allText).containsExactly("Action", "Owner", "Due", "Status");

        // Reading order: the structure tree reads as the pack is laid out, top to bottom.
        String read = pdf.root.allText();
        assertThat(read).containsSubsequence("Children's Safeguarding Partnership", "Partnership board meeting", "Attendance", "Riley Reviewer",
                "Agenda, minutes and decisions", RESTRICTED_ITEM, "Actions", "Refresh the missing children protocol");
    }

    private static long heldMeetingOfTheSafeguardingPartnership(PortalClient member) throws Exception {
        Matcher board = Pattern.compile("workspace\\.xhtml\\?board=(\\d+)\">Children(?:&#39;|')s Safeguarding Partnership<")
                .matcher(member.get("boards/index.xhtml").body());
        assertThat(board.find()).isTrue();
        Matcher meetings = Pattern.compile("meeting\\.xhtml\\?meeting=(\\d+)")
                .matcher(member.get("boards/workspace.xhtml?board=" + board.group(1)).body());
        while (meetings.find()) {
            long id = Long.parseLong(meetings.group(1));
            if (member.get("meetings/meeting.xhtml?meeting=" + id).body().contains(RESTRICTED_ITEM)) {
                return id;
            }
        }
        throw new AssertionError("the demo's held Safeguarding Partnership meeting");
    }
}
