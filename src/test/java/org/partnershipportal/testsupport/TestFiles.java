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
}
