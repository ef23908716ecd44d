package org.partnershipportal.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.lang.management.ManagementFactory;

/**
 * Lets scheduled work run once in the partnership however many portal nodes' timers fire: a job
 * claims its period ("overdue-digest", "2027-W09") by inserting a row under a primary key, in its own
 * transaction; the node whose insert succeeds does the work, every other node's insert fails on the
 * key and it does nothing. MariaDB decides, so it holds across nodes and restarts, and needs no
 * Data Grid. A run that claimed its period and then failed is not retried by another node in that
 * period: the job logs it, and an administrator can run it again by hand.
 */
@Stateless
public class OncePerCluster {

    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    /** True for exactly one caller per job and period across all nodes. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String job, String period) {
        // INSERT IGNORE: a row already there (another node's claim) inserts nothing; any other failure (MariaDB
        // down) is thrown, so the job logs a failure rather than "already claimed".
        int inserted = em.createNativeQuery("INSERT IGNORE INTO scheduled_run (job, period, claimed_at, node) VALUES (?, ?, ?, ?)")
                .setParameter(1, job).setParameter(2, period).setParameter(3, clock.utcNow()).setParameter(4, NODE)
                .executeUpdate();
        return inserted == 1;
    }
}
