package org.partnershipportal.platform;

import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * What every scheduled mail job of the portal does around its own work (the papers reminder, the
 * overdue-action digest, the data request reminders): one calendar timer on the partnership's clock,
 * and, when it fires, nothing without an SMTP server, and nothing if another node already claimed the
 * period (every node's timer fires; the first claim in MariaDB wins).
 */
@ApplicationScoped
public class ScheduledMailJobs {

    private static final Logger LOG = Logger.getLogger(ScheduledMailJobs.class.getName());

    @Inject
    Mailer mailer;

    @Inject
    OncePerCluster once;

    /**
     * Replaces the bean's timers with one at {@code when}, read on London's clock whatever zone the
     * server runs in ("Monday 07:00" is London's). Not persistent: each node schedules its own at start.
     */
    public static void scheduleOnly(TimerService timers, ScheduleExpression when, String job) {
        for (Timer timer : timers.getTimers()) {
            timer.cancel();
        }
        timers.createCalendarTimer(when.timezone(PortalClock.ZONE.getId()), new TimerConfig(job, false));
    }

    /**
     * Whether this node runs {@code job} for {@code period} now: mail is configured and no node has
     * claimed the period yet (the claim is taken here). Says in the log why not, or that it fired.
     */
    public boolean claimToSend(String job, String what, String period) {
        if (!mailer.isConfigured()) {
            LOG.info(() -> what + " not sent: no SMTP server is configured (PORTAL_MAIL_HOST)");
            return false;
        }
        LOG.info(() -> what + " timer fired for " + period);
        if (!once.claim(job, period)) {
            LOG.info(() -> what + " for " + period + " already claimed by a node (scheduled_run): not sent again");
            return false;
        }
        return true;
    }
}
