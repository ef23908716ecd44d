package org.partnershipportal.duplicates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnershipportal.meetings.RegisterChanged;
import org.partnershipportal.meetings.RegisterRecordRemoved;

/**
 * People's same / not-same decisions name two records of one kind by id; an id can be an agenda
 * item's or an action's, so no foreign key can hold them. When a record is removed its decisions go
 * with it, in the same transaction (a later record can never inherit them).
 */
@ApplicationScoped
public class DecisionsFollowRemovals {

    @PersistenceContext
    EntityManager em;

    public void removeDecisionsAbout(@Observes RegisterRecordRemoved removed) {
        DuplicateDecision.Kind kind = removed.kind() == RegisterChanged.Kind.AGENDA_ITEM
                ? DuplicateDecision.Kind.AGENDA_ITEM : DuplicateDecision.Kind.ACTION;
        // Entity by entity, not a bulk DELETE: a bulk query bypasses the persistence context the
        // removal itself is still working in.
        em.createQuery("SELECT d FROM DuplicateDecision d WHERE d.kind = :kind AND (d.firstId = :id OR d.secondId = :id)",
                        DuplicateDecision.class)
                .setParameter("kind", kind).setParameter("id", removed.id()).getResultList().forEach(em::remove);
    }
}
