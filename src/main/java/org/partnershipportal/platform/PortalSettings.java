package org.partnershipportal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.ZoneId;
import java.util.Optional;

/** Deployment settings read through MicroProfile Config (environment variables such as DB_URL work too). */
@ApplicationScoped
public class PortalSettings {

    public static final String DEMO_PROFILE = "demo";

    @Inject
    @ConfigProperty(name = "portal.profile", defaultValue = "production")
    String profile;

    @Inject
    @ConfigProperty(name = "portal.tls", defaultValue = "false")
    boolean servedOverTls;

    @Inject
    @ConfigProperty(name = "db.url")
    String databaseUrl;

    @Inject
    @ConfigProperty(name = "db.user")
    String runtimeUser;

    @Inject
    @ConfigProperty(name = "db.password")
    String runtimePassword;

    @Inject
    @ConfigProperty(name = "db.user.host", defaultValue = "%")
    String runtimeUserHost;

    @Inject
    @ConfigProperty(name = "db.migration.user")
    Optional<String> migrationUser;

    @Inject
    @ConfigProperty(name = "db.migration.password")
    Optional<String> migrationPassword;

    /**
     * The zone the portal's JVM ran in before V20 (only that migration reads it): by default this JVM's own,
     * which is right unless the database was moved from a host set to another zone before the upgrade.
     */
    @Inject
    @ConfigProperty(name = "portal.legacy.zone")
    Optional<String> legacyZone;

    public ZoneId legacyZone() {
        return legacyZone.filter(z -> !z.isBlank()).map(ZoneId::of).orElse(ZoneId.systemDefault());
    }

    public boolean isDemo() {
        return DEMO_PROFILE.equalsIgnoreCase(profile);
    }

    public boolean isServedOverTls() {
        return servedOverTls;
    }

    public String databaseUrl() {
        return databaseUrl;
    }

    public String runtimeUser() {
        return runtimeUser;
    }

    /** The host part of the runtime account ('portal_app'@'host'), needed to grant it privileges. */
    public String runtimeUserHost() {
        return runtimeUserHost;
    }

    public String runtimePassword() {
        return runtimePassword;
    }

    /** The schema owner Flyway migrates with; the runtime account when no separate owner is configured. */
    public String migrationUser() {
        return migrationUser.filter(u -> !u.isBlank()).orElse(runtimeUser);
    }

    public String migrationPassword() {
        return migrationUser.filter(u -> !u.isBlank()).isPresent() ? migrationPassword.orElse("") : runtimePassword;
    }

    public boolean hasSeparateMigrationAccount() {
        return !migrationUser().equals(runtimeUser);
    }
}
