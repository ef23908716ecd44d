package org.partnershipportal.meetings;

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
import org.partnershipportal.identity.UserAccount;
import org.partnershipportal.platform.MailSettings;
import org.partnershipportal.platform.Mailer;
import org.partnershipportal.platform.Permission;
import org.partnershipportal.platform.ScheduledMailJobs;
import org.partnershipportal.platform.PortalClock;
import org.partnershipportal.platform.Wording;
import org.partnershipportal.platform.WorkingCalendar;
import org.partnershipportal.platform.WorkingDays;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Each working morning, one e-mail to each lead of an agenda item whose paper is missing, in the
 * working days before the board's papers deadline (and until the meeting, once it has passed). Every
 * node's timer fires; the first to claim the day sends. Administrators can also send it now.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class PapersReminder {

    private static final Logger LOG = Logger.getLogger(PapersReminder.class.getName());
    private static final String JOB = "papers-reminder";

    /** Agendas further ahead than this have no deadline close enough to remind about. */
    private static final int LOOK_AHEAD_DAYS = 45;

    /** What one run did. */
    public record Report(int leads, int items, int sent, List<String> failures) implements Serializable {
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

    @Inject
    PortalClock clock;

    @Inject
    WorkingDays workingDays;

    @PostConstruct
    void scheduleDaily() {
        ScheduledMailJobs.scheduleOnly(timers, new ScheduleExpression().hour(7).minute(30), JOB);
    }

    @Timeout
    void daily() {
        LocalDate today = clock.today();
        if (jobs.claimToSend(JOB, "Papers reminders", today.toString())) {
            send(today);
        }
    }

    @RolesAllowed(Permission.Name.RUN_REMINDERS)
    public Report sendNow() {
        return send(clock.today());
    }

    private Report send(LocalDate today) {
        Map<UserAccount, List<AgendaItem>> byLead = missingPapersByLead(today);
        int sent = 0;
        List<String> failures = new ArrayList<>();
        for (Map.Entry<UserAccount, List<AgendaItem>> entry : byLead.entrySet()) {
            try {
                mailer.send(entry.getKey().getEmail(), Wording.choose(entry.getValue().size(), "A paper is due for an agenda item you lead",
                        "Papers are due for agenda items you lead"), body(entry.getKey(), entry.getValue()));
                sent++;
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.WARNING, "Papers reminder to " + entry.getKey().getUsername() + " failed", e);
                failures.add(entry.getKey().getUsername());
            }
        }
        int items = byLead.values().stream().mapToInt(List::size).sum();
        audit.record(AuditAction.PAPER_REMINDERS_SENT, Agendas.AGENDA_ITEM, null,
                sent + " of " + byLead.size() + " leads, " + items + " items without a paper" + (failures.isEmpty() ? "" : "; failed: " + failures));
        return new Report(byLead.size(), items, sent, failures);
    }

    /**
     * Items of planned meetings ahead, with a lead who has an enabled account and sits on the board today (the reminder
     * sends them to the meeting's page, which refuses anyone else), no paper, and a deadline close enough. One query.
     */
    Map<UserAccount, List<AgendaItem>> missingPapersByLead(LocalDate today) {
        List<AgendaItem> candidates = em.createQuery("SELECT i FROM AgendaItem i JOIN FETCH i.leadAccount u JOIN FETCH i.meeting mt JOIN FETCH mt.board "
                        + "WHERE mt.status = :planned AND mt.startsAt >= :from AND mt.startsAt < :to AND i.standing = FALSE AND u.enabled = TRUE "
                        + "AND EXISTS (SELECT m FROM Membership m WHERE m.member = u AND m.board = mt.board AND "
                        + org.partnershipportal.boards.Membership.CURRENT_ON_TODAY + ") "
                        + "AND NOT EXISTS (SELECT p FROM Paper p WHERE p.agendaItem = i) ORDER BY u.username, mt.startsAt, i.position", AgendaItem.class)
                .setParameter("planned", MeetingStatus.PLANNED)
                .setParameter("today", today)
                .setParameter("from", today.plusDays(1).atStartOfDay())
                .setParameter("to", today.plusDays(LOOK_AHEAD_DAYS).atStartOfDay()).getResultList();
        WorkingCalendar calendar = workingDays.calendar();
        Map<UserAccount, List<AgendaItem>> byLead = new LinkedHashMap<>();
        for (AgendaItem item : candidates) {
            Meeting meeting = item.getMeeting();
            boolean due = PapersDeadline.of(meeting.getStartsAt().toLocalDate(), meeting.getBoard().getPapersDeadlineDays(), calendar)
                    .map(deadline -> deadline.remindsOn(today, calendar)).orElse(false);
            if (due) {
                byLead.computeIfAbsent(item.getLeadAccount(), lead -> new ArrayList<>()).add(item);
            }
        }
        return byLead;
    }

    private String body(UserAccount lead, List<AgendaItem> items) {
        WorkingCalendar calendar = workingDays.calendar();
        StringBuilder text = new StringBuilder("Dear ").append(lead.getFullName()).append(",\n\n")
                .append("You lead these agenda items and no paper has been uploaded for them yet.\n\n");
        for (AgendaItem item : items) {
            Meeting meeting = item.getMeeting();
            String due = PapersDeadline.of(meeting.getStartsAt().toLocalDate(), meeting.getBoard().getPapersDeadlineDays(), calendar)
                    .map(d -> Wording.date(d.due())).orElse("before the meeting");
            text.append("* ").append(meeting.getBoard().getShortName()).append(", ").append(Wording.date(meeting.getStartsAt().toLocalDate()))
                    .append(": ").append(item.getTitle()).append('\n')
                    .append("  Paper due by ").append(due).append(". Send it from the meeting's page in the portal:\n")
                    .append("  ").append(settings.portalUrl()).append("/meetings/meeting.xhtml?meeting=").append(meeting.getId()).append("\n\n");
        }
        text.append("A paper uploaded after the deadline is marked late on the agenda.\n");
        return text.toString();
    }
}
