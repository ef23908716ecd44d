package org.partnershipportal.testsupport;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The sign-in page's form as a browser posts it, read from the page's HTML. It uses nothing outside the JDK, so the
 * tests that run inside the server ({@link Deployments#inServer}) sign in with it as the others do through
 * {@link PortalClient}.
 */
public final class SignInForm {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("csp\\.init\\('([^']+)'\\)");

    private SignInForm() {
    }

    /** The fields of login.xhtml's form, filled in, with the page's view state and script nonce. */
    public static Map<String, String> filledIn(String signInPage, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("signIn", "signIn");
        form.put("signIn:username", username);
        form.put("signIn:password", password);
        form.put("signIn:submit", "");
        form.put("jakarta.faces.ViewState", viewState(signInPage));
        form.put("primefaces.nonce", nonce(signInPage));
        return form;
    }

    /** A page's Faces view state, as its forms post it back. */
    public static String viewState(String html) {
        Matcher matcher = VIEW_STATE.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("No ViewState in page:\n" + html);
        }
        return matcher.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    /** The script nonce PrimeFaces' CSP mode expects back with every form post, as its script sends it. */
    public static String nonce(String html) {
        Matcher matcher = NONCE.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("No CSP nonce in page");
        }
        return matcher.group(1);
    }

    /** Fields as an application/x-www-form-urlencoded body. */
    public static String urlEncoded(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
