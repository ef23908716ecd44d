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

    /** Trims typed text; an empty field becomes null, so "optional" means absent. */
    public static String trimmed(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /**
     * The ids ticked in a set of checkboxes: Faces hands back the items' values (numbers) or, from a
     * crafted post, any text, which is dropped; the service then refuses what is missing.
     */
    public static java.util.List<Long> ids(java.util.List<?> values) {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        if (values != null) {
            for (Object value : values) {
                try {
                    ids.add(Long.parseLong(String.valueOf(value)));
                } catch (NumberFormatException forged) {
                    // dropped
                }
            }
        }
        return ids;
    }

    /**
     * A stored address as a link only if it is https: forms accept nothing else, but a row written
     * another way (an import, an old row, a form that forgets its rule) must not become a
     * {@code javascript:} or {@code data:} link on a page. Anything else gives null (shown as no link).
     */
    public static String httpsLink(String address) {
        if (address == null) {
            return null;
        }
        try {
            java.net.URI uri = new java.net.URI(address.strip());
            // No user part: "https://portal.example.org@evil.example" reads as the portal but goes elsewhere.
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && uri.getRawUserInfo() == null
                    ? address.strip() : null;
        } catch (java.net.URISyntaxException notAnAddress) {
            return null;
        }
    }

    /** How far ahead a date people type may fall: further is a slip of the keyboard ("9999", "20227"), not a plan. */
    public static final int YEARS_AHEAD = 10;

    /** Refuses a date more than {@link #YEARS_AHEAD} years after today for {@code field}, with a message that says so. */
    public static void requireNotFarAhead(String field, java.time.LocalDate date, java.time.LocalDate today) {
        if (date != null && date.isAfter(today.plusYears(YEARS_AHEAD))) {
            throw new InvalidInputException(field, "Choose a date within " + YEARS_AHEAD + " years of today");
        }
    }

    /** Escapes LIKE wildcards in a search term, for use with {@code '\\'} as the escape character. */
    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
