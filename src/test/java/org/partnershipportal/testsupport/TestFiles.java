package org.partnershipportal.testsupport;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files a person would upload, made for a test. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A real one-page PDF with the text (OpenPDF), as a word processor would save it. */
    public static Path writePdf(Path file, String text) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Document document = new Document();
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph(text));
            document.close();
        }
        return file;
    }

    /** A real PDF with one page per text (OpenPDF), untagged, as many authors' papers are. */
    public static Path writePdfPages(Path file, java.util.List<String> pages) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Document document = new Document();
            PdfWriter.getInstance(document, out);
            document.open();
            for (int i = 0; i < pages.size(); i++) {
                if (i > 0) {
                    document.newPage();
                }
                document.add(new Paragraph(pages.get(i)));
            }
            document.close();
        }
        return file;
    }

    /** The smallest Word document the portal recognises by its parts: a content-types list and word/document.xml. */
    public static Path writeDocx(Path file, String text) throws IOException {
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }
}
