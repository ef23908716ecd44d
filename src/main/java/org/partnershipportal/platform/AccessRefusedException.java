package org.partnershipportal.platform;

import jakarta.ejb.ApplicationException;

/** A service's refusal of a request the caller may not make; shown as the 403 page. */
@ApplicationException(rollback = true)
public class AccessRefusedException extends RuntimeException {

    public AccessRefusedException(String message) {
        super(message);
    }
}
