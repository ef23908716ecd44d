package org.partnershipportal.platform;

import jakarta.ejb.ApplicationException;

/** Someone else saved the same record first; the person is asked to reload rather than overwrite. */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
