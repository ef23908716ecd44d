package org.partnershipportal.testsupport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A PDF read page by page as a person turns its pages, with its bookmarks and the page each opens. */
public final class PdfPages {

    /** One bookmark: its depth (0 at the top), title, and the page it opens (from 1). */
    public record Bookmark(int depth, String title, int page) {
    }

    /** The text of each page, index 0 for page 1. */
    public final List<String> pages = new ArrayList<>();
    public final List<Bookmark> bookmarks = new ArrayList<>();

    public PdfPages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            if (document.getDocumentCatalog().getDocumentOutline() != null) {
                walk(document, document.getDocumentCatalog().getDocumentOutline(), 0);
            }
        }
    }

    public int pageCount() {
        return pages.size();
    }

    /** The page (from 1) whose text contains the words, or 0. */
    public int pageWith(String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).replaceAll("\\s+", " ").contains(text)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The page number a contents line gives for an entry (the number at the end of its line), or 0 when it gives none. */
    public int contentsPageOf(String entry) {
        for (String page : pages) {
            Matcher line = Pattern.compile("(?m)^" + Pattern.quote(entry) + "\\s+(\\d+)\\s*$").matcher(page);
            if (line.find()) {
                return Integer.parseInt(line.group(1));
            }
        }
        return 0;
    }

    /** The line of the contents that mentions the text. */
    public String lineWith(String text) {
        for (String page : pages) {
            for (String line : page.split("\\R")) {
                if (line.contains(text)) {
                    return line;
                }
            }
        }
        throw new AssertionError("no line with " + text);
    }

    public static PdfPages of(Path file) throws IOException {
        return new PdfPages(java.nio.file.Files.readAllBytes(file));
    }

    private void walk(PDDocument document, PDOutlineNode node, int depth) throws IOException {
        for (PDOutlineItem item : node.children()) {
            int page = 0;
            if (item.getDestination() instanceof PDPageDestination destination) {
                PDPage target = destination.getPage();
                page = target == null ? destination.getPageNumber() + 1 : document.getPages().indexOf(target) + 1;
            }
            bookmarks.add(new Bookmark(depth, item.getTitle(), page));
            walk(document, item, depth + 1);
        }
    }
}
