package org.partnershipportal.demo;

import jakarta.persistence.EntityManager;
import org.partnershipportal.boards.Board;
import org.partnershipportal.catalogue.AskMapping;
import org.partnershipportal.catalogue.AskPriority;
import org.partnershipportal.catalogue.AskStatus;
import org.partnershipportal.catalogue.Classification;
import org.partnershipportal.catalogue.DataRequest;
import org.partnershipportal.catalogue.DueDates;
import org.partnershipportal.catalogue.AgreementStatus;
import org.partnershipportal.catalogue.SharingAgreement;
import org.partnershipportal.catalogue.EscalationContact;
import org.partnershipportal.catalogue.DataRequestCitation;
import org.partnershipportal.catalogue.DataRequestEntry;
import org.partnershipportal.catalogue.Dataset;
import org.partnershipportal.catalogue.DatasetChange;
import org.partnershipportal.catalogue.DatasetForm;
import org.partnershipportal.catalogue.DeclineReason;
import org.partnershipportal.catalogue.Fit;
import org.partnershipportal.catalogue.Granularity;
import org.partnershipportal.catalogue.LawfulBasis;
import org.partnershipportal.catalogue.RequestStatus;
import org.partnershipportal.catalogue.StrategicAsk;
import org.partnershipportal.catalogue.Subject;
import org.partnershipportal.catalogue.UpdateFrequency;
import org.partnershipportal.flags.Flag;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.identity.UserAccount;
import org.partnershipportal.meetings.AgendaItem;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The demo partnership's data catalogue: datasets across the agencies (described, never their
 * records), strategic asks with the gaps the review found (no shared picture of exploited children,
 * nothing on perpetrators), and data requests at each step of their workflow.
 */
final class DemoCatalogue {

    private static final String PERSONAL_CONDITION = "DPA 2018 Schedule 1, para 18: safeguarding of children and individuals at risk";
    private static final String OFFENCE_CONDITION = "DPA 2018 s.10(5) and Schedule 1, para 10: preventing or detecting unlawful acts";

    private final EntityManager em;
    private final Map<String, Agency> agencies;
    private final Map<String, Board> boards;
    private final Map<String, UserAccount> people;
    private final Map<String, Dataset> datasets = new HashMap<>();
    private final Map<String, StrategicAsk> asks = new HashMap<>();
    private final LocalDate today;
    private final LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    private DueDates dueDates;

    DemoCatalogue(EntityManager em, Map<String, Agency> agencies, Map<String, Board> boards, Map<String, UserAccount> people, LocalDate today) {
        this.em = em;
        this.today = today;
        this.agencies = agencies;
        this.boards = boards;
        this.people = people;
    }

    void load() {
        datasets();
        asks();
        requests();
        agreements();
    }

