package org.partnershipportal.platform;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tagged PDF that a screen reader can follow (PDF/UA's structure rules; councils publish committee
 * papers under the Public Sector Bodies Accessibility Regulations 2018): a title shown by viewers, the
 * document's language, headings, paragraphs and tables with header cells in a structure tree, in the
 * order they are drawn. Page furniture (page numbers, cell shading, rules) is marked as artifact.
 * The font is embedded (Liberation Sans, shipped inside PDFBox), so any reader shows the same glyphs.
 */
public final class AccessiblePdf {

    /** Size, weight and colour of a run of text. Bold is drawn by stroking the outline, as only the regular face ships. */
    public record Style(float size, boolean bold, Color color) {
        public Style muted() {
            return new Style(size - 1, false, Color.DARK_GRAY);
        }
    }

    /** One run of text inside a paragraph or cell. */
    public record Run(String text, Style style) {
    }

    /** One table cell; shaded cells get a background (an artifact: the difference must also be said in words or headers). */
    public record Cell(List<Run> runs, boolean shaded) {
        public static Cell of(String text, Style style) {
            return new Cell(List.of(new Run(text == null ? "" : text, style)), false);
        }

        public Cell shaded(boolean shade) {
            return new Cell(runs, shade);
        }
    }

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final Color HEADER_FILL = new Color(0xe6, 0xf0, 0xf4);
    private static final Color SHADED_FILL = new Color(0xff, 0xf1, 0xd6);
    private static final Color RULE = new Color(0x99, 0x99, 0x99);
    private static final float CELL_PADDING = 3;

    private final PDDocument document = new PDDocument();
    private final PDRectangle pageSize;
    private final float margin;
    private final PDType0Font font;
    private final PDStructureTreeRoot treeRoot = new PDStructureTreeRoot();
    private final PDStructureElement root;
    private final Map<Integer, COSArray> parentTree = new LinkedHashMap<>();
    private final Map<Integer, Boolean> glyphCache = new HashMap<>();

    private PDPage page;
    private PDPageContentStream content;
    private int pageIndex = -1;
    private int nextMcid;
    private float y;

