package org.partnershipportal.testsupport;

import org.jsoup.nodes.Element;

/** Reading a PrimeFaces table's cells from a page's HTML, as a person reads them. */
public final class TableCells {

    private TableCells() {
    }

    /**
     * What a cell says, without the column's name that a reflow table writes into every cell for phones
     * (hidden on wider screens, but part of the page's text).
     */
    public static String text(Element cell) {
        Element copy = cell.clone();
        copy.select(".ui-column-title").remove();
        return copy.text().trim();
    }
}
