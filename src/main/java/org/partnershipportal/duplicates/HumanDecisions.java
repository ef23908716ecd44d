package org.partnershipportal.duplicates;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What people have decided about pairs: confirmed pairs are always joined; pairs marked "not the same" are never
 * in one cluster (not even through a third item). If the two lists contradict, "not the same" wins.
 */
public final class HumanDecisions {
    /** An unordered pair of item ids. */
    public record Pair(String a, String b) {
        public Pair {
            if (a.compareTo(b) > 0) { String t = a; a = b; b = t; }
        }
    }

    private final Set<Pair> confirmed = new LinkedHashSet<>();
    private final Map<String, Set<String>> notSame = new HashMap<>();

    public static HumanDecisions none() {
        return new HumanDecisions();
    }

    public HumanDecisions confirmSame(String a, String b) {
        confirmed.add(new Pair(a, b));
        return this;
    }

    public HumanDecisions markNotSame(String a, String b) {
        notSame.computeIfAbsent(a, k -> new HashSet<>()).add(b);
        notSame.computeIfAbsent(b, k -> new HashSet<>()).add(a);
        return this;
    }

    public HumanDecisions confirmAll(Collection<Pair> pairs) {
        pairs.forEach(p -> confirmSame(p.a(), p.b()));
        return this;
    }

    public HumanDecisions markAllNotSame(Collection<Pair> pairs) {
        pairs.forEach(p -> markNotSame(p.a(), p.b()));
        return this;
    }

    public Set<Pair> confirmed() {
        return confirmed;
    }

    public boolean isNotSame(String a, String b) {
        Set<String> s = notSame.get(a);
        return s != null && s.contains(b);
    }

    /** Ids with at least one "not the same" decision. */
    Set<String> constrainedIds() {
        return notSame.keySet();
    }

    Set<String> notSameAs(String id) {
        return notSame.getOrDefault(id, Set.of());
    }
}
