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

    public WorkingCalendar calendar() {
        return new WorkingCalendar(em.createQuery("SELECT h.date FROM BankHoliday h ORDER BY h.date", LocalDate.class).getResultList());
    }
}
