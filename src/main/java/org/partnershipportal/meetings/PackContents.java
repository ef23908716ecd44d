package org.partnershipportal.meetings;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each paper sits in a meeting pack: the pack's own pages (cover, contents, agenda, minutes,
 * actions) come first, then each PDF paper that could be read, whole, in agenda order. Word and Excel
 * papers, and PDFs that could not be read, take no pages: the contents list says where they are.
 */
record PackContents(int ownPages, List<Enclosure> enclosures) {

    /** How a paper travels with the pack. */
    enum Inclusion {
        MERGED, ATTACHED_SEPARATELY, UNREADABLE
    }

    /** One paper of the agenda; pages is how many it has when merged, otherwise 0. */
    record Enclosure(String fileName, Inclusion inclusion, int pages) {
        boolean merged() {
            return inclusion == Inclusion.MERGED;
        }
    }

    /** The pack page (from 1) each paper starts on, in the order of the enclosures; null for a paper not merged. */
    List<Integer> firstPages() {
        List<Integer> starts = new ArrayList<>();
        int next = ownPages + 1;
        for (Enclosure enclosure : enclosures) {
            starts.add(enclosure.merged() ? next : null);
            next += enclosure.pages();
        }
        return starts;
    }

    int totalPages() {
        return ownPages + enclosures.stream().mapToInt(Enclosure::pages).sum();
    }

    /** What the contents list says about a paper that is not merged; empty for a merged one. */
    static String note(Enclosure enclosure) {
        return switch (enclosure.inclusion()) {
            case MERGED -> "";
            case ATTACHED_SEPARATELY -> "attached separately (not in this pack)";
            case UNREADABLE -> "could not be included; download it separately";
        };
    }
}
