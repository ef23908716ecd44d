package org.partnershipportal.platform;

import jakarta.ejb.ApplicationException;

/** An id that names nothing (or nothing the caller may know of); shown as the 404 page. */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