    /**
     * A few information sharing agreements, so the chain for "Where do children go missing from…" shows at
     * once: the police's missing person reports are covered to every agency on the Safeguarding Partnership;
     * return home interviews reach the police but the health agreement has expired, so KVC → KICB is a gap.
     */
    private void agreements() {
        String by = "avery.admin";
        SharingAgreement missing = new SharingAgreement("Missing children: police, council and health", "ISA-KV-2024-03",
                "To find and protect children who go missing: where they go missing from and are found, repeat episodes, and risk.",
                "Personal data deleted 2 years after the child's 18th birthday; aggregated figures kept.", today.plusMonths(8), AgreementStatus.DRAFT, by, now);
        missing.setParty(agencies.get("KSP"), LawfulBasis.PUBLIC_TASK, null, by, now);
        missing.setParty(agencies.get("KVC"), LawfulBasis.PUBLIC_TASK, null, by, now);
        missing.setParty(agencies.get("KICB"), LawfulBasis.PUBLIC_TASK, null, by, now);
        missing.cover(Set.of(datasets.get("missing")), by, now);
        recordAs(missing, AgreementStatus.SIGNED);
        em.persist(missing);

        SharingAgreement rhiPolice = new SharingAgreement("Return home interviews: council and police", "ISA-KV-2025-07",
                "So that what children say after a missing episode informs the police's search and disruption of exploiters.",
                "Kept for 12 months after the episode, then deleted.", today.plusMonths(3), AgreementStatus.DRAFT, by, now);
        rhiPolice.setParty(agencies.get("KVC"), LawfulBasis.PUBLIC_TASK, null, by, now);
        rhiPolice.setParty(agencies.get("KSP"), LawfulBasis.PUBLIC_TASK, null, by, now);
        rhiPolice.cover(Set.of(datasets.get("rhi")), by, now);
        recordAs(rhiPolice, AgreementStatus.SIGNED);
        em.persist(rhiPolice);

        SharingAgreement rhiHealth = new SharingAgreement("Return home interviews: council and health", "ISA-KV-2022-02",
                "So that health professionals know of repeat missing episodes of children they see.",
                "Kept for 12 months after the episode, then deleted.", today.minusMonths(2), AgreementStatus.DRAFT, by, now);
        rhiHealth.setParty(agencies.get("KVC"), LawfulBasis.PUBLIC_TASK, null, by, now);
        rhiHealth.setParty(agencies.get("KICB"), LawfulBasis.PUBLIC_TASK, null, by, now);
        rhiHealth.cover(Set.of(datasets.get("rhi")), by, now);
        recordAs(rhiHealth, AgreementStatus.EXPIRED);
        em.persist(rhiHealth);

        SharingAgreement flags = new SharingAgreement("Exploitation flags: matching across agencies (pilot)", "ISA-KV-2026-11",
                "To count children flagged for exploitation by any agency, and by only one, without sharing names beyond the analysts.",
                "Pseudonymised extracts deleted after each quarterly match.", today.plusMonths(12), AgreementStatus.DRAFT, by, now);
        flags.setParty(agencies.get("KSP"), LawfulBasis.PUBLIC_TASK, OFFENCE_CONDITION, by, now);
        flags.setParty(agencies.get("KICB"), LawfulBasis.PUBLIC_TASK, PERSONAL_CONDITION, by, now);
        flags.setParty(agencies.get("KVC"), LawfulBasis.PUBLIC_TASK, PERSONAL_CONDITION, by, now);
        flags.cover(Set.of(datasets.get("policeflags"), datasets.get("gpflags"), datasets.get("referrals")), by, now);
        em.persist(flags);
    }

    /** An agreement's terms are set while it is a draft (SharingAgreement's class comment); then it is signed, or lapsed. */
    private static void recordAs(SharingAgreement agreement, AgreementStatus status) {
        agreement.describe(agreement.getTitle(), agreement.getReference(), agreement.getPurpose(), agreement.getRetention(), agreement.getReviewOn(),
                status, agreement.getUpdatedBy(), agreement.getUpdatedAt());
    }

