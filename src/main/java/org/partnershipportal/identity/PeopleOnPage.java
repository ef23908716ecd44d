package org.partnershipportal.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * People named on a page as every page names them, "Casey Chair (KVC)", where a record keeps who did something by username
 * (who answered a data request, changed a dataset, approved minutes): {@code #{people.name(c.changedBy)}}. A username no
 * account has any more, or a record's own word for the portal such as "system", is shown as it is. Each username is read
 * once per request.
 */
@Named("people")
@RequestScoped
public class PeopleOnPage {

    @Inject
    PeopleNames names;

    private final Map<String, String> named = new HashMap<>();

    public String name(String username) {
        if (username == null || username.isBlank()) {
            return username;
        }
        return named.computeIfAbsent(username, u -> names.byUsername(List.of(u)).getOrDefault(u, u));
    }
}
