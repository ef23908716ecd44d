package org.partnershipportal.catalogue;

import jakarta.security.enterprise.SecurityContext;
import org.partnershipportal.identity.Role;

/** Who reads the catalogue: board members, data leads and administrators (as the services' @RolesAllowed say). */
final class CatalogueReaders {

    private CatalogueReaders() {
    }

    static boolean includesCaller(SecurityContext security) {
        return security.isCallerInRole(Role.BOARD_MEMBER.name()) || security.isCallerInRole(Role.DATA_LEAD.name())
                || security.isCallerInRole(Role.PARTNERSHIP_ADMIN.name());
    }
}