    private void datasets() {
        dataset("missing", "KSP", "pat.policedata", "Missing person reports (under 18)", "Niche RMS",
                "Every report of a child missing: when and where they were last seen, where they were found, and risk grading.",
                "Report date and time; last-seen location; found location (free text); risk grading; repeat-missing count",
                List.of(Subject.YOUNG_PEOPLE, Subject.PLACES), Granularity.INDIVIDUAL, UpdateFrequency.DAILY, Classification.PERSONAL,
                LawfulBasis.PUBLIC_TASK, null, "ISA-KV-2024-03", "Found locations are free text, so they cannot be mapped without manual coding.",
                List.of(), 3, f -> f.setCoverageFrom(LocalDate.of(2019, 4, 1)));
        dataset("crime", "KSP", "pat.policedata", "Recorded violence and knife offences involving under-25s", "Niche RMS",
                "Recorded crimes of violence with injury, robbery and possession of a bladed article where a victim or suspect is under 25.",
                "Offence type; date; ward and beat; victim and suspect age band; weapon; outcome",
                List.of(Subject.YOUNG_PEOPLE, Subject.PERPETRATORS, Subject.PLACES), Granularity.INDIVIDUAL, UpdateFrequency.DAILY,
                Classification.SPECIAL_CATEGORY, LawfulBasis.PUBLIC_TASK, OFFENCE_CONDITION, "ISA-KV-2024-03", null,
                List.of("KSP:Child criminal exploitation"), 4, f -> f.setCoverageFrom(LocalDate.of(2018, 1, 1)));
        dataset("lines", "KSP", "pat.policedata", "County lines intelligence profile", "Intelligence database",
                "Deal lines known to operate in Kestrel Vale, with the places they use and the number of local children linked, updated weekly.",
                "Line name (coded); active period; locations used; count of linked children; cuckooing addresses (coded)",
                List.of(Subject.PLACES, Subject.PERPETRATORS), Granularity.PLACE, UpdateFrequency.WEEKLY, Classification.PSEUDONYMISED,
                LawfulBasis.PUBLIC_TASK, null, "ISA-KV-2023-11", null, List.of(), 2, f -> f.setGeography("Kestrel Vale, by beat"));
        dataset("policeflags", "KSP", "pat.policedata", "Children flagged for exploitation (police)", "Niche RMS",
                "Children with a CCE or CSE flag on police systems, with the date applied and the reviewing officer's team.",
                "Flag type; date applied; last review; team", List.of(Subject.YOUNG_PEOPLE), Granularity.INDIVIDUAL, UpdateFrequency.DAILY,
                Classification.SPECIAL_CATEGORY, LawfulBasis.PUBLIC_TASK, PERSONAL_CONDITION, "ISA-KV-2024-03",
                "No identifier shared with children's social care, so matching is by name and date of birth.",
                List.of("KSP:Child criminal exploitation", "KSP:Child sexual exploitation"), 5, f -> { });

        dataset("referrals", "KVC", "lee.councildata", "Children's social care referrals and assessments", "Liquidlogic",
                "Referrals to children's social care, their source, assessment outcome and the factors identified, including exploitation.",
                "Referral date and source; assessment factors; outcome; exploitation screening score",
                List.of(Subject.YOUNG_PEOPLE, Subject.SERVICES), Granularity.INDIVIDUAL, UpdateFrequency.DAILY, Classification.SPECIAL_CATEGORY,
                LawfulBasis.PUBLIC_TASK, PERSONAL_CONDITION, "ISA-KV-2024-01", null, List.of("KVC:Exploitation risk"), 6, f -> { });
        dataset("rhi", "KVC", "lee.councildata", "Return home interviews", "Liquidlogic",
                "Interviews offered to children after each missing episode: whether offered and held within 72 hours, and what the child said.",
                "Episode date; interview offered; interview held; days to interview; push and pull factors",
                List.of(Subject.YOUNG_PEOPLE, Subject.PLACES), Granularity.INDIVIDUAL, UpdateFrequency.MONTHLY, Classification.PERSONAL,
                LawfulBasis.PUBLIC_TASK, null, "ISA-KV-2024-01", "Locations the child mentions are not coded.", List.of(), 3, f -> { });
        dataset("care", "KVC", "lee.councildata", "Children in care placements by ward", "Liquidlogic",
                "Counts of children in care by placement type and the ward of the placement, each quarter.",
                "Quarter; ward; placement type; in or out of area", List.of(Subject.YOUNG_PEOPLE, Subject.PLACES), Granularity.AGGREGATED,
                UpdateFrequency.QUARTERLY, Classification.ANONYMISED, null, null, null, "Counts under 5 are suppressed.", List.of(), 2,
                f -> f.setGeography("Kestrel Vale, by ward"));
        dataset("earlyhelp", "KVC", "lee.councildata", "Early Help assessments", "Early Help Module",
                "Families assessed by Early Help, the needs identified and the services offered.",
                "Assessment date; needs; lead professional's agency; services offered; closure reason",
                List.of(Subject.YOUNG_PEOPLE, Subject.SERVICES), Granularity.INDIVIDUAL, UpdateFrequency.MONTHLY, Classification.PERSONAL,
                LawfulBasis.PUBLIC_TASK, null, null, null, List.of(), 26, f -> { });

        dataset("ed", "KICB", "dana.datalead", "Emergency department attendances for assault (ages 10–25)", "Emergency Care Data Set",
                "Attendances at Kestrel Vale General's emergency department for assault, with the place of injury where the patient gives it.",
                "Attendance date; age band; injury type; weapon; place of injury (where given)", List.of(Subject.YOUNG_PEOPLE, Subject.PLACES),
                Granularity.INDIVIDUAL, UpdateFrequency.WEEKLY, Classification.SPECIAL_CATEGORY, LawfulBasis.PUBLIC_TASK,
                "DPA 2018 Schedule 1, para 2: health or social care purposes", "ISA-KV-2025-02",
                "Place of injury is recorded for about 40% of attendances.", List.of(), 4, f -> f.setGeography("Kestrel Vale General Hospital catchment"));
        dataset("camhs", "KICB", "dana.datalead", "CAMHS referrals and waiting times", "Mental health services dataset",
                "Referrals to children's mental health services and the weeks waited to first appointment, by month.",
                "Month; referral source; weeks to first appointment; reason for referral (grouped)", List.of(Subject.YOUNG_PEOPLE, Subject.SERVICES),
                Granularity.AGGREGATED, UpdateFrequency.MONTHLY, Classification.ANONYMISED, null, null, null,
                "Reasons are grouped; exploitation is not a reason category.", List.of(), 7, f -> { });
        dataset("gpflags", "KICB", "dana.datalead", "Exploitation concerns recorded in primary care", "SystmOne",
                "Patients under 18 with the safeguarding exploitation concern code, by practice.",
                "Practice; date coded; age band", List.of(Subject.YOUNG_PEOPLE), Granularity.INDIVIDUAL, UpdateFrequency.MONTHLY,
                Classification.SPECIAL_CATEGORY, LawfulBasis.PUBLIC_TASK, PERSONAL_CONDITION, null,
                "Coding varies between practices.", List.of("KICB:Safeguarding: exploitation concern"), 14, f -> { });

        dataset("yos", "KYOS", null, "Youth justice caseload and outcomes", "ChildView",
                "Children on the YOS caseload: offences, disposals, assessed risks including exploitation, and reoffending.",
                "Offence; disposal; assessment factors; exploitation marker; education status; reoffending within 12 months",
                List.of(Subject.YOUNG_PEOPLE, Subject.PERPETRATORS), Granularity.INDIVIDUAL, UpdateFrequency.MONTHLY,
                Classification.SPECIAL_CATEGORY, LawfulBasis.PUBLIC_TASK, OFFENCE_CONDITION, "ISA-KV-2024-05", null,
                List.of("KYOS:Exploitation marker"), 5, f -> { });
        dataset("mace", "KYOS", null, "MACE panel outcomes", "Panel spreadsheet",
                "Children discussed at the multi-agency child exploitation panel each quarter, with the actions agreed, counted by outcome.",
                "Quarter; referrals; outcome category; agencies attending", List.of(Subject.YOUNG_PEOPLE, Subject.SERVICES), Granularity.AGGREGATED,
                UpdateFrequency.QUARTERLY, Classification.ANONYMISED, null, null, null, null, List.of(), 3, f -> { });

        dataset("sna", "KCS", null, "Serious violence strategic needs assessment data pack", "VRU analysts' warehouse",
                "The combined police, health and council indicators behind the serious violence needs assessment, by ward and year.",
                "Year; ward; violence with injury rate; knife crime rate; ED assault attendances; exclusions rate",
                List.of(Subject.PLACES, Subject.PERPETRATORS), Granularity.PLACE, UpdateFrequency.ANNUALLY, Classification.ANONYMISED,
                null, null, null, null, List.of(), 8, f -> f.setGeography("Kestrel Vale, by ward"));
        dataset("vru", "KCS", null, "VRU intervention participation", "Case management system",
                "Young people taking part in VRU programmes (mentoring, ED navigators, detached youth work) and their progress.",
                "Programme; start and end; referral source; goals met", List.of(Subject.YOUNG_PEOPLE, Subject.SERVICES), Granularity.INDIVIDUAL,
                UpdateFrequency.MONTHLY, Classification.PERSONAL, LawfulBasis.PUBLIC_TASK, null, "ISA-KV-2023-08", null, List.of(), 27, f -> { });
        dataset("asb", "KCS", null, "Anti-social behaviour incidents by location", "Community safety incident log",
                "Reported anti-social behaviour by type and location, weekly.", "Week; location; incident type",
                List.of(Subject.PLACES), Granularity.PLACE, UpdateFrequency.WEEKLY, Classification.ANONYMISED, null, null, null, null,
                List.of(), 1, f -> { });

        dataset("exclusions", "KVE", null, "School suspensions and exclusions", "Pupil database",
                "Suspensions and permanent exclusions from Kestrel Vale schools, with reason and length, by term.",
                "Term; school; reason; days; year group", List.of(Subject.YOUNG_PEOPLE), Granularity.INDIVIDUAL, UpdateFrequency.QUARTERLY,
                Classification.PERSONAL, LawfulBasis.PUBLIC_TASK, null, "ISA-KV-2024-09", null, List.of(), 4, f -> { });
        dataset("cme", "KVE", null, "Children missing education", "CPOMS",
                "Pupils of compulsory school age not on a roll and not receiving suitable education, with the date found and placed.",
                "Date identified; last school; date placed", List.of(Subject.YOUNG_PEOPLE), Granularity.INDIVIDUAL, UpdateFrequency.WEEKLY,
                Classification.PERSONAL, LawfulBasis.LEGAL_OBLIGATION, null, null, null, List.of("KVE:Child missing education"), 6, f -> { });

        dataset("survey", "SHC", null, "Young people's safety survey", "Survey platform",
                "An annual survey of 11–18 year olds about where they feel safe and unsafe, and what helps.",
                "Year; age band; places named as unsafe (coded); trusted adults; open comments (anonymised)",
                List.of(Subject.YOUNG_PEOPLE, Subject.PLACES), Granularity.AGGREGATED, UpdateFrequency.ANNUALLY, Classification.ANONYMISED,
                null, null, null, "About 900 responses a year; schools in the east of the area are under-represented.", List.of(), 10, f -> { });
    }

