package org.partnershipportal.demo;

import jakarta.persistence.EntityManager;
import org.partnershipportal.boards.Board;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.identity.UserAccount;
import org.partnershipportal.meetings.Action;
import org.partnershipportal.meetings.ActionStatus;
import org.partnershipportal.meetings.AgendaItem;
import org.partnershipportal.meetings.Attendance;
import org.partnershipportal.meetings.ItemPurpose;
import org.partnershipportal.meetings.Meeting;
import org.partnershipportal.meetings.MeetingAttendance;
import org.partnershipportal.meetings.MeetingStatus;
import org.partnershipportal.meetings.Paper;
import org.partnershipportal.meetings.PaperContent;
import org.partnershipportal.meetings.PaperType;
import org.partnershipportal.platform.PortalClock;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The demo partnership's meetings, agendas and actions. The same matters come to several boards in
 * different words (criminal exploitation data, the missing-children protocol, school exclusions),
 * as the review found, so the register and the duplicate finder have something real to show.
 */
final class DemoRegister {

    private final EntityManager em;
    private org.partnershipportal.platform.WorkingCalendar calendar;
    private final Map<String, Board> boards;
    private final Map<String, UserAccount> people;
    private final Map<String, Agency> agencies;
    private final LocalDate today;

    DemoRegister(EntityManager em, Map<String, Board> boards, Map<String, UserAccount> people, Map<String, Agency> agencies, LocalDate today) {
        this.em = em;
        this.today = today;
        this.boards = boards;
        this.people = people;
        this.agencies = agencies;
    }

