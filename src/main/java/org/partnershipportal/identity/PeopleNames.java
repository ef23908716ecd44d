package org.partnershipportal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * People as pages name them, "Casey Chair (KVC)": their name and their agency's short name, for records that keep who
 * did something by username. Pages reach it through {@link PeopleOnPage}; one query for the usernames given.
 */
@ApplicationScoped
public class PeopleNames {

    @PersistenceContext
    EntityManager em;

    /** Each username's name; a username no account has any more is left out (callers show it as it is). */
    public Map<String, String> byUsername(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (usernames.isEmpty()) {
            return names;
        }
        em.createQuery("SELECT u.username, u.fullName, a.shortName FROM UserAccount u JOIN u.agency a WHERE u.username IN :usernames",
                        Object[].class)
                .setParameter("usernames", usernames).getResultList()
                .forEach(row -> names.put((String) row[0], row[1] + " (" + row[2] + ")"));
        return names;
    }
}
