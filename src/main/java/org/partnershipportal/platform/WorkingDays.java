package org.partnershipportal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;

/**
 * The working-day calendar built from the bank holidays in the database. Read once per call: the
 * table holds a few dozen rows, and a holiday an administrator adds counts from the next request.
 */
@ApplicationScoped
public class WorkingDays {

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    PortalClock clock;

    public WorkingCalendar calendar() {
        WorkingCalendar calendar = new WorkingCalendar(em.createQuery("SELECT h.date FROM BankHoliday h ORDER BY h.date", LocalDate.class)
                .getResultList());
        int nextYear = clock.today().getYear() + 1;
        if (!calendar.knowsYear(nextYear)) {
            LOG.warning(() -> "No bank holidays are recorded for " + nextYear + ": working days there count weekends only until an "
                    + "administrator adds them (table bank_holiday)");
        }
        return calendar;
    }

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(WorkingDays.class.getName());
}
