package org.partnershipportal.identity;

import java.io.Serializable;

/** The administrator's filter on the people list; any part may be empty. */
public record UserQuery(String name, Long agencyId, Role role) implements Serializable {
}
