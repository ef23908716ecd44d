package org.partnershipportal.testsupport;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Moves the shared portal's clock (PortalClock, through PUT /api/clock as an administrator), so a test
 * of reminders or service levels lets working days pass without waiting. Put it back in a finally
 * block: the portal is shared by every test class of the run.
 */
public final class ClockControl {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private ClockControl() {
    }

    /** Sets the portal's clock {@code fromRealTime} ahead of real time (zero puts it back). */
    public static void move(PortalClient signedInAdministrator, Duration fromRealTime) throws IOException, InterruptedException {
        HttpResponse<String> answer = signedInAdministrator.send("PUT", "api/clock?minutes=" + fromRealTime.toMinutes());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("The portal's clock did not move (" + answer.statusCode() + "): " + answer.body());
        }
    }

    /** Sets the portal's clock to noon in London on {@code day}: a working-hours moment on that day, whatever the clock change. */
    public static void moveToNoonOn(PortalClient signedInAdministrator, LocalDate day) throws IOException, InterruptedException {
        ZonedDateTime target = ZonedDateTime.of(day, LocalTime.NOON, LONDON);
        move(signedInAdministrator, Duration.between(ZonedDateTime.now(LONDON), target));
    }

    public static void reset(PortalClient signedInAdministrator) throws IOException, InterruptedException {
        move(signedInAdministrator, Duration.ZERO);
    }
}
