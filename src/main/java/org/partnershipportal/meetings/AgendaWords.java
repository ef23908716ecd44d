package org.partnershipportal.meetings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The fixed choices agenda forms offer, for pages (#{agendaWords.purposes}). */
@Named
@ApplicationScoped
public class AgendaWords {

    public ItemPurpose[] getPurposes() {
        return ItemPurpose.values();
    }
}
