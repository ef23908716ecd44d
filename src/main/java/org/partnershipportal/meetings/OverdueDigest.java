package org.partnershipportal.meetings;

import org.partnershipportal.platform.Wording;

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
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnershipportal.audit.AuditAction;
import org.partnershipportal.audit.AuditLog;
import org.partnershipportal.boards.Membership;
import org.partnershipportal.identity.UserAccount;
import org.partnershipportal.platform.MailSettings;
import org.partnershipportal.platform.Mailer;
import org.partnershipportal.platform.Permission;
import org.partnershipportal.platform.ScheduledMailJobs;
import org.partnershipportal.platform.PortalClock;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The weekly e-mail to each owner of overdue actions, listing only their own actions on boards they
 * still sit on. Runs on the day and hour in config; administrators can also send it now.
 */
@Singleton
@Startup
// After the demo partnership is loaded (demo profile): a timer firing during its load would claim the week and find nothing.
@DependsOn({"SchemaMigrator", "DemoPartnership"})
public class OverdueDigest {

    private static final Logger LOG = Logger.getLogger(OverdueDigest.class.getName());

    /** What one run did, for the administrator's page and the audit log. */
    public record Report(int owners, int actions, int sent, List<String> failures) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    TimerService timers;

    @Inject
    Mailer mailer;

    @Inject
    MailSettings settings;

    @Inject
    AuditLog audit;

    @Inject
    ScheduledMailJobs jobs;

    private static final String JOB = "overdue-action-digest";

    @Inject
    PortalClock clock;

    @PostConstruct
    void scheduleWeekly() {
        ScheduledMailJobs.scheduleOnly(timers, new ScheduleExpression().dayOfWeek(settings.reminderDay()).hour(settings.reminderHour())
                .minute(settings.reminderMinute()).second(settings.reminderSecond()), JOB);
    }

    @Timeout
    void weekly() {
        LocalDate today = clock.today();
        String week = String.format(java.util.Locale.ROOT, "%d-W%02d", today.get(IsoFields.WEEK_BASED_YEAR), today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        if (jobs.claimToSend(JOB, "Overdue-action digest", week)) {
            send();
        }
    }

    @RolesAllowed(Permission.Name.RUN_REMINDERS)
    public Report sendNow() {
        return send();
    }

    @RolesAllowed(Permission.Name.RUN_REMINDERS)
    public boolean isMailConfigured() {
        return mailer.isConfigured();
    }

    @RolesAllowed(Permission.Name.RUN_REMINDERS)
    public String schedule() {
        return "every " + settings.reminderDay() + " at " + settings.reminderHour() + ":00";
    }

    private Report send() {
        LocalDate today = clock.today();
        Map<UserAccount, List<Action>> byOwner = overdueByOwner(today);
        int sent = 0;
        List<String> failures = new ArrayList<>();
        for (Map.Entry<UserAccount, List<Action>> entry : byOwner.entrySet()) {
            UserAccount owner = entry.getKey();
            try {
                mailer.send(owner.getEmail(), subject(entry.getValue()), body(owner, entry.getValue(), today));
                sent++;
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.WARNING, "Overdue-action digest to " + owner.getUsername() + " failed", e);
                failures.add(owner.getUsername());
            }
        }
        int actions = byOwner.values().stream().mapToInt(List::size).sum();
        audit.record(AuditAction.REMINDERS_SENT, ActionAuditNames.TARGET_TYPE, null,
                sent + " of " + byOwner.size() + " owners, " + actions + " overdue actions" + (failures.isEmpty() ? "" : "; failed: " + failures));
        return new Report(byOwner.size(), actions, sent, failures);
    }

    /** Overdue actions of enabled owners who still sit on the action's board, oldest due first. One query. */
    Map<UserAccount, List<Action>> overdueByOwner(LocalDate today) {
        List<Action> overdue = em.createQuery("SELECT a FROM Action a JOIN FETCH a.ownerAccount u JOIN FETCH a.board "
                        + "WHERE a.status IN :outstanding AND a.dueOn < :today AND u.enabled = TRUE "
                        + "AND EXISTS (SELECT m FROM Membership m WHERE m.board = a.board AND m.member = u AND "
                        + Membership.CURRENT_ON_TODAY + ") ORDER BY u.username, a.dueOn, a.id", Action.class)
                .setParameter("outstanding", ActionStatus.OUTSTANDING).setParameter("today", today).getResultList();
        Map<UserAccount, List<Action>> byOwner = new LinkedHashMap<>();
        for (Action action : overdue) {
            byOwner.computeIfAbsent(action.getOwnerAccount(), owner -> new ArrayList<>()).add(action);
        }
        return byOwner;
    }

    private static String subject(List<Action> actions) {
        return actions.size() == 1 ? "1 overdue action on the Partnership Portal" : actions.size() + " overdue actions on the Partnership Portal";
    }

    private String body(UserAccount owner, List<Action> actions, LocalDate today) {
        StringBuilder text = new StringBuilder();
        text.append("Dear ").append(owner.getFullName()).append(",\n\n")
                .append("These actions you own are past their due date. Please record progress, or agree a new date with the chair.\n\n");
        for (Action action : actions) {
            long days = ChronoUnit.DAYS.between(action.getDueOn(), today);
            text.append("* ").append(action.getBoard().getShortName()).append(": ").append(action.getDescription()).append('\n')
                    .append("  Due ").append(Wording.date(action.getDueOn())).append(" (").append(Wording.count(days, "day"))
                    .append(" overdue), ").append(action.shownOn(today).label().toLowerCase(Locale.UK)).append('\n')
                    .append("  ").append(settings.portalUrl()).append("/actions/action.xhtml?id=").append(action.getId()).append("\n\n");
        }
        text.append("All your actions: ").append(settings.portalUrl()).append("/actions/mine.xhtml\n\n")
                .append("You receive this weekly while you own overdue actions. It lists only your own actions.\n");
        return text.toString();
    }
}
