package org.partnershipportal.catalogue;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import org.partnershipportal.platform.Mailer;
import org.partnershipportal.platform.Permission;
import org.partnershipportal.platform.ScheduledMailJobs;
import org.partnershipportal.platform.PortalClock;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daily service-level run for data requests: reminders and escalations (see {@link DueRequestNotices}).
 * Every morning at 07:00 in London, once per partnership however many nodes run (it claims the day);
 * administrators can also run it now (admin/service-levels.xhtml), which sends only what is due and
 * not yet sent.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class RequestReminders {

    private static final Logger LOG = Logger.getLogger(RequestReminders.class.getName());
    static final String JOB = "data-request-service-levels";

    /** What one run did. */
    public record Report(int checked, int reminders, int escalations, List<Long> failed) implements Serializable {
    }

    @Resource
    TimerService timers;

    @Inject
    DueRequestNotices notices;

    @Inject
    ScheduledMailJobs jobs;

    @Inject
    PortalClock clock;

    @Inject
    Mailer mailer;

    @PostConstruct
    void scheduleDaily() {
        ScheduledMailJobs.scheduleOnly(timers, new ScheduleExpression().hour(7).minute(0), JOB);
    }

    @Timeout
    void daily() {
        LocalDate today = clock.today();
        if (jobs.claimToSend(JOB, "Data request reminders", today.toString())) {
            Report report = run(today);
            LOG.info(() -> "Data request reminders: " + report);
        }
    }

    @RolesAllowed(Permission.Name.RUN_REMINDERS)
    public Report runNow() {
        return run(clock.today());
    }

    @RolesAllowed(Permission.Name.RUN_REMINDERS)
    public boolean isMailConfigured() {
        return mailer.isConfigured();
    }

    private Report run(LocalDate today) {
        List<Long> candidates = notices.candidates(today);
        int reminders = 0;
        int escalations = 0;
        List<Long> failed = new ArrayList<>();
        for (long id : candidates) {
            try {
                Optional<ReminderKind> sent = notices.sendIfDue(id, today);
                if (sent.isPresent()) {
                    if (sent.get().isEscalation()) {
                        escalations++;
                    } else {
                        reminders++;
                    }
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Service-level notice for data request " + id + " failed", e);
                failed.add(id);
            }
        }
        return new Report(candidates.size(), reminders, escalations, failed);
    }
}
