package org.partnershipportal.demo;

import jakarta.persistence.EntityManager;
import org.partnershipportal.meetings.AgendaItem;
import org.partnershipportal.resources.Resource;
import org.partnershipportal.voice.VoiceInfluence;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** One "you said, we did" so a newcomer sees it on the resource, the item and the workspace at once. */
final class DemoVoice {

    private final EntityManager em;

    DemoVoice(EntityManager em) {
        this.em = em;
    }

    void load() {
        Resource feelingSafe = em.createQuery("SELECT r FROM Resource r WHERE r.title = :title", Resource.class)
                .setParameter("title", "Feeling safe: what young people told us").getSingleResult();
        AgendaItem missingProtocol = em.createQuery("SELECT i FROM AgendaItem i WHERE i.title = :title ORDER BY i.id", AgendaItem.class)
                .setParameter("title", "Missing children protocol: annual review").setMaxResults(1).getSingleResult();
        em.persist(new VoiceInfluence(feelingSafe, missingProtocol, null,
                "Return home interviews will be offered by a worker the young person already knows, where there is one, "
                        + "because young people told us they only talk to someone who has stuck around.",
                "casey.chair", LocalDateTime.now(ZoneOffset.UTC)));
    }
}
