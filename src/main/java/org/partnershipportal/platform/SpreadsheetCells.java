package org.partnershipportal.platform;

/** Text bound for a spreadsheet (CSV or XLSX) as data, never as a formula. */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /**
     * Prefixes a quote to text a spreadsheet would run as a formula (OWASP "CSV injection"): an
     * action typed as "=HYPERLINK(…)" must open as text on a board member's machine.
     */
    public static String neutralised(String cell) {
        if (cell == null) {
            return "";
        }
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