    private void asks() {
        ask("missingPlaces", "CSP-KV", "Where do children go missing from, and where are they found?",
                "Places children are found repeatedly point to exploitation; the board would direct disruption and outreach there.",
                Subject.PLACES, AskPriority.HIGH, AskStatus.OPEN);
        map("missingPlaces", "missing", Fit.PARTLY, "Found locations are free text and not mapped.");
        map("missingPlaces", "rhi", Fit.PARTLY, "Places the child mentions are not coded.");

        ask("knife", "CSafeP", "How many young people are involved in knife crime, as victims and suspects, by ward?",
                "To target the serious violence duty's prevention work where it is needed.", Subject.YOUNG_PEOPLE, AskPriority.HIGH, AskStatus.OPEN);
        map("knife", "crime", Fit.FULLY, null);
        map("knife", "ed", Fit.PARTLY, "Hospital data adds unreported injuries, but place is often missing.");

        ask("violencePlaces", "VRU", "Which places see repeated serious violence involving under-25s?",
                "To commission detached youth work and guardianship where violence repeats.", Subject.PLACES, AskPriority.HIGH, AskStatus.OPEN);
        map("violencePlaces", "sna", Fit.FULLY, null);
        map("violencePlaces", "ed", Fit.PARTLY, "Only 40% of attendances record the place of injury.");

        ask("flagged", "EXPLOIT", "How many children are flagged for exploitation by any agency, and how many by only one?",
                "Children flagged in one system are missing from another; the subgroup needs one picture to know who is not being seen.",
                Subject.YOUNG_PEOPLE, AskPriority.HIGH, AskStatus.OPEN);
        map("flagged", "policeflags", Fit.PARTLY, "No identifier shared with other agencies.");
        map("flagged", "referrals", Fit.PARTLY, "Only children referred to social care.");
        map("flagged", "gpflags", Fit.PARTLY, "Coding varies between practices.");

        ask("exclusions", "YOSMB", "Do children on the YOS caseload have earlier exclusions from school?",
                "If exclusion comes first, schools and the YOS can step in earlier.", Subject.YOUNG_PEOPLE, AskPriority.MEDIUM, AskStatus.OPEN);
        map("exclusions", "yos", Fit.PARTLY, "Education status is current only, not history.");
        map("exclusions", "exclusions", Fit.PARTLY, "Not linked to YOS records.");

        ask("exploiters", "EXPLOIT", "Who are the adults exploiting children in Kestrel Vale, and how are they linked?",
                "Disruption works against perpetrators; today the partnership knows its children far better than the adults who exploit them.",
                Subject.PERPETRATORS, AskPriority.HIGH, AskStatus.OPEN);
        map("exploiters", "lines", Fit.NOT_AT_ALL, "Lines are coded; people behind them are not in a shareable dataset.");

        ask("camhsWait", "CSP-KV", "How long do children wait for CAMHS after an exploitation concern is raised?",
                "Children at risk of exploitation told us help came too late.", Subject.SERVICES, AskPriority.MEDIUM, AskStatus.OPEN);
        map("camhsWait", "camhs", Fit.PARTLY, "Waiting times are not linked to exploitation concerns.");

        ask("mentoring", "VRU", "Do young people who take part in VRU mentoring go on to offend less?",
                "To decide whether to recommission the mentoring programme.", Subject.SERVICES, AskPriority.MEDIUM, AskStatus.OPEN);
        map("mentoring", "vru", Fit.PARTLY, "No reoffending outcome.");
        map("mentoring", "yos", Fit.PARTLY, "Only children known to the YOS.");

        ask("countyLines", "CSafeP", "Where are county lines operating, and how are local children recruited?",
                "To focus disruption and school-based prevention.", Subject.PLACES, AskPriority.HIGH, AskStatus.OPEN);
        map("countyLines", "lines", Fit.FULLY, null);

        ask("feelSafe", "CSP-KV", "What do young people say keeps them safe in their neighbourhood?",
                "So the partnership's plans start from what young people say.", Subject.YOUNG_PEOPLE, AskPriority.LOW, AskStatus.OPEN);
        map("feelSafe", "survey", Fit.FULLY, null);

        ask("rhiTimely", "EXPLOIT", "How many children found after a missing episode had a return home interview within 72 hours?",
                "Interviews are the best chance to hear why children go missing.", Subject.YOUNG_PEOPLE, AskPriority.MEDIUM, AskStatus.OPEN);
        map("rhiTimely", "rhi", Fit.FULLY, null);

        ask("custody", "YOSMB", "How many children released from custody have suitable accommodation on release?",
                "Parked until the national data return changes in April.", Subject.SERVICES, AskPriority.LOW, AskStatus.PARKED);
    }

