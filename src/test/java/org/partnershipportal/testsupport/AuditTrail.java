package org.partnershipportal.testsupport;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The audit log as an administrator reads it: filtered on the server (who acted, whom it concerned,
 * what happened) and read back as rows, so a test asserts on one event rather than on a word that
 * could be anywhere on the page (the filter's own list names every kind of event).
 */
public final class AuditTrail {

    /** One row of the log as shown. */
    public record Row(long id, String who, String what, String concerning, String detail) {
    }

    /** The newest event's number among these rows (0 when none): rows written later have larger numbers. */
    public static long newest(List<Row> rows) {
        return rows.stream().mapToLong(Row::id).max().orElse(0);
    }

    /** The rows written after the event numbered {@code since}. */
    public static List<Row> after(long since, List<Row> rows) {
        return rows.stream().filter(row -> row.id() > since).toList();
    }

    private AuditTrail() {
    }

    /** The rows an administrator's client sees for this filter; null parts are not filtered. */
    public static List<Row> filtered(PortalClient admin, String who, String concerning, String what) throws IOException, InterruptedException {
        var response = admin.get(path(who, concerning, what));
        if (response.statusCode() != 200) {
            throw new AssertionError("The audit log answered " + response.statusCode());
        }
        return rows(response.body());
    }

    /** The same, in an administrator's browser. */
    public static List<Row> filtered(Browser admin, String who, String concerning, String what) {
        admin.go(path(who, concerning, what));
        admin.waitFor(org.openqa.selenium.By.id("events:table"));
        return rows(admin.driver().getPageSource());
    }

    public static String path(String who, String concerning, String what) {
        StringBuilder path = new StringBuilder("admin/audit.xhtml?");
        if (who != null) {
            path.append("who=").append(URLEncoder.encode(who, StandardCharsets.UTF_8)).append('&');
        }
        if (concerning != null) {
            path.append("concerning=").append(URLEncoder.encode(concerning, StandardCharsets.UTF_8)).append('&');
        }
        if (what != null) {
            path.append("what=").append(what);
        }
        return path.toString();
    }

    static List<Row> rows(String html) {
        Document page = Jsoup.parse(html);
        Element body = page.getElementById("events:table_data");
        if (body == null) {
            throw new AssertionError("No audit table on the page:\n" + page.text());
        }
        return body.select("tr").stream()
                .filter(tr -> !tr.hasClass("ui-datatable-empty-message"))
                .map(tr -> new Row(Long.parseLong(cell(tr, "id")), cell(tr, "who"), cell(tr, "what"), cell(tr, "concerning"), cell(tr, "detail")))
                .toList();
    }

    private static String cell(Element row, String column) {
        Element cell = row.selectFirst("td." + column);
        return cell == null ? "" : TableCells.text(cell);
    }
}
