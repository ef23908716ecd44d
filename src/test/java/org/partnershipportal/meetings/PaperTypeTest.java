package org.partnershipportal.meetings;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class PaperTypeTest {

    @Test
    void recognisesRealPapersByTheirContent() throws Exception {
        assertThat(PaperType.detect("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1))).contains(PaperType.PDF);
        assertThat(PaperType.detect(wordDocument())).contains(PaperType.DOCX);
        assertThat(PaperType.detect(workbook())).contains(PaperType.XLSX);
    }

    @Test
    void refusesWhatOnlyLooksLikeAPaperByName() throws Exception {
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertThat(PaperType.detect(exe)).isEmpty();
        assertThat(PaperType.detect(plainZip())).as("a ZIP that is not an Office document").isEmpty();
        assertThat(PaperType.detect("PK\u0003\u0004 truncated".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(PaperType.detect(new byte[0])).isEmpty();
        assertThat(PaperType.detect("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void readsTheClaimedTypeFromTheExtensionWhateverItsCase() {
        assertThat(PaperType.claimedBy("Board Paper.PDF")).contains(PaperType.PDF);
        assertThat(PaperType.claimedBy("figures.xlsx")).contains(PaperType.XLSX);
        assertThat(PaperType.claimedBy("minutes.docx")).contains(PaperType.DOCX);
        assertThat(PaperType.claimedBy("setup.exe")).isEmpty();
        assertThat(PaperType.claimedBy("report.pdf.exe")).isEmpty();
        assertThat(PaperType.claimedBy("old.doc")).isEmpty();
        assertThat(PaperType.claimedBy(null)).isEmpty();
    }

    @Test
    void keepsOnlyASafeLastSegmentOfTheFileName() {
        assertThat(org.partnershipportal.platform.FileTransfer.safeFileName("C:\\Users\\casey\\Desktop\\paper.pdf")).isEqualTo("paper.pdf");
        assertThat(org.partnershipportal.platform.FileTransfer.safeFileName("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
        assertThat(org.partnershipportal.platform.FileTransfer.safeFileName("a\"b\r\nc.pdf")).isEqualTo("abc.pdf");
    }

    private static byte[] wordDocument() throws Exception {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Board paper");
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] workbook() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Figures").createRow(0).createCell(0).setCellValue(42);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] plainZip() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a document".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
