package org.partnershipportal.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The portal's connection pool. Connections are validated before use and the whole pool is
 * refreshed after a failure, so the portal recovers by itself when MariaDB restarts.
 * <p>
 * A connection is validated at most once every 5 seconds, not on every use: one page takes a connection
 * for each service it calls, and validating each one was a round trip to MariaDB per query, half of a
 * board's action log page's statements (ClusterLoadBenchmark; README, "Measured"). The cost: after a
 * MariaDB restart shorter than that, a request may meet a connection that died with it and get the
 * portal's error page; within 5 seconds the next validation fails and the whole pool is refreshed.
 */
@DataSourceDefinition(
        name = PortalDataSource.JNDI_NAME,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 30,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validate-atmost-once-period-in-seconds=5",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
                "fish.payara.fail-all-connections=true",
                "fish.payara.statement-timeout-in-seconds=60"
        })
@Singleton
public class PortalDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/portal";
}
