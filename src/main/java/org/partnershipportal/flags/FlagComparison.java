package org.partnershipportal.flags;

import org.partnershipportal.boards.HarmType;
import org.partnershipportal.identity.Agency;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every agency's flags for one harm, side by side. A cell is marked as different when its agency
 * does something other than most agencies do (applies the flag at another point, reviews it on
 * another cycle or never), or records nothing where others do; where no practice is shared by most,
 * every cell of the row is marked. Agencies that flag other harms but
 * have no flag for this one are the coverage gaps: a child flagged elsewhere is invisible there.
 */
public final class FlagComparison implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One cell: what the agency records, whether it stands out, whether it is missing. */
    public record Cell(String text, boolean differs, boolean missing) implements Serializable {
    }

    /** One attribute across all the flags. */
    public record Row(String label, List<Cell> cells) implements Serializable {
    }

    private final HarmType harm;
    private final List<Flag> flags;
    private final List<Agency> gaps;
    private final List<Row> rows;

    public FlagComparison(HarmType harm, Collection<Flag> allFlags) {
        this.harm = harm;
        this.flags = allFlags.stream().filter(flag -> flag.covers(harm))
                .sorted(Comparator.comparing((Flag f) -> f.getAgency().getName()).thenComparing(Flag::getName)).toList();
        Set<Agency> covered = flags.stream().map(Flag::getAgency).collect(Collectors.toSet());
        this.gaps = allFlags.stream().map(Flag::getAgency).distinct().sorted(Comparator.comparing(Agency::getName))
                .filter(agency -> !covered.contains(agency)).toList();
        this.rows = List.of(
                text("Definition", Flag::getDefinition, false),
                text("Threshold or criteria", Flag::getThreshold, false),
                text("Who may apply it", Flag::getWhoMayApply, false),
                compared("When it is applied", Flag::getAppliedWhenLabel, f -> f.getAppliedWhen().name()),
                compared("Review", Flag::getReviewLabel, f -> String.valueOf(f.getReviewMonths())),
                text("Removal rule", Flag::getRemovalRule, false),
                // A term's name is unique (the glossary keeps it so): shown and compared alike.
                compared("Glossary term", FlagComparison::glossaryTermOf, FlagComparison::glossaryTermOf));
    }

    private Row text(String label, Function<Flag, String> value, boolean compare) {
        return new Row(label, flags.stream().map(f -> cell(value.apply(f), false)).toList());
    }

    private static String glossaryTermOf(Flag flag) {
        return flag.getGlossaryTerm() == null ? null : flag.getGlossaryTerm().getName();
    }

    /**
     * Cells whose key differs from what most flags (more than half) have are marked. Where no practice is shared by most,
     * every cell is marked: picking the first of two equally common practices, or the largest of three, would show one
     * agency's way as the norm when the agencies simply do not agree.
     */
    private Row compared(String label, Function<Flag, String> value, Function<Flag, String> key) {
        Map<String, Long> counts = flags.stream().collect(Collectors.groupingBy(f -> String.valueOf(key.apply(f)), LinkedHashMap::new, Collectors.counting()));
        String usual = counts.entrySet().stream().filter(count -> count.getValue() * 2 > flags.size()).map(Map.Entry::getKey).findFirst().orElse(null);
        boolean allSame = counts.size() <= 1;
        List<Cell> cells = new ArrayList<>();
        for (Flag flag : flags) {
            cells.add(cell(value.apply(flag), !allSame && !Objects.equals(String.valueOf(key.apply(flag)), usual)));
        }
        return new Row(label, cells);
    }

    private static Cell cell(String text, boolean differs) {
        boolean missing = text == null || text.isBlank();
        return new Cell(missing ? "Not recorded" : text, differs, missing);
    }

    public HarmType getHarm() {
        return harm;
    }

    public List<Flag> getFlags() {
        return flags;
    }

    public List<Agency> getGaps() {
        return gaps;
    }

    public List<Row> getRows() {
        return rows;
    }

    public long getDifferenceCount() {
        return rows.stream().flatMap(r -> r.cells().stream()).filter(Cell::differs).count();
    }
}