    private void requests() {
        // Who hears of late requests: the data leads' managers in the police and health, none yet in the council (the page says so).
        em.persist(new EscalationContact(agencies.get("KSP").getId(), people.get("blake.boardmember")));
        em.persist(new EscalationContact(agencies.get("KICB").getId(), people.get("riley.reviewer")));
        DataRequest answered = request("rhiTimely", "EXPLOIT", "blake.boardmember",
                "Percentage of missing episodes of under-18s with a return home interview held within 72 hours, by quarter, last two years.",
                "The subgroup is reviewing the return home interview service before its contract ends.", today.minusDays(30), List.of("rhi"));
        step(answered, RequestStatus.ACCEPTED, "lee.councildata", null, 26);
        step(answered, RequestStatus.IN_PROGRESS, "lee.councildata", null, 25);
        answered.answer("58% of episodes had an interview within 72 hours (Q2 2026), up from 49% a year earlier; children placed out of area are"
                + " least likely to be interviewed in time. Figures by quarter are in the linked report.",
                "https://reports.kestrel-vale.example/rhi-timeliness-2026");
        step(answered, RequestStatus.ANSWERED, "lee.councildata", null, 24);
        em.createQuery("SELECT i FROM AgendaItem i WHERE i.meeting.board = :board AND i.standing = FALSE ORDER BY i.meeting.startsAt, i.position",
                        AgendaItem.class).setParameter("board", boards.get("EXPLOIT")).setMaxResults(1).getResultStream().findFirst()
                .ifPresent(item -> em.persist(new DataRequestCitation(answered, item, null, "blake.boardmember", now.minusDays(20))));

        request("camhsWait", "CSP-KV", "blake.boardmember",
                "Weeks from referral to first CAMHS appointment for children referred with an exploitation concern, last 12 months.",
                "The partnership's annual report must say whether children at risk of exploitation get help in time.", today.plusDays(28), List.of("camhs"));

        DataRequest declined = request("exploiters", "EXPLOIT", "sam.support",
                "Names and links of adults suspected of exploiting children, for the subgroup's problem profile.",
                "To see the networks behind the children the subgroup discusses.", today.plusDays(10), List.of("lines"));
        declined.decline(DeclineReason.NO_LAWFUL_BASIS, "Named suspects are shared case by case at MACE, not in bulk. We can give a coded network summary instead.");
        step(declined, RequestStatus.DECLINED, "pat.policedata", "No lawful basis to share this data: Named suspects are shared case by case at MACE, not in bulk.", 2);

        DataRequest overdue = request("missingPlaces", "CSP-KV", "casey.chair",
                "The ten places children were most often found after missing episodes, last 12 months.",
                "For the board's deep dive on missing children.", today.minusDays(5), List.of("missing"));
        step(overdue, RequestStatus.ACCEPTED, "pat.policedata", "We will need to code the free-text locations first.", 12);
        step(overdue, RequestStatus.IN_PROGRESS, "pat.policedata", null, 10);

        // Data three agencies hold, raised as one request to each: the police decline theirs, the council has accepted its own,
        // and health's is still with health. Each request page shows how the others stand.
        List<DataRequest> flagged = requestToEach("flagged", "EXPLOIT", "blake.boardmember",
                "Counts of children flagged for exploitation in each agency's system this year, and how many are flagged in only one.",
                "The subgroup wants one picture of the children it knows about, and of those only one agency sees.", today.plusDays(40),
                List.of("policeflags", "referrals", "gpflags"), 3);
        DataRequest policeFlags = flagged.stream().filter(r -> r.getAgencyList().get(0).getShortName().equals("KSP")).findFirst().orElseThrow();
        String policeReason = "Our flags are counted in the quarterly police return to the subgroup; the next one answers this.";
        policeFlags.decline(DeclineReason.OTHER, policeReason);
        step(policeFlags, RequestStatus.DECLINED, "pat.policedata", DeclineReason.OTHER.getLabel() + ": " + policeReason, 1);
        step(flagged.stream().filter(r -> r.getAgencyList().get(0).getShortName().equals("KVC")).findFirst().orElseThrow(),
                RequestStatus.ACCEPTED, "lee.councildata", null, 2);
    }

