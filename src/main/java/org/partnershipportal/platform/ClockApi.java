package org.partnershipportal.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The portal's clock for administrators; moving it is for test runs only. Journey tests of reminders
 * and service levels move it forward a few working days and run the day's jobs, instead of sleeping.
 * A production portal answers a move with 404, as if the address did not exist.
 */
@Path("clock")
@Stateless
@RolesAllowed(Permission.Name.SET_PORTAL_CLOCK)
@Produces(MediaType.APPLICATION_JSON)
public class ClockApi {

    public record ClockReading(Instant now, LocalDate today, String zone, long offsetMinutes) {
    }

    @Inject
    PortalClock clock;

    @Inject
    DataGrid dataGrid;

    @GET
    @Operation(hidden = true)
    public ClockReading read() {
        return reading();
    }

    /** Sets the clock {@code minutes} from real time (0, or no parameter, puts it back). */
    @PUT
    @Operation(hidden = true)
    public ClockReading move(@QueryParam("minutes") long minutes) {
        // Each node keeps its own offset: on a cluster a move would put the nodes' clocks apart, so it is refused there too.
        if (!clock.isAdjustable() || dataGrid.isClustered()) {
            throw new NotFoundException("Not found");
        }
        clock.adjust(Duration.ofMinutes(minutes));
        return reading();
    }

    private ClockReading reading() {
        return new ClockReading(clock.instant(), clock.today(), PortalClock.ZONE.getId(), clock.offset().toMinutes());
    }
}
