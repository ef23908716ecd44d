package org.partnershipportal.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.platform.Permission;
import org.partnershipportal.platform.PortalClock;
import org.partnershipportal.platform.WorkingCalendar;
import org.partnershipportal.platform.WorkingDays;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How each agency serves data requests, per calendar quarter: requests received (raised to it or
 * transferred to it), accepted (by the agency that accepted, even if it later transferred the request), answered and answered by their due date, median working days to accept
 * and to answer, transfers out, and declines by reason. Read from the last four quarters' requests in
 * two queries; every catalogue reader may see every agency's figures (they are about service, not data).
 */
@Stateless
@RolesAllowed(Permission.Name.READ_CATALOGUE)
public class ServiceStatistics {

    public static final int QUARTERS = 4;

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    WorkingDays workingDays;

    /** "2026 Q4" */
    public record Quarter(int year, int quarter) implements Comparable<Quarter>, Serializable {
        static Quarter of(LocalDate day) {
            return new Quarter(day.getYear(), day.get(IsoFields.QUARTER_OF_YEAR));
        }

        LocalDate start() {
            return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        }

        @Override
        public int compareTo(Quarter other) {
            return Comparator.comparingInt(Quarter::year).thenComparingInt(Quarter::quarter).compare(this, other);
        }

        @Override
        public String toString() {
            return year + " Q" + quarter;
        }
    }

