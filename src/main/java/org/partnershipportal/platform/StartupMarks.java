package org.partnershipportal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;

import java.util.concurrent.atomic.AtomicBoolean;

/** The start-up steps the container itself takes (CDI, the web application, the first answer) on the timeline. */
@WebListener
public class StartupMarks implements ServletContextListener, ServletRequestListener {

    private static final AtomicBoolean FIRST_REQUEST_ANSWERED = new AtomicBoolean();

    @ApplicationScoped
    public static class CdiStarted {
        void started(@Observes @Initialized(ApplicationScoped.class) Object context) {
            StartupTimeline.mark("CDI application scope started");
        }
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        StartupTimeline.mark("web application initialised");
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        if (FIRST_REQUEST_ANSWERED.compareAndSet(false, true)) {
            StartupTimeline.mark("first request answered");
        }
    }
}
