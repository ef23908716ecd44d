package org.partnershipportal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Outgoing mail (SMTP) and the weekly reminder's schedule, from MicroProfile Config: set
 * PORTAL_MAIL_HOST and friends in the environment (deploy/portal.env). No host: no mail is sent,
 * and the portal says so where it matters.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "portal.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "portal.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "partnership-portal@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "portal.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "portal.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "portal.mail.starttls", defaultValue = "false")
    boolean startTls;

    /** Where links in e-mails point: the address people use to reach the portal. */
    @Inject
    @ConfigProperty(name = "portal.url", defaultValue = "http://127.0.0.1:8080")
    String portalUrl;

    /** Day of the week the overdue-action digest goes out (MON…SUN) and the hour, in the server's time zone. */
    @Inject
    @ConfigProperty(name = "portal.reminders.day", defaultValue = "Mon")
    String reminderDay;

    @Inject
    @ConfigProperty(name = "portal.reminders.hour", defaultValue = "7")
    String reminderHour;

    /** Minute and second of the weekly run (0 and 0); a cluster test sets every minute and every five seconds, to see each node's timer fire. */
    @Inject
    @ConfigProperty(name = "portal.reminders.minute", defaultValue = "0")
    String reminderMinute;

    @Inject
    @ConfigProperty(name = "portal.reminders.second", defaultValue = "0")
    String reminderSecond;

    public boolean isConfigured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public String host() {
        return host.orElse("");
    }

    public int port() {
        return port;
    }

    public String from() {
        return from;
    }

    public Optional<String> username() {
        return username.filter(u -> !u.isBlank());
    }

    public String password() {
        return password.orElse("");
    }

    public boolean startTls() {
        return startTls;
    }

    public String portalUrl() {
        return portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }

    public String reminderDay() {
        return reminderDay;
    }

    public String reminderHour() {
        return reminderHour;
    }

    public String reminderMinute() {
        return reminderMinute;
    }

    public String reminderSecond() {
        return reminderSecond;
    }
}
