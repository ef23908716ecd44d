package org.partnershipportal.platform;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.Optional;
import java.util.Set;

/**
 * Checks of an uploaded file beyond its type, shared by every upload (papers, answers, attachments):
 * what the file would do when opened, how large it becomes, and whether its name hides its real
 * extension. Each returns the reason for refusing it, for the person and for the audit log.
 */
public final class UploadInspection {

    /** An Office package may not inflate to more than this (a 20 MB upload of text inflates to far less). */
    public static final long MAX_INFLATED_BYTES = 100L * 1024 * 1024;

    /** PDF keys that make a reader do something by itself: run script, start a program, act on opening. */
    private static final Set<COSName> ACTIVE_KEYS = Set.of(COSName.JS, COSName.getPDFName("JavaScript"), COSName.OPEN_ACTION,
            COSName.AA, COSName.getPDFName("Launch"));
    private static final Set<String> ACTIVE_ACTION_TYPES = Set.of("JavaScript", "Launch", "ImportData", "ResetForm", "SubmitForm", "Rendition");

    private UploadInspection() {
    }

    /** Why a PDF is refused: it cannot be read, or it carries an action (script, launch, open action); empty when it is plain. */
    public static Optional<String> activePdfContent(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var cos = document.getDocument();
            for (COSObjectKey key : cos.getXrefTable().keySet()) {
                COSObject object = cos.getObjectFromPool(key);
                COSBase value = object == null ? null : object.getObject();
                Optional<String> active = activeIn(value);
                if (active.isPresent()) {
                    return active;
                }
            }
            return activeIn(cos.getTrailer()).or(() -> activeIn(document.getDocumentCatalog().getCOSObject()));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.of("not a readable PDF");
        }
    }

    private static Optional<String> activeIn(COSBase value) {
        if (!(value instanceof COSDictionary dictionary)) {
            return Optional.empty();
        }
        for (COSName key : ACTIVE_KEYS) {
            if (dictionary.containsKey(key)) {
                return Optional.of("PDF with an active element (/" + key.getName() + ")");
            }
        }
        String type = dictionary.getNameAsString(COSName.S);
        if (type != null && ACTIVE_ACTION_TYPES.contains(type)) {
            return Optional.of("PDF with a " + type + " action");
        }
        return Optional.empty();
    }

    /**
     * Why an Office package is refused: it inflates beyond {@link #MAX_INFLATED_BYTES} (a "ZIP bomb").
     * Entries are really inflated, up to the limit, since the sizes a ZIP declares can lie.
     */
    public static Optional<String> oversizedPackage(byte[] zip) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            Enumeration<ZipArchiveEntry> entries = file.getEntries();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                if (entry.getSize() > MAX_INFLATED_BYTES || total + Math.max(0, entry.getSize()) > MAX_INFLATED_BYTES) {
                    return Optional.of("Office package declaring more than " + MAX_INFLATED_BYTES / (1024 * 1024) + " MB inflated");
                }
                try (InputStream in = file.getInputStream(entry)) {
                    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                        total += read;
                        if (total > MAX_INFLATED_BYTES) {
                            return Optional.of("Office package inflating to more than " + MAX_INFLATED_BYTES / (1024 * 1024) + " MB");
                        }
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.of("not a readable Office package");
        }
    }

    /**
     * True when a file name carries a character that changes the direction of the text around it:
     * "invoice\u202Efdp.exe" reads as "invoiceexe.pdf".
     */
    public static boolean hasDirectionControls(String fileName) {
        return fileName != null && fileName.codePoints().anyMatch(c -> (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E || c == 0x200F || c == 0x061C);
    }
}