    private void dataset(String key, String agency, String steward, String name, String system, String description, String fields,
                         List<Subject> subjects, Granularity granularity, UpdateFrequency frequency, Classification classification,
                         LawfulBasis basis, String condition, String agreement, String quality, List<String> flags, int monthsSinceReview,
                         Consumer<DatasetForm> extra) {
        DatasetForm form = new DatasetForm();
        form.setName(name);
        form.setDescription(description);
        form.setSystemName(system);
        form.setFieldsHeld(fields);
        form.setSubjectSelection(subjects.stream().map(s -> (Object) s.name()).toList());
        form.setGranularity(granularity);
        form.setUpdateFrequency(frequency);
        form.setClassification(classification);
        form.setArticle6Basis(basis);
        form.setArticle9Condition(condition);
        form.setSharingAgreement(agreement);
        form.setQualityIssues(quality);
        form.setAccessRoute(classification.isPersonalData()
                ? "Request through the portal; named-level data only under the information-sharing agreement, to named analysts."
                : "Request through the portal; shared as a spreadsheet.");
        form.setGeography("Kestrel Vale");
        // Harvesting catalogues expect temporal coverage (DCAT-AP recommends it): the demo's systems hold
        // records from April 2020 (the start of a financial year) unless a dataset says otherwise.
        form.setCoverageFrom(LocalDate.of(2020, 4, 1));
        form.setLastReviewedOn(today.minusMonths(monthsSinceReview));
        form.setReviewMonths(12);
        extra.accept(form);
        Set<Flag> carried = new HashSet<>();
        for (String flag : flags) {
            String[] parts = flag.split(":", 2);
            carried.add(em.createQuery("SELECT f FROM Flag f WHERE f.agency.shortName = :agency AND f.name = :name", Flag.class)
                    .setParameter("agency", parts[0]).setParameter("name", parts[1]).getSingleResult());
        }
        Dataset dataset = new Dataset(agencies.get(agency));
        String by = steward == null ? "avery.admin" : steward;
        dataset.describe(form, steward == null ? null : people.get(steward), carried, by, now.minusMonths(monthsSinceReview));
        em.persist(dataset);
        em.flush();
        em.persist(new DatasetChange(dataset, dataset.getVersion(), "Name", null, name, by, now.minusMonths(monthsSinceReview)));
        datasets.put(key, dataset);
    }

