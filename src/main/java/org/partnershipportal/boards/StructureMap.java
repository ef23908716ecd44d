package org.partnershipportal.boards;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.commons.csv.CSVFormat;
import org.partnershipportal.platform.SpreadsheetCells;
import org.partnershipportal.platform.PortalClock;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The partnership's structure for every signed-in person: only facts that are not restricted
 * (boards, remits, reporting lines, who sits where, how often boards meet). It exists to show the
 * review's finding at a glance: several boards overseeing the same harms with the same people.
 */
@Stateless
@PermitAll
public class StructureMap {

    @PersistenceContext
    EntityManager em;

    /** Days ("today", due dates) are London's, from the portal's clock (PortalClock's time policy). */
    @Inject
    PortalClock clock;

    public record BoardFacts(Board board, List<String> agencies, int seats) implements Serializable {
    }

    /** One harm type and which boards (in {@link Map#boards} order) oversee it. */
    public record RemitRow(HarmType harm, List<Boolean> overseenBy, long boardCount) implements Serializable {
        public boolean isShared() {
            return boardCount > 1;
        }
    }

    /** A person or agency sitting on several boards, and the board meetings a month that costs. */
    public record Overlap(String who, String agency, List<String> boards, BigDecimal meetingsPerMonth) implements Serializable {
    }

    public record Map(List<BoardFacts> boards, List<RemitRow> remits, List<Overlap> people, List<Overlap> agencies)
            implements Serializable {
    }

    public Map load() {
        List<Board> boards = em.createNamedQuery("Board.all", Board.class).getResultList();
        List<HarmType> harms = em.createNamedQuery("HarmType.all", HarmType.class).getResultList();
        LocalDate today = clock.today();
        List<Membership> seats = em.createQuery("SELECT m FROM Membership m JOIN FETCH m.member JOIN FETCH m.representing JOIN FETCH m.board "
                        + "WHERE " + Membership.CURRENT_ON_TODAY, Membership.class)
                .setParameter("today", today).getResultList();

        List<BoardFacts> facts = boards.stream().map(board -> {
            List<Membership> onBoard = seats.stream().filter(s -> s.getBoard().equals(board)).toList();
            List<String> agencies = onBoard.stream().map(s -> s.getRepresenting().getShortName()).collect(Collectors.toCollection(TreeSet::new)).stream().toList();
            return new BoardFacts(board, agencies, onBoard.size());
        }).toList();

        List<RemitRow> remits = harms.stream().map(harm -> {
            List<Boolean> overseen = boards.stream().map(b -> b.oversees(harm)).toList();
            return new RemitRow(harm, overseen, overseen.stream().filter(Boolean::booleanValue).count());
        }).toList();

        return new Map(facts, remits,
                overlapsBy(seats, s -> s.getMember().getUsername(), s -> s.getMember().getFullName(), s -> s.getRepresenting().getShortName()),
                overlapsBy(seats, s -> s.getRepresenting().getName(), s -> s.getRepresenting().getName(), s -> s.getRepresenting().getShortName()));
    }

    /**
     * Groups the current seats by person (or agency) and keeps those on more than one board. Every
     * seat is a person at each of that board's meetings, so the cost is the sum over the seats.
     */
    private static List<Overlap> overlapsBy(List<Membership> seats, Function<Membership, String> key,
                                            Function<Membership, String> who, Function<Membership, String> agency) {
        java.util.Map<String, List<Membership>> grouped = new LinkedHashMap<>();
        seats.forEach(s -> grouped.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s));
        return grouped.values().stream()
                .filter(list -> list.stream().map(Membership::getBoard).distinct().count() > 1)
                .map(list -> new Overlap(who.apply(list.get(0)), agency.apply(list.get(0)), boardNames(list), meetingsPerMonth(list)))
                .sorted(Comparator.comparing(Overlap::meetingsPerMonth).reversed().thenComparing(Overlap::who))
                .toList();
    }

    private static List<String> boardNames(List<Membership> seats) {
        return seats.stream().map(s -> s.getBoard().getShortName()).collect(Collectors.toCollection(TreeSet::new)).stream().toList();
    }

    private static BigDecimal meetingsPerMonth(List<Membership> seats) {
        return seats.stream().map(s -> s.getBoard().getMeetingFrequency().meetingsPerMonth())
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(1, RoundingMode.HALF_UP);
    }

    /** The SVG diagram of boards and reporting lines. */
    public String diagram() {
        List<StructureDiagram.Node> nodes = em.createNamedQuery("Board.all", Board.class).getResultList().stream()
                .map(b -> new StructureDiagram.Node(b.getId(), b.getShortName(), b.getName(), b.getMeetingFrequency().getLabel(),
                        b.getReportsTo().stream().map(Board::getId).toList()))
                .toList();
        return StructureDiagram.svg(nodes);
    }

    /** A cell a spreadsheet would run as a formula (=, +, -, @) is written as text (OWASP CSV injection). */
    static String safe(String cell) {
        return SpreadsheetCells.neutralised(cell);
    }

    /** The map as CSV: one row per board, lists separated by semicolons. */
    public void writeCsv(Writer out) {
        Map map = load();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("board", "short_name", "meeting_frequency", "meetings_per_month", "remit", "reports_to",
                        "agencies_represented", "current_seats").get())) {
            for (BoardFacts facts : map.boards()) {
                Board board = facts.board();
                csv.printRecord(safe(board.getName()), safe(board.getShortName()), board.getMeetingFrequency().getLabel(),
                        board.getMeetingFrequency().meetingsPerMonth(),
                        safe(board.getRemit().stream().map(HarmType::getName).collect(Collectors.joining("; "))),
                        safe(board.getReportsTo().stream().map(Board::getShortName).collect(Collectors.joining("; "))),
                        safe(String.join("; ", facts.agencies())), facts.seats());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
