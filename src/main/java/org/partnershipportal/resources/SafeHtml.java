package org.partnershipportal.resources;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.regex.Pattern;

/**
 * The one allow-list for rich text written in the portal: headings, paragraphs, lists, links (http,
 * https and mailto only, opened safely), emphasis and quotes. Scripts, event handlers, styles, SVG,
 * images and javascript: links never survive. Applied when text is saved and again when it is shown.
 */
public final class SafeHtml {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("h2", "h3", "h4", "p", "br", "ul", "ol", "li", "strong", "b", "em", "i", "u", "blockquote", "a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
            .toFactory();

    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private SafeHtml() {
    }

    public static String sanitise(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }

    /** The words of already-sanitised HTML, for search and summaries. */
    public static String text(String safeHtml) {
        String text = TAGS.matcher(safeHtml == null ? "" : safeHtml).replaceAll(" ")
                .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", "\"").replace("&#39;", "'")
                .replace("&quot;", "\"").replace("&nbsp;", " ");
        return SPACE.matcher(text).replaceAll(" ").strip();
    }
}