    public AccessiblePdf(PDRectangle pageSize, float margin, String title, String language) {
        this.pageSize = pageSize;
        this.margin = margin;
        try (InputStream ttf = PDDocument.class.getResourceAsStream(FONT)) {
            if (ttf == null) {
                throw new IllegalStateException("PDFBox's Liberation Sans is missing from the classpath");
            }
            font = PDType0Font.load(document, ttf, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setCreator("Partnership Portal");
        catalog.setLanguage(language);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        catalog.setMetadata(xmp(title));
        catalog.setStructureTreeRoot(treeRoot);
        root = new PDStructureElement(StandardStructureTypes.DOCUMENT, treeRoot);
        treeRoot.appendKid(root);
        newPage();
    }

    /** A heading; returns the page (from 1) its first line is drawn on, for a contents list or a bookmark. */
    public int heading(int level, String text, Style style) {
        String type = switch (level) {
            case 1 -> StandardStructureTypes.H1;
            case 2 -> StandardStructureTypes.H2;
            default -> StandardStructureTypes.H3;
        };
        space(style.size() * (level == 1 ? 0.3f : 0.9f));
        return block(type, List.of(new Run(text, style)), style.size() * 0.3f);
    }

    /** What follows starts on a new page (after a cover, a contents list). */
    public void pageBreak() {
        newPage();
    }

    /** The page being drawn, from 1; after {@link #toBytes()}, the number of pages. */
    public int currentPage() {
        return pageIndex + 1;
    }

    public void paragraph(String text, Style style) {
        paragraph(List.of(new Run(text, style)));
    }

    public void paragraph(List<Run> runs) {
        space(runs.get(0).style().size() * 0.25f);
        block(StandardStructureTypes.P, runs, 0);
    }

    public void space(float points) {
        y -= points;
    }

    /**
     * A table: the first row holds column headers (TH, scope Column); when rowHeaders, each row's first
     * cell is a row header (TH, scope Row). A row that does not fit starts a new page, where the column
     * headers are drawn again as an artifact (the structure holds them once); a row taller than a page
     * continues on the next one, its cells' lines carried over, so no text runs off a page. The header
     * row never stands alone at the foot of a page.
     */
    public void table(float[] relativeWidths, List<Cell> headers, List<List<Cell>> rows, boolean rowHeaders) {
        float total = 0;
        for (float w : relativeWidths) {
            total += w;
        }
        float[] widths = new float[relativeWidths.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = (pageSize.getWidth() - 2 * margin) * relativeWidths[i] / total;
        }
        space(4);
        float headerHeight = rowHeight(widths, headers);
        float firstRowStart = rows.isEmpty() ? 0 : Math.min(rowHeight(widths, rows.get(0)), 4 * headerHeight);
        if (y - headerHeight - firstRowStart < margin) {
            newPage();
        }
        PDStructureElement table = child(root, StandardStructureTypes.TABLE);
        row(table, widths, headers, true, false, null);
        float freshPage = pageSize.getHeight() - 2 * margin - headerHeight;
        for (List<Cell> cells : rows) {
            float height = rowHeight(widths, cells);
            if (y - height < margin && height <= freshPage) {
                newPage();
                row(null, widths, headers, true, false, null);
            }
            row(table, widths, cells, false, rowHeaders, headers);
        }
    }

    public byte[] toBytes() {
        try {
            content.close();
            PDNumberTreeNode numbers = new PDNumberTreeNode(COSBase.class);
            numbers.setNumbers(parentTree);
            treeRoot.setParentTree(numbers);
            treeRoot.setParentTreeNextKey(parentTree.size());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                document.close();
            } catch (IOException ignored) {
                // nothing to release beyond memory
            }
        }
    }

    private int block(String type, List<Run> runs, float after) {
        float width = pageSize.getWidth() - 2 * margin;
        List<List<Run>> lines = wrap(runs, width);
        PDStructureElement element = child(root, type);
        int firstPage = -1;
        for (List<Run> line : lines) {
            float leading = leading(line);
            if (y - leading < margin) {
                newPage();
            }
            if (firstPage < 0) {
                firstPage = currentPage();
            }
            y -= leading;
            drawLine(element, type, line, margin, y + leading * 0.25f);
        }
        y -= after;
        return firstPage;
    }

    /**
     * One row, tagged under {@code table} (or an artifact when it is null). Drawn in as many parts as
     * pages it needs: each part holds the cells' next lines that fit, and a part after a page break
     * follows the column headers drawn again ({@code repeatHeaders}, when given).
     */
    private void row(PDStructureElement table, float[] widths, List<Cell> cells, boolean header, boolean rowHeaders,
                     List<Cell> repeatHeaders) {
        int count = cells.size();
        List<List<List<Run>>> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(wrap(cells.get(i).runs(), widths[i] - 2 * CELL_PADDING));
        }
        PDStructureElement tr = table == null ? null : child(table, StandardStructureTypes.TR);
        PDStructureElement[] tagged = new PDStructureElement[count];
        for (int i = 0; i < count && tr != null; i++) {
            boolean th = header || (rowHeaders && i == 0);
            tagged[i] = child(tr, th ? StandardStructureTypes.TH : StandardStructureTypes.TD);
            if (th) {
                PDTableAttributeObject scope = new PDTableAttributeObject();
                scope.setScope(header ? PDTableAttributeObject.SCOPE_COLUMN : PDTableAttributeObject.SCOPE_ROW);
                tagged[i].addAttribute(scope);
            }
        }
        int[] next = new int[count];
        while (true) {
            float available = y - margin - 2 * CELL_PADDING;
            int[] end = new int[count];
            float height = 0;
            boolean done = true;
            for (int i = 0; i < count; i++) {
                float cellHeight = 0;
                int line = next[i];
                while (line < lines.get(i).size() && cellHeight + leading(lines.get(i).get(line)) <= available) {
                    cellHeight += leading(lines.get(i).get(line++));
                }
                end[i] = line;
                height = Math.max(height, cellHeight);
                done &= line == lines.get(i).size();
            }
            if (height == 0 && !done) {
                breakPage(widths, repeatHeaders);
                continue;
            }
            float top = y;
            boxes(widths, cells, header, top, height + 2 * CELL_PADDING);
            float x = margin;
            for (int i = 0; i < count; i++) {
                float lineTop = top - CELL_PADDING;
                for (List<Run> line : lines.get(i).subList(next[i], end[i])) {
                    float leading = leading(line);
                    lineTop -= leading;
                    drawLine(tagged[i], tagged[i] == null ? null : tagged[i].getStructureType(), line, x + CELL_PADDING,
                            lineTop + leading * 0.25f);
                }
                x += widths[i];
            }
            y = top - height - 2 * CELL_PADDING;
            next = end;
            if (done) {
                return;
            }
            breakPage(widths, repeatHeaders);
        }
    }

