package org.partnershipportal.platform;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** What every uploaded or downloaded file in the portal goes through: its name, its size as shown, its digest, how it is sent. */
public final class FileTransfer {

    private static final int FILE_NAME_MAX = 255;

    private FileTransfer() {
    }

    /**
     * Sends a file built in full beforehand, always as an attachment with the type checked at upload;
     * nosniff comes from the security headers filter.
     */
    public static void sendAttachment(HttpServletResponse response, String contentType, String fileName, byte[] body) throws IOException {
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.setHeader("Content-Disposition", contentDisposition(fileName));
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(body);
    }

    /** As {@link #sendAttachment(HttpServletResponse, String, String, byte[])}, for a file built in full on disk (a large meeting pack). */
    public static void sendAttachment(HttpServletResponse response, String contentType, String fileName, java.nio.file.Path body) throws IOException {
        response.setContentType(contentType);
        response.setContentLengthLong(java.nio.file.Files.size(body));
        response.setHeader("Content-Disposition", contentDisposition(fileName));
        response.setHeader("Cache-Control", "private, no-store");
        java.nio.file.Files.copy(body, response.getOutputStream());
    }

    /** RFC 6266: an ASCII fallback name plus the UTF-8 name, so "Écoles – plan.pdf" survives. */
    public static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** The last path segment of a browser's file name, without control characters or quotes; empty if nothing is left. */
    public static String safeFileName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        return name.length() > FILE_NAME_MAX ? name.substring(name.length() - FILE_NAME_MAX) : name;
    }

    /** Size for people: "2.4 MB", "180 KB". */
    public static String sizeLabel(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
        }
        return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