    /** One agency's figures for one quarter. */
    public record Figures(String agency, String agencyName, Quarter quarter, int received, int accepted, int answered, int answeredInTime,
                          Double medianDaysToAccept, Double medianDaysToAnswer, int transfersOut, Map<DeclineReason, Integer> declines)
            implements Serializable {
        public int declined() {
            return declines.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int declinedFor(DeclineReason reason) {
            return declines.getOrDefault(reason, 0);
        }
    }

    private static final class Tally {
        int received;
        int accepted;
        int answered;
        int answeredInTime;
        int transfersOut;
        final List<Integer> daysToAccept = new ArrayList<>();
        final List<Integer> daysToAnswer = new ArrayList<>();
        final Map<DeclineReason, Integer> declines = new EnumMap<>(DeclineReason.class);
    }

    public Quarter currentQuarter() {
        return Quarter.of(clock.today());
    }

    /** Every agency's figures for the last four quarters, newest quarter first, agencies by short name; an agency with nothing in a quarter is left out. */
    public List<Figures> lastFourQuarters() {
        LocalDate today = clock.today();
        Quarter current = Quarter.of(today);
        LocalDate from = current.start().minusMonths(3L * (QUARTERS - 1));
        LocalDateTime since = PortalClock.utc(from.atStartOfDay());
        WorkingCalendar calendar = workingDays.calendar();

        List<DataRequest> requests = em.createQuery("SELECT DISTINCT r FROM DataRequest r LEFT JOIN FETCH r.agencies WHERE r.submittedAt >= :since "
                + "OR r.clockStartedAt >= :since OR r.closedAt >= :since OR r.acceptedAt >= :since", DataRequest.class).setParameter("since", since).getResultList();
        List<DataRequestTransfer> transfers = em.createQuery("SELECT t FROM DataRequestTransfer t JOIN FETCH t.from JOIN FETCH t.to WHERE t.transferredAt >= :since "
                + "ORDER BY t.transferredAt", DataRequestTransfer.class).setParameter("since", since).getResultList();

        Map<String, Agency> agencies = new TreeMap<>();
        Map<String, Map<Quarter, Tally>> tallies = new TreeMap<>();
        java.util.function.BiFunction<Agency, LocalDateTime, Tally> tally = (agency, at) -> {
            agencies.put(agency.getShortName(), agency);
            return tallies.computeIfAbsent(agency.getShortName(), a -> new TreeMap<>(Comparator.reverseOrder()))
                    .computeIfAbsent(Quarter.of(PortalClock.localDate(at)), q -> new Tally());
        };

        Map<Long, List<DataRequestTransfer>> transfersByRequest = new TreeMap<>();
        for (DataRequestTransfer t : transfers) {
            transfersByRequest.computeIfAbsent(t.getRequest().getId(), id -> new ArrayList<>()).add(t);
            if (!t.getTransferredAt().isBefore(since)) {
                tally.apply(t.getFrom(), t.getTransferredAt()).transfersOut++;
                tally.apply(t.getTo(), t.getTransferredAt()).received++;
            }
        }
        // An agency that accepted a request and then transferred it still accepted it: its acceptance counts for it, timed from
        // when its own clock started (the submission, or the transfer that brought the request to it). The receiving agency
        // is measured from the transfer, through the request's own acceptance below.
        transfersByRequest.values().forEach(requestTransfers -> {
            for (int i = 0; i < requestTransfers.size(); i++) {
                DataRequestTransfer t = requestTransfers.get(i);
                if (t.getFromAcceptedAt() != null && !t.getFromAcceptedAt().isBefore(since)) {
                    LocalDateTime senderStarted = i == 0 ? t.getRequest().getSubmittedAt() : requestTransfers.get(i - 1).getTransferredAt();
                    Tally sender = tally.apply(t.getFrom(), t.getFromAcceptedAt());
                    sender.accepted++;
                    sender.daysToAccept.add(Math.max(0, calendar.workingDaysBetween(PortalClock.localDate(senderStarted), PortalClock.localDate(t.getFromAcceptedAt()))));
                }
            }
        });
        for (DataRequest r : requests) {
            // Received on submission: the agencies it is with now that it was not transferred to, and those it was transferred away from first.
            Set<Agency> firstReceivers = new HashSet<>(r.getAgencies());
            for (DataRequestTransfer t : transfersByRequest.getOrDefault(r.getId(), List.of())) {
                firstReceivers.remove(t.getTo());
            }
            for (DataRequestTransfer t : transfersByRequest.getOrDefault(r.getId(), List.of())) {
                boolean reachedByTransfer = transfersByRequest.get(r.getId()).stream().anyMatch(o -> o.getTo().equals(t.getFrom()));
                if (!reachedByTransfer) {
                    firstReceivers.add(t.getFrom());
                }
            }
            if (!r.getSubmittedAt().isBefore(since)) {
                firstReceivers.forEach(a -> tally.apply(a, r.getSubmittedAt()).received++);
            }
            LocalDateTime started = r.getClockStartedAt() == null ? r.getSubmittedAt() : r.getClockStartedAt();
            for (Agency agency : r.getAgencies()) {
                if (r.getAcceptedAt() != null && !r.getAcceptedAt().isBefore(since)) {
                    Tally t = tally.apply(agency, r.getAcceptedAt());
                    t.accepted++;
                    t.daysToAccept.add(Math.max(0, calendar.workingDaysBetween(PortalClock.localDate(started), PortalClock.localDate(r.getAcceptedAt()))));
                }
                if (r.getClosedAt() != null && !r.getClosedAt().isBefore(since)) {
                    Tally t = tally.apply(agency, r.getClosedAt());
                    if (r.getStatus() == RequestStatus.ANSWERED) {
                        t.answered++;
                        if (r.getAnswerDueOn() == null || !PortalClock.localDate(r.getClosedAt()).isAfter(r.getAnswerDueOn())) {
                            t.answeredInTime++;
                        }
                        if (r.getAcceptedAt() != null) {
                            t.daysToAnswer.add(Math.max(0, calendar.workingDaysBetween(PortalClock.localDate(r.getAcceptedAt()), PortalClock.localDate(r.getClosedAt()))));
                        }
                    } else if (r.getStatus() == RequestStatus.DECLINED && r.getDeclineReason() != null) {
                        t.declines.merge(r.getDeclineReason(), 1, Integer::sum);
                    }
                }
            }
        }
        List<Figures> figures = new ArrayList<>();
        tallies.forEach((shortName, byQuarter) -> byQuarter.forEach((quarter, t) -> figures.add(new Figures(shortName, agencies.get(shortName).getName(),
                quarter, t.received, t.accepted, t.answered, t.answeredInTime, median(t.daysToAccept), median(t.daysToAnswer), t.transfersOut,
                Map.copyOf(t.declines)))));
        figures.sort(Comparator.comparing(Figures::quarter, Comparator.reverseOrder()).thenComparing(Figures::agency));
        return figures;
    }

    static Double median(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
