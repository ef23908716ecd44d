package org.partnershipportal.demo;

import jakarta.annotation.PostConstruct;
import org.partnershipportal.platform.StartupTimeline;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnershipportal.boards.Board;
import org.partnershipportal.boards.HarmType;
import org.partnershipportal.boards.MeetingFrequency;
import org.partnershipportal.boards.Membership;
import org.partnershipportal.boards.MembershipRole;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.identity.AgencyKind;
import org.partnershipportal.identity.PasswordHasher;
import org.partnershipportal.identity.Role;
import org.partnershipportal.identity.UserAccount;
import org.partnershipportal.platform.PortalSettings;
import org.partnershipportal.platform.PortalClock;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Loads the fictional Kestrel Vale partnership on the first start of the demo profile, and never in
 * production. Its passwords are printed in the README, which is why the demo only listens on
 * 127.0.0.1.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class DemoPartnership {

    /** Every demo account signs in with this password (README). */
    public static final String DEMO_PASSWORD = "kestrel-vale-demo";

    private static final Logger LOG = Logger.getLogger(DemoPartnership.class.getName());

    @PersistenceContext
    EntityManager em;

    /** Days ("today", due dates) are London's, from the portal's clock (PortalClock's time policy). */
    @Inject
    PortalClock clock;

    @Inject
    PortalSettings settings;

    private final Map<String, Agency> agencies = new HashMap<>();
    private final Map<String, Board> boards = new HashMap<>();
    private final Map<String, UserAccount> people = new HashMap<>();
    private String demoHash;
    private LocalDate today;

    @PostConstruct
    void loadOnFirstDemoStart() {
        if (!settings.isDemo()) {
            return;
        }
        Long existing = em.createQuery("SELECT COUNT(a) FROM Agency a", Long.class).getSingleResult();
        if (existing > 0) {
            StartupTimeline.mark("demo partnership already present");
            return;
        }
        demoHash = PasswordHasher.hashOfPublicPassword(DEMO_PASSWORD);
        // Demo dates are relative to the portal's day, so the demo reads the same whatever the JVM's zone.
        today = clock.today();
        agencies();
        boards();
        remitsAndReportingLines();
        people();
        memberships();
        new DemoRegister(em, boards, people, agencies, today).load();
        new DemoGlossaryAndFlags(em, agencies, today).load();
        new DemoResources(em, agencies.get("SHC"), today).load();
        new DemoVoice(em).load();
        new DemoCatalogue(em, agencies, boards, people, today).load();
        LOG.info("Demo partnership loaded: Kestrel Vale (fictional). Demo accounts use the password in the README.");
        StartupTimeline.mark("demo partnership loaded");
    }

    private void agencies() {
        agency("KVC", "Kestrel Vale Council – Children's Services", AgencyKind.COUNCIL);
        agency("KSP", "Kestrelshire Police", AgencyKind.POLICE);
        agency("KICB", "Kestrel Vale Integrated Care Board", AgencyKind.HEALTH);
        agency("KYOS", "Kestrel Vale Youth Offending Service", AgencyKind.YOUTH_JUSTICE);
        agency("KCS", "Kestrel Vale Community Safety & Violence Reduction Unit", AgencyKind.COMMUNITY_SAFETY);
        agency("SHC", "Safe Harbour Children's Charity", AgencyKind.CHARITY);
    }

    private void boards() {
        board("CSP-KV", "Children's Safeguarding Partnership",
                "Leads multi-agency safeguarding of children in Kestrel Vale, including exploitation and extra-familial harm.",
                MeetingFrequency.BIMONTHLY);
        board("CSafeP", "Community Safety Partnership",
                "Reduces crime and disorder across Kestrel Vale; oversees the serious violence duty with the VRU.",
                MeetingFrequency.QUARTERLY);
        board("VRU", "VRU Board",
                "Steers the Violence Reduction Unit's public-health approach to serious youth violence.",
                MeetingFrequency.QUARTERLY);
        board("YOSMB", "YOS Management Board",
                "Oversees the Youth Offending Service: performance, resources and the youth justice plan.",
                MeetingFrequency.QUARTERLY);
        board("EXPLOIT", "Exploitation Subgroup",
                "Subgroup of the Safeguarding Partnership on child criminal and sexual exploitation, missing and trafficking.",
                MeetingFrequency.MONTHLY);
    }

    /** Criminal exploitation sits with all five boards: the duplication the review found. */
    private void remitsAndReportingLines() {
        remit("CSP-KV", "Criminal exploitation", "Sexual exploitation", "Missing", "Online harm", "Trafficking and modern slavery");
        remit("CSafeP", "Criminal exploitation", "County lines", "Serious violence");
        remit("VRU", "Serious violence", "County lines", "Criminal exploitation");
        remit("YOSMB", "Youth justice", "Criminal exploitation", "Serious violence");
        remit("EXPLOIT", "Criminal exploitation", "Sexual exploitation", "County lines", "Missing", "Trafficking and modern slavery");
        boards.get("EXPLOIT").replaceReportingLines(Set.of(boards.get("CSP-KV")));
        boards.get("VRU").replaceReportingLines(Set.of(boards.get("CSafeP")));
        // The Safeguarding Partnership needs three of its members (a named deputy counts for their member);
        // the subgroup takes no deputies.
        boards.get("CSP-KV").setAttendanceRules(3, true);
        boards.get("EXPLOIT").setAttendanceRules(3, false);
    }

    private void remit(String board, String... harms) {
        Set<HarmType> remit = new HashSet<>();
        for (String harm : harms) {
            remit.add(em.createQuery("SELECT h FROM HarmType h WHERE h.name = :name", HarmType.class)
                    .setParameter("name", harm).getSingleResult());
        }
        boards.get(board).replaceRemit(remit);
    }

    private void people() {
        person("avery.admin", "Avery Admin", "Partnership business manager", "KVC", Role.PARTNERSHIP_ADMIN);
        person("blake.boardmember", "Blake Boardmember", "Detective Superintendent, public protection", "KSP", Role.BOARD_MEMBER);
        person("casey.chair", "Casey Chair", "Director of Children's Services", "KVC", Role.BOARD_MEMBER);
        person("parker.practitioner", "Parker Practitioner", "Youth worker", "SHC", Role.PRACTITIONER);
        person("dana.datalead", "Dana Datalead", "Head of performance and intelligence", "KICB", Role.DATA_LEAD);
        person("ellis.editor", "Ellis Editor", "Participation lead", "SHC", Role.RESOURCE_EDITOR, Role.PRACTITIONER);
        person("morgan.member", "Morgan Member", "Head of Youth Offending Service", "KYOS", Role.BOARD_MEMBER);
        person("sam.support", "Sam Support", "Partnership business support officer", "KCS", Role.BOARD_MEMBER);
        person("jordan.former", "Jordan Former", "Head of Early Help", "KVC", Role.BOARD_MEMBER);
        person("pat.policedata", "Pat Policedata", "Performance and analysis manager", "KSP", Role.DATA_LEAD);
        person("lee.councildata", "Lee Councildata", "Children's services data lead", "KVC", Role.DATA_LEAD);
        person("riley.reviewer", "Riley Reviewer", "Named nurse for safeguarding", "KICB", Role.BOARD_MEMBER);
    }

    private void memberships() {
        LocalDate sinceLastYear = today.minusYears(1).withDayOfMonth(1);
        seat("casey.chair", "CSP-KV", MembershipRole.CHAIR, sinceLastYear);
        seat("casey.chair", "EXPLOIT", MembershipRole.MEMBER, sinceLastYear);
        seat("casey.chair", "YOSMB", MembershipRole.MEMBER, sinceLastYear);
        seat("blake.boardmember", "CSP-KV", MembershipRole.MEMBER, sinceLastYear);
        seat("blake.boardmember", "CSafeP", MembershipRole.VICE_CHAIR, sinceLastYear);
        seat("blake.boardmember", "VRU", MembershipRole.MEMBER, sinceLastYear);
        seat("blake.boardmember", "EXPLOIT", MembershipRole.CHAIR, sinceLastYear);
        seat("morgan.member", "YOSMB", MembershipRole.MEMBER, sinceLastYear);
        seat("morgan.member", "VRU", MembershipRole.MEMBER, sinceLastYear);
        seat("sam.support", "CSafeP", MembershipRole.BUSINESS_SUPPORT, sinceLastYear);
        seat("sam.support", "VRU", MembershipRole.BUSINESS_SUPPORT, sinceLastYear);
        seat("morgan.member", "EXPLOIT", MembershipRole.ADVISER, sinceLastYear);
        seat("riley.reviewer", "CSP-KV", MembershipRole.MEMBER, sinceLastYear);
        seat("riley.reviewer", "EXPLOIT", MembershipRole.MEMBER, sinceLastYear);
        seat("riley.reviewer", "YOSMB", MembershipRole.MEMBER, sinceLastYear);
        seat("sam.support", "EXPLOIT", MembershipRole.BUSINESS_SUPPORT, sinceLastYear);
        // An ex-member: sat on the Safeguarding Partnership until last month, still on the YOS board.
        UserAccount former = people.get("jordan.former");
        em.persist(new Membership(boards.get("CSP-KV"), former, former.getAgency(), MembershipRole.MEMBER,
                sinceLastYear, today.minusMonths(1)));
        seat("jordan.former", "YOSMB", MembershipRole.VICE_CHAIR, sinceLastYear);
    }

    private void agency(String shortName, String name, AgencyKind kind) {
        Agency agency = new Agency(name, shortName, kind);
        em.persist(agency);
        agencies.put(shortName, agency);
    }

    private void board(String shortName, String name, String purpose, MeetingFrequency frequency) {
        Board board = new Board(name, shortName, purpose, frequency);
        em.persist(board);
        boards.put(shortName, board);
    }

    private void person(String username, String fullName, String jobTitle, String agency, Role... roles) {
        Set<Role> roleSet = EnumSet.noneOf(Role.class);
        roleSet.addAll(Set.of(roles));
        UserAccount account = new UserAccount(username, fullName, username + "@kestrel-vale.example", agencies.get(agency),
                roleSet, LocalDateTime.now(ZoneOffset.UTC));
        account.updateProfile(fullName, username + "@kestrel-vale.example", jobTitle, agencies.get(agency));
        account.setInitialPassword(demoHash, false);
        em.persist(account);
        people.put(username, account);
    }

    private void seat(String username, String board, MembershipRole role, LocalDate from) {
        UserAccount person = people.get(username);
        em.persist(new Membership(boards.get(board), person, person.getAgency(), role, from, null));
    }
}
