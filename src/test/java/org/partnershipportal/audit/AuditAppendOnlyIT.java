package org.partnershipportal.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnershipportal.identity.SignIn;
import org.partnershipportal.identity.UserDirectory;
import org.partnershipportal.identity.UserId;
import org.partnershipportal.identity.UserForm;
import org.partnershipportal.platform.PortalDataSource;
import org.partnershipportal.testsupport.Deployments;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.partnershipportal.testsupport.UsesDemoPartnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.partnershipportal.demo.DemoPartnership.DEMO_PASSWORD;

/** Inside the server, on the portal's own connection pool and services. */
@ExtendWith(ArquillianExtension.class)
@UsesDemoPartnership
class AuditAppendOnlyIT {

    @Deployment
    static WebArchive portal() {
        return Deployments.inServer(AuditAppendOnlyIT.class);
    }

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource portalPool;

    @Inject
    SignIn signIn;

    @Inject
    UserDirectory directory;

    @Test
    void thePortalsDatabaseAccountCanAddAuditRowsButNeverChangeOrDeleteThem() throws SQLException {
        try (Connection connection = portalPool.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO audit_event (occurred_at, actor, action, detail) "
                    + "VALUES (UTC_TIMESTAMP(3), 'test', 'SIGN_OUT', 'written by AuditAppendOnlyIT')");
            SQLException update = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("UPDATE audit_event SET detail = 'rewritten' WHERE actor = 'test'"));
            assertTrue(update.getMessage().contains("UPDATE command denied"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("DELETE FROM audit_event WHERE actor = 'test'"));
            assertTrue(delete.getMessage().contains("DELETE command denied"), delete.getMessage());
        }
    }

    /** The boards' action tally (V21) is written only by the triggers on action, with the schema owner's rights. */
    @Test
    void thePortalsDatabaseAccountReadsTheActionTallyButCannotWriteIt() throws SQLException {
        try (Connection connection = portalPool.getConnection(); Statement statement = connection.createStatement()) {
            try (java.sql.ResultSet sum = statement.executeQuery("SELECT COALESCE(SUM(actions), 0) FROM action_tally")) {
                assertTrue(sum.next() && sum.getLong(1) > 0, "the demo partnership's actions are in the tally");
            }
            SQLException insert = assertThrows(SQLException.class, () -> statement.executeUpdate(
                    "INSERT INTO action_tally (board_id, status, due_on, actions) VALUES (0, 'OPEN', '2026-01-01', 1)"));
            assertTrue(insert.getMessage().contains("INSERT command denied"), insert.getMessage());
            SQLException update = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("UPDATE action_tally SET actions = actions + 1"));
            assertTrue(update.getMessage().contains("UPDATE command denied"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM action_tally"));
            assertTrue(delete.getMessage().contains("DELETE command denied"), delete.getMessage());
        }
    }

    @Test
    void everySignInAttemptIsAuditedEvenForUnknownNames() throws SQLException {
        long before = count("SIGN_IN_FAILED", "someone.unknown");
        assertTrue(signIn.attempt("someone.unknown", "a-guess-at-a-password").isEmpty());
        assertEquals(before + 1, count("SIGN_IN_FAILED", "someone.unknown"));
        assertTrue(signIn.attempt("casey.chair", DEMO_PASSWORD).isPresent());
    }

    @Test
    void adminServicesRefuseCallersWithoutTheAdminRoleWhateverThePageDoes() {
        assertThrows(EJBAccessException.class, () -> directory.create(new UserForm()));
        assertThrows(EJBAccessException.class, () -> directory.resetPassword(UserId.of(1L)));
        assertThrows(EJBAccessException.class, () -> directory.disable(UserId.of(1L)));
    }

    private long count(String action, String actor) throws SQLException {
        try (Connection connection = portalPool.getConnection(); Statement statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT COUNT(*) FROM audit_event WHERE action = '" + action + "' AND actor = '" + actor + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
