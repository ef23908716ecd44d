package org.partnershipportal.language;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The note under a text field (WEB-INF/includes/language-notes.xhtml): the field's text cut at the listed terms,
 * redrawn with each found term underlined and its alternative beside it. Asked again as people type; never
 * blocks a save. One matcher and one reading of the list per request, whatever number of fields the page has.
 */
@Named
@RequestScoped
public class LanguageNotes {

    @Inject
    LanguageList list;

    private LanguageMatcher matcher;
    private final Map<String, List<LanguageMatcher.Piece>> piecesByText = new HashMap<>();

    /** The text in pieces; EL asks several times per render, so each text is matched once. */
    public List<LanguageMatcher.Piece> piecesOf(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return piecesByText.computeIfAbsent(text, t -> matcher().pieces(t));
    }

    /** The found terms only, in the order they occur. */
    public List<LanguageMatcher.Finding> findingsIn(String text) {
        return piecesOf(text).stream().filter(LanguageMatcher.Piece::isFlagged).map(LanguageMatcher.Piece::finding).toList();
    }

    private LanguageMatcher matcher() {
        if (matcher == null) {
            matcher = list.matcher();
        }
        return matcher;
    }
}
