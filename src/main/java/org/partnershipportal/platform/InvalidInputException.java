package org.partnershipportal.platform;

import jakarta.ejb.ApplicationException;

/**
 * Input a service refuses, with the form field it concerns (or null for the whole form). Rolls the
 * transaction back, so nothing is half-saved; pages show the message beside the field.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
