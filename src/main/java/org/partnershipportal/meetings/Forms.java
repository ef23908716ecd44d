package org.partnershipportal.meetings;

/** Small rules shared by this package's forms. */
final class Forms {

    private Forms() {
    }

    /** Trims typed text; an empty field becomes null, so "optional" means absent. */
    static String trimmed(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
