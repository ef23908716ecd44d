package org.partnershipportal.voice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnershipportal.meetings.RegisterReferences;
import org.partnershipportal.platform.Wording;

import java.util.List;

/** An agenda item whose decision young people's voice changed is part of the "you said, we did" record: it stays. */
@ApplicationScoped
public class ItemsInformedByYoungPeople implements RegisterReferences {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<String> referencesToAgendaItem(long agendaItemId) {
        long links = em.createQuery("SELECT COUNT(v) FROM VoiceInfluence v WHERE v.agendaItem.id = :item", Long.class)
                .setParameter("item", agendaItemId).getSingleResult();
        return links == 0 ? List.of() : List.of("linked to what young people told us (" + Wording.count(links, "\"you said, we did\" link") + ")");
    }
}
