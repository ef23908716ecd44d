package org.partnershipportal.meetings;

import java.io.Serializable;
import java.util.List;

/**
 * Whether a meeting is (or will be) quorate: members attending, plus deputies standing in for members
 * who sent apologies, against the number the board set. Before the meeting everyone who has not sent
 * apologies is expected; at it only those recorded present count.
 */
public record QuorumCount(Integer required, int members, int attending, int deputies) implements Serializable {

    /** One member's attendance as far as quorum cares: null when not recorded yet. */
    public record Line(Attendance attendance, boolean deputy) {
    }

    public static QuorumCount expected(Integer required, List<Line> lines) {
        int attending = (int) lines.stream().filter(l -> l.attendance() == null || l.attendance() == Attendance.PRESENT).count();
        return new QuorumCount(required, lines.size(), attending, deputies(lines));
    }

    public static QuorumCount recorded(Integer required, List<Line> lines) {
        int attending = (int) lines.stream().filter(l -> l.attendance() == Attendance.PRESENT).count();
        return new QuorumCount(required, lines.size(), attending, deputies(lines));
    }

    private static int deputies(List<Line> lines) {
        return (int) lines.stream().filter(l -> l.attendance() == Attendance.APOLOGIES && l.deputy()).count();
    }

    /** Null when the board sets no quorum. */
    public Boolean quorate() {
        return required == null ? null : attending + deputies >= required;
    }

    /** "3 of 4 members and 1 deputy; quorum 4: quorate". */
    public String describe() {
        String count = attending + " of " + members + (members == 1 ? " member" : " members")
                + (deputies == 0 ? "" : deputies == 1 ? " and 1 deputy" : " and " + deputies + " deputies");
        if (required == null) {
            return count + "; the board sets no quorum";
        }
        return count + "; quorum " + required + ": " + (Boolean.TRUE.equals(quorate()) ? "quorate" : "not quorate");
    }
}
