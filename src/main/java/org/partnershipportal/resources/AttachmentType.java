package org.partnershipportal.resources;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a resource may attach: PDF and common images, recognised by their first bytes as well as their name. */
public enum AttachmentType {
    PDF("application/pdf", new String[]{"pdf"}, new int[]{'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", new String[]{"png"}, new int[]{0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", new String[]{"jpg", "jpeg"}, new int[]{0xFF, 0xD8, 0xFF});

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private final String contentType;
    private final String[] extensions;
    private final int[] magic;

    AttachmentType(String contentType, String[] extensions, int[] magic) {
        this.contentType = contentType;
        this.extensions = extensions;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    public boolean isImage() {
        return this != PDF;
    }

    public static Optional<AttachmentType> claimedBy(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> Arrays.stream(type.extensions).anyMatch(ext -> lower.endsWith("." + ext))).findFirst();
    }

    public static Optional<AttachmentType> detect(byte[] content) {
        return Arrays.stream(values()).filter(type -> type.matches(content)).findFirst();
    }

    private boolean matches(byte[] content) {
        if (content == null || content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
