package org.partnershipportal.meetings;

/**
 * Fired (CDI event) when an agenda item or an action is written, so features that index the
 * register's wording (the duplicate finder) can follow without the register knowing them.
 * Observers read it after the transaction has committed.
 */
public record RegisterChanged(Kind kind, long id) {

    public enum Kind { AGENDA_ITEM, ACTION }
}
