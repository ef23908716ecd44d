package org.partnershipportal.meetings;

/** Small rules shared by this package's forms. */
final class Forms {

    private Forms() {
    }

    /** Trims typed text; an empty field becomes null, so "optional" means absent. */
    static String trimmed(String text) {
        return org.partnershipportal.platform.InputRules.trimmed(text);
    }

    /**
     * The bytes of a paper chosen in a form's "paper" field, for Agendas.upload to check. One byte over the limit is
     * enough for it to refuse; the rest is never read into memory.
     */
    static byte[] uploadedPaper(org.primefaces.model.file.UploadedFile upload) {
        if (upload == null || upload.getSize() == 0) {
            throw new org.partnershipportal.platform.InvalidInputException("paper", "Choose a file to upload");
        }
        try (java.io.InputStream in = upload.getInputStream()) {
            return in.readNBytes((int) PaperType.MAX_BYTES + 1);
        } catch (java.io.IOException unreadable) {
            throw new org.partnershipportal.platform.InvalidInputException("paper", "The file could not be read. Try uploading it again");
        }
    }
}
