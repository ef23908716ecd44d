package org.partnershipportal.platform;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Uploaded files that are what their name says but would still do harm: scripts in PDFs, ZIP bombs, disguised names. */
class UploadInspectionTest {

    @Test
    void aPlainPdfPassesAndOneThatRunsScriptOrLaunchesAProgramIsRefused() throws Exception {
        assertThat(UploadInspection.activePdfContent(pdf(document -> { }))).isEmpty();
        assertThat(UploadInspection.activePdfContent(pdf(document ->
                document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hi')")))))
                .hasValueSatisfying(reason -> assertThat(reason).contains("OpenAction"));
        assertThat(UploadInspection.activePdfContent(pdf(document -> {
            PDPageAdditionalActions actions = new PDPageAdditionalActions();
            PDActionLaunch launch = new PDActionLaunch();
            launch.setFile(new org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification());
            actions.setO(launch);
            document.getPage(0).setActions(actions);
        }))).isPresent();
        assertThat(UploadInspection.activePdfContent("%PDF-1.4\n%%EOF\n".getBytes())).contains("not a readable PDF");
    }

    @Test
    void anOfficePackageThatInflatesBeyondTheLimitIsRefused() throws Exception {
        assertThat(UploadInspection.oversizedPackage(zip(1024))).isEmpty();
        byte[] bomb = zip(UploadInspection.MAX_INFLATED_BYTES + 1024 * 1024);
        assertThat(bomb.length).as("small on the wire").isLessThan(1024 * 1024);
        assertThat(UploadInspection.oversizedPackage(bomb)).hasValueSatisfying(reason -> assertThat(reason).contains("100 MB"));
    }

    @Test
    void aNameThatTurnsItsTextAroundIsRecognised() {
        assertThat(UploadInspection.hasDirectionControls("invoice\u202Efdp.exe")).isTrue();
        assertThat(UploadInspection.hasDirectionControls("minutes\u2067.docx")).isTrue();
        assertThat(UploadInspection.hasDirectionControls("Minutes – March 2027 (draft).docx")).isFalse();
    }

    private interface Change {
        void apply(PDDocument document) throws Exception;
    }

    private static byte[] pdf(Change change) throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            change.apply(document);
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A package with [Content_Types].xml and one part of the given inflated size (zeros compress to almost nothing). */
    private static byte[] zip(long inflated) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written < inflated; written += zeros.length) {
                zip.write(zeros, 0, (int) Math.min(zeros.length, inflated - written));
            }
        }
        return out.toByteArray();
    }
}
