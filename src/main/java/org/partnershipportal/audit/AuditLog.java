package org.partnershipportal.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.security.enterprise.SecurityContext;
import org.partnershipportal.platform.CurrentHttpRequest;
import org.partnershipportal.platform.InputRules;
import org.partnershipportal.platform.Permission;
import org.partnershipportal.platform.RequestOrigin;

import java.security.Principal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    @Inject
    CurrentHttpRequest request;

    @Inject
    @Any
    Instance<AuditSubjectNames> subjectNames;

    /** The target type of events about a person (their account). */
    static final String PERSON = "user";

    private List<Long> peopleNamed(String start) {
        for (AuditSubjectNames namer : subjectNames) {
            if (PERSON.equals(namer.targetType())) {
                return namer.idsNamed(start);
            }
        }
        return List.of();
    }

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
        markRefusalAudited();
    }

    /** Tells AccessRefusalAuditFilter that this request's refusal is in the log already, so it is not written twice. */
    private void markRefusalAudited() {
        // Not called from a request (a timer, a test inside the server): nothing to tell.
        request.ifAny(current -> current.setAttribute(AccessRefusalAuditFilter.AUDITED, Boolean.TRUE));
    }

    /** Records an event that must stay even though the caller's transaction is about to roll back (a refused upload). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordIndependently(AuditAction action, String targetType, Object targetId, String detail) {
        record(action, targetType, targetId, detail);
    }

    /** One row of the log as an administrator reads it: the event and the name of what it concerns. */
    public record Row(AuditEvent event, String concerning) implements java.io.Serializable {
    }

    @RolesAllowed(Permission.Name.READ_AUDIT_LOG)
    public List<Row> search(AuditQuery query, int first, int pageSize) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEvent> cq = cb.createQuery(AuditEvent.class);
        Root<AuditEvent> event = cq.from(AuditEvent.class);
        cq.where(conditions(query, cb, event)).orderBy(cb.desc(event.get("occurredAt")), cb.desc(event.get("id")));
        TypedQuery<AuditEvent> typed = em.createQuery(cq).setFirstResult(first).setMaxResults(pageSize);
        List<AuditEvent> events = typed.getResultList();
        Map<String, Map<Long, String>> names = namesOfTargets(events);
        return events.stream().map(e -> new Row(e, concerning(e, names))).toList();
    }

    /** Names for one page of events: one query per kind of target, never one per row. */
    private Map<String, Map<Long, String>> namesOfTargets(List<AuditEvent> events) {
        Map<String, Set<Long>> idsByType = new HashMap<>();
        for (AuditEvent e : events) {
            Long id = numericId(e.getTargetId());
            if (e.getTargetType() != null && id != null) {
                idsByType.computeIfAbsent(e.getTargetType(), t -> new HashSet<>()).add(id);
            }
        }
        Map<String, Map<Long, String>> names = new HashMap<>();
        for (AuditSubjectNames namer : subjectNames) {
            Set<Long> ids = idsByType.get(namer.targetType());
            if (ids != null) {
                names.put(namer.targetType(), namer.namesOf(ids));
            }
        }
        return names;
    }

    /** "Casey Chair (casey.chair) · user 13": the name where one is known, and the type and id always. */
    private static String concerning(AuditEvent e, Map<String, Map<Long, String>> names) {
        if (e.getTargetType() == null) {
            return "";
        }
        String reference = e.getTargetType().replace('-', ' ') + (e.getTargetId() == null ? "" : " " + e.getTargetId());
        Long id = numericId(e.getTargetId());
        String name = id == null ? null : names.getOrDefault(e.getTargetType(), Map.of()).get(id);
        return name == null ? reference : name + " · " + reference;
    }

    private static Long numericId(String targetId) {
        if (targetId == null || targetId.isEmpty() || targetId.length() > 18 || !targetId.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.valueOf(targetId);
    }

    @RolesAllowed(Permission.Name.READ_AUDIT_LOG)
    public long count(AuditQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<AuditEvent> event = cq.from(AuditEvent.class);
        cq.select(cb.count(event)).where(conditions(query, cb, event));
        return em.createQuery(cq).getSingleResult();
    }

    private Predicate[] conditions(AuditQuery query, CriteriaBuilder cb, Root<AuditEvent> event) {
        List<Predicate> where = new ArrayList<>();
        if (query.concerning() != null && !query.concerning().isBlank()) {
            List<String> people = peopleNamed(query.concerning()).stream().map(String::valueOf).toList();
            where.add(cb.equal(event.get("targetType"), PERSON));
            // No one of that name: an IN over nothing is not valid SQL, so match no row instead.
            where.add(people.isEmpty() ? cb.disjunction() : event.get("targetId").in(people));
        }
        if (query.actor() != null && !query.actor().isBlank()) {
            // Prefix match keeps the (actor, occurred_at) index usable.
            where.add(cb.like(event.get("actor"), InputRules.escapeLike(query.actor().trim()) + "%", '\\'));
        }
        if (query.action() != null) {
            where.add(cb.equal(event.get("action"), query.action()));
        }
        // The dates people type are days in the partnership's zone, as the log shows them; events are stored in UTC.
        if (query.from() != null) {
            where.add(cb.greaterThanOrEqualTo(event.get("occurredAt"), org.partnershipportal.platform.PortalClock.utc(query.from().atStartOfDay())));
        }
        if (query.until() != null) {
            where.add(cb.lessThan(event.get("occurredAt"), org.partnershipportal.platform.PortalClock.utc(query.until().plusDays(1).atStartOfDay())));
        }
        return where.toArray(Predicate[]::new);
    }
}