    private void ask(String key, String board, String question, String why, Subject subject, AskPriority priority, AskStatus status) {
        StrategicAsk ask = new StrategicAsk(boards.get(board), "avery.admin", now.minusDays(60));
        ask.describe(question, why, subject, priority, status, now.minusDays(60));
        em.persist(ask);
        asks.put(key, ask);
    }

    private void map(String ask, String dataset, Fit fit, String missing) {
        AskMapping mapping = new AskMapping(asks.get(ask), datasets.get(dataset));
        mapping.assess(fit, missing, "avery.admin", now.minusDays(55));
        em.persist(mapping);
    }

    /** The default service levels (V13): 5 working days to accept, 10 to answer. */
    private DueDates dueDates() {
        if (dueDates == null) {
            dueDates = new DueDates(org.partnershipportal.platform.WorkingDays.read(em), 5, 10);
        }
        return dueDates;
    }

    private DataRequest request(String ask, String board, String requester, String what, String why, LocalDate neededBy, List<String> named) {
        Set<Dataset> chosen = new HashSet<>();
        named.forEach(key -> chosen.add(datasets.get(key)));
        Set<Agency> routed = new HashSet<>();
        chosen.forEach(d -> routed.add(d.getAgency()));
        return persistRequest(ask, board, requester, what, why, neededBy, chosen, routed, null, 35);
    }

