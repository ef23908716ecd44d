package org.partnershipportal.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Comparator;

/** Checks services apply to what people type, whatever page (or crafted request) it came from. */
public final class InputRules {

    private InputRules() {
    }

    /** Refuses the form with the first Bean Validation message, naming the field it concerns. */
    public static void requireValid(Validator validator, Object form) {
        validator.validate(form).stream()
                .min(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .ifPresent(violation -> {
                    throw new InvalidInputException(violation.getPropertyPath().toString(), violation.getMessage());
                });
    }

    /** Escapes LIKE wildcards in a search term, for use with {@code '\\'} as the escape character. */
    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
