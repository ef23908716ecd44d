package org.partnershipportal.platform;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie is HttpOnly and SameSite=Lax always (web.xml); it is marked Secure when the
 * portal is served over TLS (PORTAL_TLS=true), which can only be known at deployment.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Inject
    PortalSettings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (settings.isServedOverTls()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
