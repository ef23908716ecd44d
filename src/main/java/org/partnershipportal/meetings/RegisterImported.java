package org.partnershipportal.meetings;

import java.util.List;

/** Fired (CDI event) after a historic import has written agenda items, with their ids. */
public record RegisterImported(List<Long> agendaItemIds) {
}
