package org.partnershipportal.meetings;

/** Small rules shared by this package's forms. */
final class Forms {

    private Forms() {
    }

    /** Trims typed text; an empty field becomes null, so "optional" means absent. */
    static String trimmed(String text) {
        return org.partnershipportal.platform.InputRules.trimmed(text);
    }
}
