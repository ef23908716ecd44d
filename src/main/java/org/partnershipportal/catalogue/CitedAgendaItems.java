package org.partnershipportal.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnershipportal.meetings.RegisterReferences;
import org.partnershipportal.platform.Wording;

import java.util.List;

/** An agenda item that cites a data request's answer is part of that answer's record of use: it stays. */
@ApplicationScoped
public class CitedAgendaItems implements RegisterReferences {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<String> referencesToAgendaItem(long agendaItemId) {
        long citations = em.createQuery("SELECT COUNT(c) FROM DataRequestCitation c WHERE c.agendaItem.id = :item", Long.class)
                .setParameter("item", agendaItemId).getSingleResult();
        return citations == 0 ? List.of() : List.of("cited by " + Wording.count(citations, "data request answer"));
    }
}
