package org.partnershipportal.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * How EclipseLink retries a read query whose database connection was lost: once, at once.
 * <p>
 * EclipseLink's default is three more attempts five seconds apart. While MariaDB was down, a request's reads slept
 * through those attempts before the person saw the portal's error page (in ClusterIT's restart under load the loop
 * got one answer in the whole outage, docs/measurements.md), and after MariaDB came back a read that met a connection
 * which had died with it slept five seconds before trying a fresh one. One immediate retry is enough: the failed
 * connection makes the pool discard all of its connections ({@link PortalDataSource}'s fail-all-connections), so the
 * retry gets a new one, which works if MariaDB is back and fails at once if it is not. EclipseLink retries only reads
 * made outside a database transaction of its own (under JTA most of a service call's reads); writes are not retried:
 * their transaction rolls back and the person sees the error page. The same count bounds EclipseLink's retries of a
 * transaction that could not begin.
 */
public class LostConnectionRetry implements SessionCustomizer {
    static final int RETRIES = 1;
    static final int MILLIS_BETWEEN_RETRIES = 0;

    @Override
    public void customize(Session session) {
        DatabaseLogin login = (DatabaseLogin) session.getDatasourceLogin();
        login.setQueryRetryAttemptCount(RETRIES);
        login.setDelayBetweenConnectionAttempts(MILLIS_BETWEEN_RETRIES);
    }
}