    void load() {
        Meeting cspPast = meeting("CSP-KV", "Partnership board meeting", today.minusDays(40), LocalTime.of(10, 0), "Council Chamber, Kestrel Vale Civic Centre", null, MeetingStatus.HELD);
        attendance(cspPast, Map.of("casey.chair", Attendance.PRESENT, "blake.boardmember", Attendance.PRESENT, "riley.reviewer", Attendance.APOLOGIES));
        standingItems(cspPast);
        AgendaItem cspData = item(cspPast, "Child exploitation data: what partners can share", "Police and social care to bring a joint profile of children at risk of criminal exploitation.", "Blake Boardmember", "KSP", 30);
        cspData.recordOutcome("Police presented a draft profile. Health data is not yet included; partners agreed the gap matters.",
                "Agreed to build a joint exploitation dataset for the next meeting.");
        paper(cspData, "Exploitation profile - draft.pdf", "Draft joint profile of children at risk of criminal exploitation. "
                + "Figures are fictional demo data.");
        action(cspData, "Bring a joint police and social care profile of children at risk of exploitation", "blake.boardmember", today.minusDays(5), ActionStatus.IN_PROGRESS);
        action(cspData, "Ask the ICB which health flags show exploitation risk", "riley.reviewer", today.plusDays(20), ActionStatus.OPEN);
        AgendaItem cspMissing = item(cspPast, "Missing children protocol: annual review", "Review of return home interviews and the missing protocol.", "Casey Chair", "KVC", 20);
        cspMissing.recordOutcome("Return home interview completion is 61%.", "Protocol to be refreshed with the charity sector.");
        action(cspMissing, "Refresh the missing children protocol with Safe Harbour", "casey.chair", today.minusDays(12), ActionStatus.OPEN);
        namedAction(cspMissing, "Report return home interview completion by school", "Quinn Analyst", "KVC", today.plusDays(30));

        Meeting cspNext = meeting("CSP-KV", "Partnership board meeting", today.plusDays(21), LocalTime.of(10, 0), "Council Chamber, Kestrel Vale Civic Centre", "https://meet.kestrel-vale.example/csp", MeetingStatus.PLANNED);
        standingItems(cspNext);
        item(cspNext, "Joint exploitation dataset: first results", "The combined police, social care and health profile.", "Blake Boardmember", "KSP", 40)
                .assign(ItemPurpose.FOR_DECISION, people.get("blake.boardmember"));
        item(cspNext, "Voice of young people: what children told us about feeling safe", "Findings from the summer listening project.", "Ellis Editor", "SHC", 25);

        Meeting csafePast = meeting("CSafeP", "Community Safety Partnership", today.minusDays(30), LocalTime.of(14, 0), "Kestrelshire Police HQ, Room 4", null, MeetingStatus.HELD);
        attendance(csafePast, Map.of("blake.boardmember", Attendance.PRESENT, "sam.support", Attendance.PRESENT));
        standingItems(csafePast);
        AgendaItem csafeData = item(csafePast, "Data on young people exploited by gangs: sharing across agencies", "Which agencies hold data on criminal exploitation and how to pool it.", "Blake Boardmember", "KSP", 30);
        action(csafeData, "Map which agencies hold criminal exploitation data", "blake.boardmember", today.minusDays(2), ActionStatus.OPEN);
        AgendaItem csafeViolence = item(csafePast, "Serious violence duty: strategic needs assessment", "Progress on the SNA required by the serious violence duty.", "Sam Support", "KCS", 30);
        action(csafeViolence, "Circulate the draft strategic needs assessment", "sam.support", today.plusDays(10), ActionStatus.IN_PROGRESS);
        meeting("CSafeP", "Community Safety Partnership", today.plusDays(35), LocalTime.of(14, 0), "Kestrelshire Police HQ, Room 4", null, MeetingStatus.PLANNED);

        Meeting vruPast = meeting("VRU", "VRU Board", today.minusDays(25), LocalTime.of(9, 30), null, "https://meet.kestrel-vale.example/vru", MeetingStatus.HELD);
        standingItems(vruPast);
        AgendaItem vruSna = item(vruPast, "SNA for the serious violence duty: progress", "The VRU's draft strategic needs assessment.", "Sam Support", "KCS", 30);
        action(vruSna, "Add school exclusion data to the strategic needs assessment", "morgan.member", today.minusDays(8), ActionStatus.OPEN);
        item(vruPast, "Youth work in hotspot areas over the summer", "Outcomes of detached youth work in the town centre.", "Parker Practitioner", "SHC", 20);
        meeting("VRU", "VRU Board", today.plusDays(28), LocalTime.of(9, 30), null, "https://meet.kestrel-vale.example/vru", MeetingStatus.PLANNED);

        Meeting yosPast = meeting("YOSMB", "YOS Management Board", today.minusDays(50), LocalTime.of(13, 0), "Youth Offending Service, Mill Lane", null, MeetingStatus.HELD);
        standingItems(yosPast);
        AgendaItem yosExclusions = item(yosPast, "School exclusions and young people in the youth justice system", "Exclusion rates among children open to the YOS.", "Morgan Member", "KYOS", 25);
        action(yosExclusions, "Ask schools for exclusion data on children open to the YOS", "morgan.member", today.plusDays(5), ActionStatus.IN_PROGRESS);
        AgendaItem yosCe = item(yosPast, "Children in the youth justice system who are criminally exploited", "NRM referrals and outcomes for YOS children.", "Morgan Member", "KYOS", 25);
        action(yosCe, "Report NRM referral outcomes for YOS children", "riley.reviewer", today.minusDays(20), ActionStatus.OPEN);
        Meeting yosNext = meeting("YOSMB", "YOS Management Board", today.plusDays(14), LocalTime.of(13, 0), "Youth Offending Service, Mill Lane", null, MeetingStatus.PLANNED);
        // The YOS board's last minutes were approved when it met since; the subgroup's are out for comment.
        yosPast.circulateMinutes(today.minusDays(45).atTime(9, 0));
        yosPast.approveMinutes(yosNext, "jordan.former", today.minusDays(2).atTime(15, 0));

        Meeting exploitPast = meeting("EXPLOIT", "Exploitation Subgroup", today.minusDays(18), LocalTime.of(10, 0), "Safe Harbour offices", null, MeetingStatus.HELD);
        standingItems(exploitPast);
        exploitPast.circulateMinutes(today.minusDays(10).atTime(9, 0));
        AgendaItem exploitData = item(exploitPast, "CCE data sharing between police, social care and health", "Pooling data on children at risk of child criminal exploitation.", "Blake Boardmember", "KSP", 30);
        action(exploitData, "Draft an information-sharing agreement for exploitation data", "blake.boardmember", today.plusDays(15), ActionStatus.OPEN);
        AgendaItem exploitMissing = item(exploitPast, "Return home interviews after missing episodes", "Completion and quality of return home interviews.", "Casey Chair", "KVC", 20);
        action(exploitMissing, "Audit a sample of return home interviews", "casey.chair", today.minusDays(3), ActionStatus.DONE);
        // The subgroup's next agenda is still a draft: its chair and business support see it, its members do not yet.
        Meeting exploitNext = new Meeting(boards.get("EXPLOIT"), "Exploitation Subgroup", weekday(today.plusDays(7)).atTime(10, 0),
                weekday(today.plusDays(7)).atTime(12, 0), "Safe Harbour offices", null);
        em.persist(exploitNext);
        standingItems(exploitNext);
        AgendaItem hotspots = item(exploitNext, "Places of concern: the town centre and the retail park", "A first map of the places that recur in police and school reports.",
                "Blake Boardmember", "KSP", 30);
        hotspots.assign(ItemPurpose.FOR_DECISION, people.get("blake.boardmember"));
        AgendaItem ncaBriefing = item(exploitNext, "National referral mechanism: quarterly figures", "For members to note.", "Riley Reviewer", "KICB", 10);
        ncaBriefing.assign(ItemPurpose.FOR_INFORMATION, people.get("riley.reviewer"));
    }

