package org.partnershipportal.meetings;

/**
 * Fired (CDI event) inside the transaction that removes an agenda item, before it goes, so features
 * that keep their own notes on register records by id (the duplicate finder's decisions, which can
 * refer to either kind of record and so have no foreign key) remove theirs with it.
 */
public record RegisterRecordRemoved(RegisterChanged.Kind kind, long id) {
}
