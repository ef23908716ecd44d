package org.partnershipportal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnershipportal.audit.AuditSubjectNames;
import org.partnershipportal.platform.InputRules;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Names people in the audit log ("Casey Chair (casey.chair)"), and finds them for "concerning whom". */
@ApplicationScoped
public class PersonAuditNames implements AuditSubjectNames {

    private static final int MOST_PEOPLE_MATCHED = 500;

    @PersistenceContext
    EntityManager em;

    @Override
    public String targetType() {
        return SignIn.USER;
    }

    @Override
    public Map<Long, String> namesOf(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        em.createQuery("SELECT u.id, u.fullName, u.username FROM UserAccount u WHERE u.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> names.put((Long) row[0], row[1] + " (" + row[2] + ")"));
        return names;
    }

    @Override
    public List<Long> idsNamed(String start) {
        String pattern = InputRules.escapeLike(start.trim().toLowerCase()) + "%";
        return em.createQuery("SELECT u.id FROM UserAccount u WHERE LOWER(u.username) LIKE :start ESCAPE '\\' "
                        + "OR LOWER(u.fullName) LIKE :start ESCAPE '\\' OR LOWER(u.fullName) LIKE :word ESCAPE '\\'", Long.class)
                .setParameter("start", pattern).setParameter("word", "% " + pattern)
                .setMaxResults(MOST_PEOPLE_MATCHED).getResultList();
    }
}