    private void breakPage(float[] widths, List<Cell> repeatHeaders) {
        newPage();
        if (repeatHeaders != null) {
            row(null, widths, repeatHeaders, true, false, null);
        }
    }

    /** The cells' fills and rules, as an artifact. */
    private void boxes(float[] widths, List<Cell> cells, boolean header, float top, float height) {
        try {
            content.beginMarkedContent(COSName.ARTIFACT);
            float x = margin;
            for (int i = 0; i < cells.size(); i++) {
                Color fill = header ? HEADER_FILL : cells.get(i).shaded() ? SHADED_FILL : null;
                if (fill != null) {
                    content.setNonStrokingColor(fill);
                    content.addRect(x, top - height, widths[i], height);
                    content.fill();
                }
                content.setStrokingColor(RULE);
                content.setLineWidth(0.5f);
                content.addRect(x, top - height, widths[i], height);
                content.stroke();
                x += widths[i];
            }
            content.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float rowHeight(float[] widths, List<Cell> cells) {
        float height = 0;
        for (int i = 0; i < cells.size(); i++) {
            float cellHeight = 0;
            for (List<Run> line : wrap(cells.get(i).runs(), widths[i] - 2 * CELL_PADDING)) {
                cellHeight += leading(line);
            }
            height = Math.max(height, cellHeight);
        }
        return height + 2 * CELL_PADDING;
    }

    /** Draws one line of runs; tagged under the element, or as an artifact when element is null. */
    private void drawLine(PDStructureElement element, String type, List<Run> line, float x, float baseline) {
        try {
            if (element == null) {
                content.beginMarkedContent(COSName.ARTIFACT);
            } else {
                int mcid = nextMcid++;
                content.beginMarkedContent(COSName.getPDFName(type), mcid);
                PDMarkedContentReference reference = new PDMarkedContentReference();
                reference.setMCID(mcid);
                reference.setPage(page);
                element.appendKid(reference);
                parentTree.get(pageIndex).add(element);
            }
            content.beginText();
            content.newLineAtOffset(x, baseline);
            for (Run run : line) {
                Style style = run.style();
                content.setFont(font, style.size());
                content.setNonStrokingColor(style.color());
                content.setStrokingColor(style.color());
                content.setRenderingMode(style.bold() ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
                content.setLineWidth(style.size() * 0.035f);
                content.showText(run.text());
            }
            content.endText();
            content.endMarkedContent();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Greedy word wrap over runs of several styles; a newline in the text starts a new line. */
    private List<List<Run>> wrap(List<Run> runs, float width) {
        List<List<Run>> lines = new ArrayList<>();
        List<Run> line = new ArrayList<>();
        float used = 0;
        for (Run run : runs) {
            String[] paragraphs = printable(run.text()).split("\n", -1);
            for (int p = 0; p < paragraphs.length; p++) {
                if (p > 0) {
                    lines.add(line);
                    line = new ArrayList<>();
                    used = 0;
                }
                for (String word : paragraphs[p].split(" ")) {
                    if (word.isEmpty()) {
                        continue;
                    }
                    String piece = (line.isEmpty() ? "" : " ") + word;
                    float w = width(piece, run.style());
                    if (used + w > width && !line.isEmpty()) {
                        lines.add(line);
                        line = new ArrayList<>();
                        used = 0;
                        piece = word;
                        w = width(piece, run.style());
                    }
                    while (w > width && piece.length() > 1) {
                        int fit = piece.length() - 1;
                        while (fit > 1 && width(piece.substring(0, fit), run.style()) > width) {
                            fit--;
                        }
                        line.add(new Run(piece.substring(0, fit), run.style()));
                        lines.add(line);
                        line = new ArrayList<>();
                        piece = piece.substring(fit);
                        w = width(piece, run.style());
                    }
                    append(line, piece, run.style());
                    used += w;
                }
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line);
        }
        // An empty line still takes its height; give it the first run's style.
        Style first = runs.isEmpty() ? new Style(10, false, Color.BLACK) : runs.get(0).style();
        for (List<Run> l : lines) {
            if (l.isEmpty()) {
                l.add(new Run("", first));
            }
        }
        return lines;
    }

    private static void append(List<Run> line, String text, Style style) {
        if (!line.isEmpty() && line.get(line.size() - 1).style().equals(style)) {
            Run last = line.remove(line.size() - 1);
            line.add(new Run(last.text() + text, style));
        } else {
            line.add(new Run(text, style));
        }
    }

    private float width(String text, Style style) {
        try {
            return font.getStringWidth(text) / 1000 * style.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float leading(List<Run> line) {
        float size = 0;
        for (Run run : line) {
            size = Math.max(size, run.style().size());
        }
        return size * 1.35f;
    }

    /** Text the embedded font can draw: tabs become spaces, and a character it has no glyph for becomes "?". */
    private String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.replace("\r\n", "\n").replace('\t', ' ').codePoints().forEach(cp -> {
            if (cp == '\n' || cp == ' ') {
                out.appendCodePoint(cp);
            } else if (Character.isISOControl(cp)) {
                out.append(' ');
            } else if (glyphCache.computeIfAbsent(cp, this::hasGlyph)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private PDStructureElement child(PDStructureNode parent, String type) {
        PDStructureElement element = new PDStructureElement(type, parent);
        element.setPage(page);
        parent.appendKid(element);
        return element;
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            page = new PDPage(pageSize);
            document.addPage(page);
            pageIndex++;
            nextMcid = 0;
            page.getCOSObject().setInt(COSName.STRUCT_PARENTS, pageIndex);
            // Tab order follows the structure (PDF/UA).
            page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
            parentTree.put(pageIndex, new COSArray());
            content = new PDPageContentStream(document, page);
            y = pageSize.getHeight() - margin;
            pageNumber();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Numbers pages that came from elsewhere (papers merged into a pack) as this writer numbers its own:
     * small grey text at the foot, right, marked as artifact so a screen reader skips it. The number sits
     * on the page's visible box, whatever its size; a page's own content is left as its author made it.
     */
    public static void numberPages(PDDocument document, int fromIndex, String prefix) throws IOException {
        PDType0Font font;
        try (InputStream ttf = PDDocument.class.getResourceAsStream(FONT)) {
            if (ttf == null) {
                throw new IllegalStateException("PDFBox's Liberation Sans is missing from the classpath");
            }
            font = PDType0Font.load(document, ttf, true);
        }
        for (int i = fromIndex; i < document.getNumberOfPages(); i++) {
            PDPage target = document.getPage(i);
            PDRectangle box = target.getCropBox();
            String label = prefix + (i + 1);
            float size = 8;
            float width = font.getStringWidth(label) / 1000 * size;
            try (PDPageContentStream stream = new PDPageContentStream(document, target, PDPageContentStream.AppendMode.APPEND, true, true)) {
                stream.beginMarkedContent(COSName.ARTIFACT);
                stream.beginText();
                stream.setFont(font, size);
                stream.setNonStrokingColor(Color.DARK_GRAY);
                stream.setRenderingMode(RenderingMode.FILL);
                stream.newLineAtOffset(box.getUpperRightX() - 24 - width, box.getLowerLeftY() + 12);
                stream.showText(label);
                stream.endText();
                stream.endMarkedContent();
            }
        }
    }

    private void pageNumber() throws IOException {
        Style small = new Style(8, false, Color.DARK_GRAY);
        String label = "Page " + (pageIndex + 1);
        drawLine(null, null, List.of(new Run(label, small)), pageSize.getWidth() - margin - width(label, small), margin / 2);
    }

    private PDMetadata xmp(String title) {
        String escaped = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        String xml = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escaped + "</rdf:li></rdf:Alt></dc:title>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
        try {
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(xml.getBytes(StandardCharsets.UTF_8));
            return metadata;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
