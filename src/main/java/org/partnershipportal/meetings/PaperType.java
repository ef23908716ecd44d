package org.partnershipportal.meetings;

import org.partnershipportal.platform.UploadInspection;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of paper a board accepts, recognised by their content: a PDF by its header, a Word or
 * Excel file by the parts inside its Office Open XML package. A name alone proves nothing: a
 * renamed executable or a ZIP called "report.docx" is refused.
 */
public enum PaperType {
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /** Enough entries to find the package's main parts; a real document lists them early. */
    private static final int MAX_ENTRIES_EXAMINED = 2000;

    private final String extension;
    private final String contentType;

    PaperType(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The type the name claims, from its extension. */
    public static Optional<PaperType> claimedBy(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> lower.endsWith("." + type.extension)).findFirst();
    }

    /** The type the bytes really are, if any we accept. */
    public static Optional<PaperType> detect(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return officePackage(content);
        }
        return Optional.empty();
    }

    /**
     * Why a file of this type is refused although it is what its name says: a PDF that would act by
     * itself when opened, or an Office package that inflates to a "ZIP bomb". Empty when it is safe.
     */
    public Optional<String> riskIn(byte[] content) {
        return this == PDF ? UploadInspection.activePdfContent(content) : UploadInspection.oversizedPackage(content);
    }

    /** What the person is told when {@link #riskIn} refuses a file for the given reason. */
    public String riskMessage(String reason) {
        if (reason.startsWith("not a readable")) {
            return "This file could not be read as a " + extension.toUpperCase(Locale.ROOT) + " file. Save it again and upload that";
        }
        return this == PDF
                ? "This PDF contains scripts or actions that run when it is opened. Print it to a new PDF (or save it as PDF/A) and upload that"
                : "This document becomes larger than " + UploadInspection.MAX_INFLATED_BYTES / (1024 * 1024)
                + " MB when opened. Remove large embedded objects and upload it again";
    }

    /** What the person is told when a file name hides its real extension. */
    public static final String DISGUISED_NAME = "The file's name contains characters that disguise its real type. Rename it and upload it again";

    private static Optional<PaperType> officePackage(byte[] content) {
        Set<String> names = new HashSet<>();
        // Only the central directory is read, never an entry's inflated content, so a ZIP bomb costs nothing here.
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntries();
            int examined = 0;
            while (entries.hasMoreElements() && examined++ < MAX_ENTRIES_EXAMINED) {
                names.add(entries.nextElement().getName());
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.contains("word/document.xml")) {
            return Optional.of(DOCX);
        }
        if (names.contains("xl/workbook.xml")) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content != null && content.length >= prefix.length
                && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
