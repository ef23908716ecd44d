package org.partnershipportal.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.security.enterprise.SecurityContext;
import org.partnershipportal.platform.InputRules;
import org.partnershipportal.platform.RequestOrigin;

import java.security.Principal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes audit events in the caller's transaction, so a change and its audit row commit or roll
 * back together; and lets partnership administrators search them.
 */
@Stateless
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext securityContext;

    @Inject
    RequestOrigin origin;

    /** Records an event by the signed-in person (or anonymous). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void record(AuditAction action, String targetType, Object targetId, String detail) {
        Principal caller = securityContext.getCallerPrincipal();
        recordFor(caller == null ? null : caller.getName(), action, targetType, targetId, detail);
    }

    /** Records an event on behalf of a named actor, e.g. a sign-in attempt before anyone is signed in. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void recordFor(String actor, AuditAction action, String targetType, Object targetId, String detail) {
        em.persist(new AuditEvent(LocalDateTime.now(ZoneOffset.UTC), actor, action, targetType,
                targetId == null ? null : String.valueOf(targetId), detail, origin.clientAddress()));
    }

    /**
     * Records a refusal in a transaction of its own: the refusal rolls back whatever the caller was
     * doing, but the record of the attempt must stay.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRefusal(String targetType, Object targetId, String detail) {
        record(AuditAction.ACCESS_REFUSED, targetType, targetId, detail);
    }

    /** Records an event that must stay even though the caller's transaction is about to roll back (a refused upload). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordIndependently(AuditAction action, String targetType, Object targetId, String detail) {
        record(action, targetType, targetId, detail);
    }

    @RolesAllowed("PARTNERSHIP_ADMIN")
    public List<AuditEvent> search(AuditQuery query, int first, int pageSize) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEvent> cq = cb.createQuery(AuditEvent.class);
        Root<AuditEvent> event = cq.from(AuditEvent.class);
        cq.where(conditions(query, cb, event)).orderBy(cb.desc(event.get("occurredAt")), cb.desc(event.get("id")));
        TypedQuery<AuditEvent> typed = em.createQuery(cq).setFirstResult(first).setMaxResults(pageSize);
        return typed.getResultList();
    }

    @RolesAllowed("PARTNERSHIP_ADMIN")
    public long count(AuditQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<AuditEvent> event = cq.from(AuditEvent.class);
        cq.select(cb.count(event)).where(conditions(query, cb, event));
        return em.createQuery(cq).getSingleResult();
    }

    private static Predicate[] conditions(AuditQuery query, CriteriaBuilder cb, Root<AuditEvent> event) {
        List<Predicate> where = new ArrayList<>();
        if (query.actor() != null && !query.actor().isBlank()) {
            // Prefix match keeps the (actor, occurred_at) index usable.
            where.add(cb.like(event.get("actor"), InputRules.escapeLike(query.actor().trim()) + "%", '\\'));
        }
        if (query.action() != null) {
            where.add(cb.equal(event.get("action"), query.action()));
        }
        if (query.from() != null) {
            where.add(cb.greaterThanOrEqualTo(event.get("occurredAt"), query.from().atStartOfDay()));
        }
        if (query.until() != null) {
            where.add(cb.lessThan(event.get("occurredAt"), query.until().plusDays(1).atStartOfDay()));
        }
        return where.toArray(Predicate[]::new);
    }
}
