package org.partnershipportal.duplicates;

/** One matcher for all tests (the embedding model and WordNet load once). */
final class TestMatchers {
    private static DuplicateMatcher matcher;

    static synchronized DuplicateMatcher matcher() {
        if (matcher == null) matcher = DuplicateMatcher.createDefault();
        return matcher;
    }
}
