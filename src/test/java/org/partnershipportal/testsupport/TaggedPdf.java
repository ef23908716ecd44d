package org.partnershipportal.testsupport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A PDF read as a screen reader reads it: the structure tree in order, each element with its
 * standard type, table-header scope and the text of the marked content it owns.
 */
public final class TaggedPdf {

    /** One structure element; text is its own marked content only (children are in kids). */
    public record Element(String type, String scope, String text, List<Element> kids) {
        /** This element's text and its descendants', in reading order. */
        public String allText() {
            StringBuilder out = new StringBuilder(text);
            kids.forEach(k -> out.append(out.isEmpty() ? "" : " ").append(k.allText()));
            return out.toString().replaceAll("\\s+", " ").trim();
        }

        public List<Element> all(String wanted) {
            List<Element> found = new ArrayList<>();
            if (type.equals(wanted)) {
                found.add(this);
            }
            kids.forEach(k -> found.addAll(k.all(wanted)));
            return found;
        }
    }

    public final String title;
    public final String language;
    public final boolean marked;
    public final boolean displaysTitle;
    /** null when the PDF has no structure tree (untagged). */
    public final Element root;
    /** Text on the pages outside any tagged element and outside any artifact: a screen reader never reaches it. */
    public final String untaggedText;

    private final Map<String, String> textByPageAndMcid = new HashMap<>();

    public TaggedPdf(byte[] pdf) throws IOException {
        this(pdf, Integer.MAX_VALUE);
    }

    /**
     * Checks that text is tagged on the first {@code checkedPages} pages only: a meeting pack's own pages.
     * The papers merged after them are their authors' documents, often untagged; the pack keeps what tags
     * they have, and a paper's accessibility is its author's to fix.
     */
    public TaggedPdf(byte[] pdf, int checkedPages) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            title = document.getDocumentInformation().getTitle();
            language = catalog.getLanguage();
            marked = catalog.getMarkInfo() != null && catalog.getMarkInfo().isMarked();
            displaysTitle = catalog.getViewerPreferences() != null && catalog.getViewerPreferences().displayDocTitle();
            StringBuilder untagged = new StringBuilder();
            int pageIndex = 0;
            for (PDPage page : document.getPages()) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                for (PDMarkedContent content : extractor.getMarkedContents()) {
                    collect(pageIndex, content);
                }
                // Every glyph drawn must sit in marked content (a tagged element or an artifact).
                int inMarked = extractor.getMarkedContents().stream().mapToInt(TaggedPdf::glyphs).sum();
                int all = new org.apache.pdfbox.text.PDFTextStripper() {
                    int count;

                    int count(PDDocument d, int pageNumber) throws IOException {
                        setStartPage(pageNumber);
                        setEndPage(pageNumber);
                        getText(d);
                        return count;
                    }

                    @Override
                    protected void processTextPosition(TextPosition text) {
                        count++;
                    }
                }.count(document, pageIndex + 1);
                if (all > inMarked && pageIndex < checkedPages) {
                    untagged.append("page ").append(pageIndex + 1).append(": ").append(all - inMarked).append(" glyphs outside marked content. ");
                }
                pageIndex++;
            }
            untaggedText = untagged.toString();
            PDStructureTreeRoot tree = catalog.getStructureTreeRoot();
            root = tree == null ? null : new Element("StructTreeRoot", null, "", kids(document, tree.getKids(), null));
        }
    }

    private void collect(int pageIndex, PDMarkedContent content) {
        if (content.getMCID() >= 0) {
            StringBuilder text = new StringBuilder();
            appendText(content, text);
            textByPageAndMcid.put(pageIndex + ":" + content.getMCID(), text.toString());
        }
        for (Object inner : content.getContents()) {
            if (inner instanceof PDMarkedContent nested) {
                collect(pageIndex, nested);
            }
        }
    }

    private static void appendText(PDMarkedContent content, StringBuilder out) {
        for (Object inner : content.getContents()) {
            if (inner instanceof TextPosition glyph) {
                out.append(glyph.getUnicode());
            } else if (inner instanceof PDMarkedContent nested) {
                appendText(nested, out);
            }
        }
    }

    private static int glyphs(PDMarkedContent content) {
        int count = 0;
        for (Object inner : content.getContents()) {
            if (inner instanceof TextPosition) {
                count++;
            } else if (inner instanceof PDMarkedContent nested) {
                count += glyphs(nested);
            }
        }
        return count;
    }

    private List<Element> kids(PDDocument document, List<Object> kids, PDPage inheritedPage) {
        List<Element> elements = new ArrayList<>();
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                PDPage page = element.getPage() != null ? element.getPage() : inheritedPage;
                StringBuilder own = new StringBuilder();
                List<Element> children = new ArrayList<>();
                for (Object inner : element.getKids()) {
                    if (inner instanceof Integer mcid) {
                        own.append(textOf(document, page, mcid));
                    } else if (inner instanceof PDMarkedContentReference reference) {
                        own.append(textOf(document, reference.getPage() != null ? reference.getPage() : page, reference.getMCID()));
                    } else if (inner instanceof PDStructureElement) {
                        children.addAll(kids(document, List.of(inner), page));
                    }
                }
                elements.add(new Element(element.getStructureType(), scope(element), own.toString().replaceAll("\\s+", " ").trim(), children));
            }
        }
        return elements;
    }

    private String textOf(PDDocument document, PDPage page, int mcid) {
        int index = page == null ? -1 : document.getPages().indexOf(page);
        return textByPageAndMcid.getOrDefault(index + ":" + mcid, "") + " ";
    }

    private static String scope(PDStructureElement element) {
        var attributes = element.getAttributes();
        for (int i = 0; i < attributes.size(); i++) {
            PDAttributeObject attribute = attributes.getObject(i);
            var scope = attribute.getCOSObject().getDictionaryObject(COSName.getPDFName("Scope"));
            if (scope != null) {
                return ((COSName) scope).getName();
            }
        }
        return null;
    }
}