    /** A request for data several agencies hold, raised as the portal raises it: one to each agency, by short name, grouped. */
    private List<DataRequest> requestToEach(String ask, String board, String requester, String what, String why, LocalDate neededBy,
                                            List<String> named, int daysAgo) {
        java.util.Map<Agency, Set<Dataset>> byAgency = new java.util.TreeMap<>(java.util.Comparator.comparing(Agency::getShortName));
        named.forEach(key -> byAgency.computeIfAbsent(datasets.get(key).getAgency(), agency -> new HashSet<>()).add(datasets.get(key)));
        List<DataRequest> raised = new java.util.ArrayList<>();
        byAgency.forEach((agency, held) -> raised.add(persistRequest(ask, board, requester, what, why, neededBy, held, Set.of(agency),
                raised.isEmpty() ? null : raised.get(0), daysAgo)));
        return raised;
    }

    private DataRequest persistRequest(String ask, String board, String requester, String what, String why, LocalDate neededBy,
                                       Set<Dataset> chosen, Set<Agency> routed, DataRequest first, int daysAgo) {
        DataRequest request = new DataRequest(asks.get(ask), boards.get(board), people.get(requester), what, why, neededBy, null,
                chosen, routed, now.minusDays(daysAgo));
        if (first != null) {
            request.raisedWith(first);
        }
        request.startClock(now.minusDays(daysAgo), dueDates().acceptBy(today.minusDays(daysAgo)));
        em.persist(request);
        em.flush();
        em.persist(new DataRequestEntry(request, requester, now.minusDays(daysAgo), null, RequestStatus.SUBMITTED, null));
        return request;
    }

    private void step(DataRequest request, RequestStatus target, String by, String note, int daysAgo) {
        RequestStatus from = request.moveTo(target, by, now.minusDays(daysAgo));
        if (target == RequestStatus.ACCEPTED) {
            request.accepted(now.minusDays(daysAgo), dueDates().answerBy(today.minusDays(daysAgo), request.getNeededBy()));
        }
        em.persist(new DataRequestEntry(request, by, now.minusDays(daysAgo), from, target, note));
    }
}
