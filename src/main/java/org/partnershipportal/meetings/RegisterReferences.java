package org.partnershipportal.meetings;

import java.util.List;

/**
 * Records of features above the register that point at one of its agenda items (a data request's
 * answer cited there). The register asks before it removes an item, and refuses while anything
 * points at it, without depending on those features: they implement this.
 */
public interface RegisterReferences {

    /** What points at the item, in words for the person removing it ("cited by 1 data request answer"); empty when nothing does. */
    List<String> referencesToAgendaItem(long agendaItemId);
}
