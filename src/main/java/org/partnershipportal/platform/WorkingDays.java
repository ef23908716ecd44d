package org.partnershipportal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The working-day calendar built from the bank holidays in the database. Read once a day (London) and
 * kept: every due date on a list of requests asks for it, the table changes only when holidays for
 * another year are entered, and a holiday entered counts from the next day. A missing next year is
 * warned about once on the day it is read, not on every request.
 */
@ApplicationScoped
public class WorkingDays {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(WorkingDays.class.getName());

    /** The calendar and the day it was read. */
    private record Read(LocalDate on, WorkingCalendar calendar) {
    }

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    PortalClock clock;

    private final AtomicReference<Read> read = new AtomicReference<>();

    /** The calendar as the database holds it now, uncached: for the demo loader, which writes before the portal serves. */
    public static WorkingCalendar read(EntityManager em) {
        return new WorkingCalendar(em.createQuery("SELECT h.date FROM BankHoliday h ORDER BY h.date", LocalDate.class).getResultList());
    }

    public WorkingCalendar calendar() {
        LocalDate today = clock.today();
        Read current = read.get();
        if (current != null && current.on().equals(today)) {
            return current.calendar();
        }
        WorkingCalendar calendar = read(em);
        if (read.getAndSet(new Read(today, calendar)) == current) {
            int nextYear = today.getYear() + 1;
            if (!calendar.knowsYear(nextYear)) {
                LOG.warning(() -> "No bank holidays are recorded for " + nextYear + ": working days there count weekends only until an "
                        + "administrator adds them (table bank_holiday)");
            }
        }
        return calendar;
    }
}
