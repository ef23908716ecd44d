package org.partnershipportal.glossary;

import jakarta.enterprise.context.RequestScoped;

import java.util.List;
import java.util.function.Supplier;

/**
 * The glossary's search forms as read during this request, so they are read once. One catalogue search asks for them
 * for its rows, its count and its facets, each a query of every term. Per request only, like
 * {@code platform.PermissionAnswers}: a term changed through another node counts from the next request.
 */
@RequestScoped
class SearchFormsThisRequest {

    private List<List<String>> forms;

    List<List<String>> forms(Supplier<List<List<String>>> read) {
        if (forms == null) {
            forms = List.copyOf(read.get());
        }
        return forms;
    }

    /** A term changed in this request: a later search in it reads the glossary again. */
    void forget() {
        forms = null;
    }
}
