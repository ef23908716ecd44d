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
import org.partnershipportal.identity.UserAccount;
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
 * The daily run of sharing agreements' review reminders (see {@link DueAgreementReviews}): every morning
 * at 07:10 in London, once per partnership however many nodes run (it claims the day); administrators can
 * also run it now beside the data requests' reminders (admin/service-levels.xhtml), which sends only what
 * is due and not yet sent.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class AgreementReviewReminders {

    private static final Logger LOG = Logger.getLogger(AgreementReviewReminders.class.getName());
    static final String JOB = "sharing-agreement-review-reminders";

    /** What one run did: agreements due for review checked, reminders sent, data leads told, agreements whose reminder failed. */
    public record Report(int checked, int reminders, int people, List<Long> failed) implements Serializable {
    }

    @Resource
    TimerService timers;

    @Inject
    DueAgreementReviews reviews;

    @Inject
    ScheduledMailJobs jobs;

    @Inject
    PortalClock clock;

    @PostConstruct
    void scheduleDaily() {
        // Ten minutes after the data requests' run, so the two jobs do not send their mails at once.
        ScheduledMailJobs.scheduleOnly(timers, new ScheduleExpression().hour(7).minute(10), JOB);
    }

    @Timeout
    void daily() {
        LocalDate today = clock.today();
        if (jobs.claimToSend(JOB, "Agreement review reminders", today.toString())) {
            Report report = run(today);
            LOG.info(() -> "Agreement review reminders: " + report);
        }
    }

    @RolesAllowed(Permission.Name.RUN_REMINDERS)
    public Report runNow() {
        return run(clock.today());
    }

    private Report run(LocalDate today) {
        List<Long> candidates = reviews.candidates(today);
        int reminders = 0;
        int people = 0;
        List<Long> failed = new ArrayList<>();
        for (long id : candidates) {
            try {
                Optional<List<UserAccount>> told = reviews.sendIfDue(id, today);
                if (told.isPresent()) {
                    reminders++;
                    people += told.get().size();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Review reminder for sharing agreement " + id + " failed", e);
                failed.add(id);
            }
        }
        return new Report(candidates.size(), reminders, people, failed);
    }
}
