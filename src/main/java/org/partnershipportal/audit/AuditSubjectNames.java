package org.partnershipportal.audit;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * How the audit log names what an event concerns ("Casey Chair" rather than "user 13"). Each feature
 * that records events about its own records provides one (the audit log depends on no feature; the
 * features depend on it), and the log asks them for a whole page of rows at once.
 */
public interface AuditSubjectNames {

    /** The target type this names, as written in audit rows (e.g. "user", "meeting"). */
    String targetType();

    /** Names of the given ids; ids that no longer exist are left out. */
    Map<Long, String> namesOf(Collection<Long> ids);

    /** Ids whose name or username starts with the text, for filtering by what an event concerns (at most a few hundred). */
    default List<Long> idsNamed(String start) {
        return List.of();
    }

    /**
     * Names read by one JPQL query selecting {@code id} and one text per record (":ids" bound to the
     * ids), shortened for a table cell.
     */
    static Map<Long, String> namesFrom(jakarta.persistence.EntityManager em, String idAndText, Collection<Long> ids) {
        Map<Long, String> names = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery(idAndText, Object[].class).setParameter("ids", ids).getResultList()
                    .forEach(row -> names.put((Long) row[0], shortened((String) row[1])));
        }
        return names;
    }

    /** Shortens a long text (an action's description) for a table cell. */
    static String shortened(String text) {
        if (text == null) {
            return "";
        }
        String single = text.strip().replaceAll("\\s+", " ");
        return single.length() <= 70 ? single : single.substring(0, 69) + "…";
    }
}
