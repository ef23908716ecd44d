package org.partnershipportal.platform;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.partnershipportal.identity.MyAccount;
import org.partnershipportal.identity.UserAccount;

import java.io.IOException;
import java.util.Optional;

/**
 * Applies account changes at the next request: a disabled account is signed out at once, and a
 * person with a temporary password can do nothing until they have chosen their own.
 */
@WebFilter(filterName = "AccountStateFilter", dispatcherTypes = DispatcherType.REQUEST, urlPatterns = {"*.xhtml", "/api/*",
        "/actions/export", "/meetings/pack.pdf", "/meetings/meeting.ics", "/meetings/paper", "/structure/map.csv", "/flags/compare.pdf",
        "/guidance/attachment", "/catalogue/answer-file"})
public class AccountStateFilter extends HttpFilter {

    static final String PASSWORD_PAGE = "/account/password.xhtml";

    @Inject
    MyAccount myAccount;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null || request.getServletPath().startsWith("/jakarta.faces.resource")) {
            chain.doFilter(request, response);
            return;
        }
        Optional<UserAccount> account = myAccount.current();
        if (account.isEmpty() || !account.get().isEnabled()) {
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            if (isApi(request)) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(request.getContextPath() + "/login.xhtml?disabled=true");
            }
            return;
        }
        if (account.get().isMustChangePassword() && !PASSWORD_PAGE.equals(request.getServletPath())
                && !"/login.xhtml".equals(request.getServletPath())) {
            if (isApi(request)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            } else {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getServletPath().startsWith("/api");
    }
}
