package org.partnershipportal.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * How EclipseLink retries a read query whose database connection was lost: once, at once.
 * <p>
 * EclipseLink's default is three more attempts five seconds apart. While MariaDB was down that held each
 * request 10 to 80 seconds before the person saw the portal's error page (every read on the way slept
 * again), and after MariaDB came back a read that met a connection which had died with it slept five seconds
 * before trying a fresh one, so the portal took up to 11 seconds to recover (ClusterIT's restart under load).
 * One immediate retry is enough: the failed connection makes the pool discard all of its connections
 * ({@link PortalDataSource}'s fail-all-connections), so the retry gets a new one, which works if MariaDB is
 * back and fails at once if it is not. Writes and reads inside a transaction are never retried by
 * EclipseLink; the transaction fails and rolls back, and the person sees the error page.
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
