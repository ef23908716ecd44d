package org.partnershipportal.platform;

/** Record ids arrive in URLs as text; anything that is not one names nothing (404, not 500). */
public final class PageIds {

    private PageIds() {
    }

    public static long parse(String text) {
        if (text == null || text.isBlank() || text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
            throw new NotFoundException("No such record");
        }
        return Long.parseLong(text);
    }
}
