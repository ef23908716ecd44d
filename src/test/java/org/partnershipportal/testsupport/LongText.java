package org.partnershipportal.testsupport;

/** Text of an exact length made of words, as a person would write it, for tests of a field's limit. */
public final class LongText {

    private LongText() {
    }

    /** {@code opening}, then whole sentences, cut to exactly {@code length} characters ending in a full stop. */
    public static String ofLength(String opening, int length) {
        StringBuilder text = new StringBuilder(opening);
        while (text.length() < length) {
            text.append(" We will come back to this at the next meeting.");
        }
        text.setLength(length - 1);
        return text.append('.').toString();
    }
}
