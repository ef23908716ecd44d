package org.partnershipportal.platform;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnershipportal.demo.DemoPartnership;
import org.partnershipportal.testsupport.Deployments;
import org.partnershipportal.testsupport.SignInForm;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A signed-in person opens a page with a view-scoped bean many times over, as anyone does in a day; what their session
 * keeps for those pages stays bounded: the view maps of the last pages (web.xml's {@code numberOfActiveViewMaps}) and
 * Mojarra's record of those pages' bean contexts, not one record per page ever opened
 * ({@link ViewScopeContextsFollowViewMaps}). Runs inside the server, so it can look at the session itself: it signs in
 * over HTTP to the server it runs in, and a listener of this test's own records the server's sessions.
 */
@ExtendWith(ArquillianExtension.class)
@UsesDemoPartnership
class ViewScopeStaysBoundedIT {

    @Deployment
    static WebArchive portal() {
        return Deployments.inServer(ViewScopeStaysBoundedIT.class);
    }

    /** The request Arquillian runs this test in: it names the server's port and the portal's path. */
    @Inject
    HttpServletRequest runnerRequest;

    @Test
    void aSessionKeepsViewScopeRecordsOnlyForThePagesWhoseBeansItStillKeeps() throws Exception {
        String origin = "http://127.0.0.1:" + runnerRequest.getLocalPort();
        URI base = URI.create(origin + runnerRequest.getContextPath() + "/");
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();

        String login = http.send(HttpRequest.newBuilder(base.resolve("login.xhtml")).build(), HttpResponse.BodyHandlers.ofString()).body();
        String body = SignInForm.urlEncoded(SignInForm.filledIn(login, "casey.chair", DemoPartnership.DEMO_PASSWORD));
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(base.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signedIn.statusCode(), "casey.chair signs in");

        int viewMapsKept = Integer.parseInt(runnerRequest.getServletContext().getInitParameter("com.sun.faces.numberOfActiveViewMaps"));
        int pagesOpened = 3 * viewMapsKept;
        for (int page = 0; page < pagesOpened; page++) {
            HttpResponse<String> glossary = http.send(HttpRequest.newBuilder(base.resolve("glossary/index.xhtml")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, glossary.statusCode(), "the glossary, opened time " + (page + 1));
        }

        HttpSession session = sessionOf(cookies);
        Map<?, ?> viewMaps = assertInstanceOf(Map.class, session.getAttribute(ViewScopeContextsFollowViewMaps.VIEW_MAPS_KEPT),
                "Mojarra's view maps in the session, under the name the portal reads");
        Map<?, ?> contexts = assertInstanceOf(Map.class, session.getAttribute(ViewScopeContextsFollowViewMaps.VIEW_SCOPE_CONTEXTS),
                "Mojarra's view-scope contexts in the session, under the name the portal reads");
        // The glossary's bean made a view map each time, and Mojarra kept only the last ones: the bound below is tested
        // on a session that opened three times as many pages.
        assertEquals(viewMapsKept, viewMaps.size(), "view maps kept after " + pagesOpened + " pages");
        // At most the page evicted by the last request, were the portal's listener to run before Mojarra's evicts it
        // (Mojarra's is registered first, so none is expected); without the listener there is one per page evicted.
        long forgottenPages = contexts.keySet().stream().filter(viewMapId -> !viewMaps.containsKey(viewMapId)).count();
        assertTrue(forgottenPages <= 1, "view-scope records of pages whose beans are gone, after " + pagesOpened
                + " pages: " + forgottenPages + " (of " + contexts.size() + " records)");
    }

    private static HttpSession sessionOf(CookieManager cookies) {
        String sessionCookie = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no session cookie after signing in"));
        // The cookie may carry the node's route after the session's id.
        return SessionsOfThisServer.BY_ID.entrySet().stream().filter(e -> sessionCookie.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("no session " + sessionCookie + " in this server"));
    }

    /**
     * The server's sessions by id, recorded as they start and as signing in gives them a new id (test code only, in the
     * in-server deployment).
     */
    @WebListener
    public static class SessionsOfThisServer implements HttpSessionListener, jakarta.servlet.http.HttpSessionIdListener {
        static final Map<String, HttpSession> BY_ID = new ConcurrentHashMap<>();

        @Override
        public void sessionCreated(HttpSessionEvent event) {
            BY_ID.put(event.getSession().getId(), event.getSession());
        }

        @Override
        public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
            BY_ID.remove(oldSessionId);
            BY_ID.put(event.getSession().getId(), event.getSession());
        }

        @Override
        public void sessionDestroyed(HttpSessionEvent event) {
            BY_ID.remove(event.getSession().getId());
        }
    }
}
