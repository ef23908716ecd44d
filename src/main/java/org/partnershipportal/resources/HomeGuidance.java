package org.partnershipportal.resources;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.platform.PortalClock;

import java.time.LocalDate;
import java.util.List;

/** "New and updated" guidance on the home page. */
@Named
@RequestScoped
public class HomeGuidance {

    @Inject
    ResourceLibrary library;

    /** Days ("today", due dates) are London's, from the portal's clock (PortalClock's time policy). */
    @Inject
    PortalClock clock;

    private List<Resource> newAndUpdated;

    public List<Resource> getNewAndUpdated() {
        if (newAndUpdated == null) {
            newAndUpdated = library.newAndUpdated(5);
        }
        return newAndUpdated;
    }

    /** The day that decides which resources show as due for review: London's, from the portal's clock (a test may have moved it). */
    public LocalDate getToday() {
        return clock.today();
    }
}