    private Meeting meeting(String board, String title, LocalDate day, LocalTime start, String place, String link, MeetingStatus status) {
        LocalDate date = weekday(day);
        Meeting meeting = new Meeting(boards.get(board), title, date.atTime(start), date.atTime(start.plusHours(2)), place, link);
        meeting.changeStatus(status);
        // Every demo agenda has gone to members a week before its meeting, except the Exploitation Subgroup's next one (below).
        // Sent at 09:00 London time a week before (a moment, so stored as UTC like every other).
        LocalDateTime weekBefore = PortalClock.utc(date.minusDays(7).atTime(9, 0));
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        meeting.publishAgenda(weekBefore.isBefore(now) ? weekBefore : now.minusHours(2));
        em.persist(meeting);
        return meeting;
    }

    /** The day itself if it is a working day, else the next one: demo boards meet neither at weekends nor on bank holidays. */
    private LocalDate weekday(LocalDate day) {
        if (calendar == null) {
            calendar = org.partnershipportal.platform.WorkingDays.read(em);
        }
        return calendar.plusWorkingDays(day, 0);
    }

    private void attendance(Meeting meeting, Map<String, Attendance> marks) {
        marks.forEach((username, mark) -> {
            UserAccount person = people.get(username);
            em.persist(new MeetingAttendance(meeting, person, person.getAgency(), mark));
        });
    }

    private void standingItems(Meeting meeting) {
        for (String title : List.of("Welcome, introductions and apologies", "Minutes of the last meeting and matters arising")) {
            AgendaItem item = new AgendaItem(meeting, nextPosition(meeting));
            item.describe(title, null, null, null, 10, true);
            em.persist(item);
        }
    }

    private AgendaItem item(Meeting meeting, String title, String description, String lead, String agency, int minutes) {
        AgendaItem item = new AgendaItem(meeting, nextPosition(meeting));
        item.describe(title, description, lead, agencies.get(agency), minutes, false);
        item.assign(ItemPurpose.FOR_DISCUSSION, null);
        em.persist(item);
        return item;
    }

    /** A small real PDF, so the demo has a paper to open (and refuse to non-members). */
    private void paper(AgendaItem item, String fileName, String text) {
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        com.lowagie.text.Document document = new com.lowagie.text.Document();
        com.lowagie.text.pdf.PdfWriter.getInstance(document, pdf);
        document.open();
        document.add(new com.lowagie.text.Paragraph(text));
        document.close();
        byte[] content = pdf.toByteArray();
        em.flush();
        Paper paper = new Paper(item, fileName, PaperType.PDF, content.length, org.partnershipportal.platform.FileTransfer.sha256(content), "sam.support", item.getMeeting().getStartsAt());
        em.persist(paper);
        em.flush();
        em.persist(new PaperContent(paper.getId(), content));
    }

    private int nextPosition(Meeting meeting) {
        em.flush();
        Integer last = em.createQuery("SELECT MAX(i.position) FROM AgendaItem i WHERE i.meeting = :meeting", Integer.class)
                .setParameter("meeting", meeting).getSingleResult();
        return last == null ? 1 : last + 1;
    }

    private void action(AgendaItem item, String description, String owner, LocalDate due, ActionStatus status) {
        Action action = new Action(item, description, due, item.getMeeting().getStartsAt());
        action.assignTo(people.get(owner));
        em.persist(action);
        em.persist(action.agreedBy("sam.support"));
        if (status != ActionStatus.OPEN) {
            em.persist(action.progress(status, due, "Progress reported", owner, LocalDateTime.now(ZoneOffset.UTC).minusDays(1)));
        }
    }

    private void namedAction(AgendaItem item, String description, String ownerName, String agency, LocalDate due) {
        Action action = new Action(item, description, due, item.getMeeting().getStartsAt());
        action.assignTo(ownerName, agencies.get(agency));
        em.persist(action);
        em.persist(action.agreedBy("casey.chair"));
    }
}
