package org.partnershipportal.demo;

import jakarta.persistence.EntityManager;
import org.partnershipportal.boards.HarmType;
import org.partnershipportal.flags.AppliedWhen;
import org.partnershipportal.flags.Flag;
import org.partnershipportal.flags.FlagForm;
import org.partnershipportal.glossary.AgencyVariant;
import org.partnershipportal.glossary.GlossaryChange;
import org.partnershipportal.glossary.GlossaryTerm;
import org.partnershipportal.glossary.TermSource;
import org.partnershipportal.glossary.TermStatus;
import org.partnershipportal.identity.Agency;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo partnership's glossary and flags register. The flags differ the way the review found:
 * police flag at first concern and review quarterly, social care only after assessment and
 * half-yearly, health flags sexual exploitation only and never reviews it, schools have no
 * exploitation flag at all. Definitions are written for the demo; they quote no real policy.
 */
final class DemoGlossaryAndFlags {

    private final EntityManager em;
    private final Map<String, Agency> agencies;
    private final Map<String, GlossaryTerm> terms = new HashMap<>();
    private final LocalDate today;
    private final LocalDateTime loadedAt = LocalDateTime.now(ZoneOffset.UTC).minusMonths(2);

    DemoGlossaryAndFlags(EntityManager em, Map<String, Agency> agencies, LocalDate today) {
        this.em = em;
        this.today = today;
        this.agencies = agencies;
    }

    void load() {
        glossary();
        variants();
        flags();
    }

    private void glossary() {
        term("Child criminal exploitation", "CCE", "criminal exploitation of children",
                "Where a person or group takes advantage of an imbalance of power to coerce, control, manipulate or deceive a child under 18 into criminal activity, in exchange for something the child needs or wants, or for the financial or other advantage of the person or group. It can happen even when the activity appears consensual, and it can happen online.",
                TermSource.STATUTORY_GUIDANCE, "Statutory safeguarding guidance", TermStatus.AGREED);
        term("Child sexual exploitation", "CSE", null,
                "A form of child sexual abuse where a person or group takes advantage of an imbalance of power to coerce, manipulate or deceive a child into sexual activity in exchange for something the child needs or wants, or for the advantage of the person or group. The child may not recognise it as abuse.",
                TermSource.STATUTORY_GUIDANCE, "Statutory safeguarding guidance", TermStatus.AGREED);
        term("Child exploitation", "CE", "exploitation",
                "Any criminal or sexual exploitation of a child, including county lines, trafficking and online exploitation. Kestrel Vale uses this umbrella term so that a child is not missed because their exploitation fits neither CCE nor CSE neatly.",
                TermSource.LOCAL_DECISION, "Safeguarding Partnership, exploitation strategy", TermStatus.AGREED);
        term("County lines", null, "drug lines; going country",
                "Gangs and networks moving illegal drugs from one area to another using dedicated phone lines, commonly exploiting children and vulnerable adults to carry and store drugs and money.",
                TermSource.NATIONAL_POLICY, "National serious violence guidance", TermStatus.AGREED);
        term("National Referral Mechanism", "NRM", null,
                "The framework for identifying and referring potential victims of modern slavery and trafficking so they receive support. For a child, consent is not needed for a referral.",
                TermSource.LEGISLATION, "Modern slavery legislation", TermStatus.AGREED);
        term("Multi-Agency Child Exploitation meeting", "MACE", "MACE panel",
                "The Kestrel Vale meeting where police, social care, health, education, the YOS and the voluntary sector share information about children at risk of exploitation, the places and the people who exploit them, and agree a plan.",
                TermSource.LOCAL_DECISION, "Exploitation Subgroup terms of reference", TermStatus.AGREED);
        term("Child and Adolescent Mental Health Services", "CAMHS", null,
                "NHS services that assess and treat young people with emotional, behavioural or mental health difficulties.",
                TermSource.NATIONAL_POLICY, null, TermStatus.AGREED);
        term("Strategic needs assessment", "SNA", "needs assessment",
                "The evidence base the serious violence duty requires partners to produce: the drivers, patterns and places of serious violence in the area, from all partners' data.",
                TermSource.STATUTORY_GUIDANCE, "Serious violence duty guidance", TermStatus.AGREED);
        term("Violence Reduction Unit", "VRU", null,
                "The partnership team that leads a public-health approach to preventing serious violence in Kestrel Vale, hosted by Community Safety.",
                TermSource.LOCAL_DECISION, null, TermStatus.AGREED);
        term("Youth Offending Service", "YOS", "youth justice service; YJS",
                "The multi-agency service that works with children aged 10 to 17 who have offended or are at risk of offending.",
                TermSource.LEGISLATION, null, TermStatus.AGREED);
        term("Integrated Care Board", "ICB", null,
                "The NHS body that plans and pays for health services in the area and holds the health partner's safeguarding duties.",
                TermSource.LEGISLATION, null, TermStatus.AGREED);
        term("Contextual safeguarding", null, "extra-familial safeguarding",
                "An approach that recognises children can be harmed in places and relationships outside the family (peer groups, schools, parks, online) and that assesses and changes those contexts, not only the child's home.",
                TermSource.NATIONAL_POLICY, null, TermStatus.AGREED);
        term("Extra-familial harm", "EFH", null,
                "Harm to a child from outside the family: exploitation, serious youth violence, peer-on-peer abuse, online harm.",
                TermSource.STATUTORY_GUIDANCE, null, TermStatus.PROPOSED);
        term("Return home interview", "RHI", "return interview",
                "An independent conversation offered to a child within 72 hours of coming back from a missing episode, to understand why they went, where they were and what would keep them safe.",
                TermSource.STATUTORY_GUIDANCE, "Children who run away or go missing guidance", TermStatus.AGREED);
        term("Missing", null, "missing from home; missing from care; missing episode; missing person",
                "A child whose whereabouts cannot be established and where the circumstances are out of character or the context suggests they may be at risk.",
                TermSource.NATIONAL_POLICY, "Police missing persons guidance", TermStatus.DISPUTED);
        term("Absent", null, null,
                "A child who is not where they should be but where there is no apparent risk. Kestrel Vale partners disagree on whether to keep this category: it can hide exploitation.",
                TermSource.NATIONAL_POLICY, null, TermStatus.DISPUTED);
        term("Cuckooing", null, "home takeover",
                "When people who exploit take over the home of a vulnerable person to use it for drug dealing or other crime.",
                TermSource.NATIONAL_POLICY, null, TermStatus.AGREED);
        term("Modern slavery", null, "human trafficking",
                "Holding a person in slavery, servitude or forced labour, or arranging their travel in order to exploit them. Children cannot consent to their own exploitation.",
                TermSource.LEGISLATION, null, TermStatus.AGREED);
        term("Serious violence duty", null, null,
                "The legal duty on specified partners to work together to prevent and reduce serious violence, including producing a strategic needs assessment and a strategy.",
                TermSource.LEGISLATION, null, TermStatus.AGREED);
        term("Child in need", "CIN", null,
                "A child who is unlikely to reach or keep a reasonable standard of health or development without services, or who is disabled.",
                TermSource.LEGISLATION, null, TermStatus.AGREED);
        term("Child protection plan", "CPP", "CP plan",
                "The plan agreed at a child protection conference when a child is at risk of significant harm, setting out what each agency will do.",
                TermSource.STATUTORY_GUIDANCE, null, TermStatus.AGREED);
        term("Strategy discussion", null, "strategy meeting",
                "A discussion between social care, police and health (and others as needed) when there is reasonable cause to suspect a child is suffering or likely to suffer significant harm.",
                TermSource.STATUTORY_GUIDANCE, null, TermStatus.AGREED);
        term("Early help", null, "early intervention",
                "Support for children and families as soon as a problem emerges, before it needs statutory services.",
                TermSource.STATUTORY_GUIDANCE, null, TermStatus.AGREED);
        term("Harmful sexual behaviour", "HSB", null,
                "Sexual behaviour by children that is developmentally inappropriate and may be harmful towards themselves or others.",
                TermSource.NATIONAL_POLICY, null, TermStatus.AGREED);
        term("Sextortion", null, "financially motivated sexual extortion",
                "Blackmail of a child with sexual images of them, usually online, to get money or more images.",
                TermSource.NATIONAL_POLICY, null, TermStatus.PROPOSED);
        term("Transitional safeguarding", null, null,
                "Keeping young people safe as they move from children's to adult services, so that protection does not stop at 18.",
                TermSource.LOCAL_DECISION, null, TermStatus.PROPOSED);
        term("Adultification", null, null,
                "When a child is treated as more adult than they are, so their vulnerability is missed; it affects Black children disproportionately.",
                TermSource.LOCAL_DECISION, "Learning from a local review", TermStatus.AGREED);
        term("Reachable moment", null, "teachable moment",
                "A point, such as an arrest, a hospital visit or a return from missing, when a young person may be open to help and a practitioner should be ready to offer it.",
                TermSource.LOCAL_DECISION, null, TermStatus.AGREED);
    }

    private void variants() {
        variant("CCE", "KSP", "A child under 18 used by others to commit crime for their benefit, where there is intelligence of grooming, coercion or a power imbalance. Recorded when an officer has a concern.");
        variant("CCE", "KVC", "A child assessed, using the exploitation screening tool, as at significant risk of being coerced into criminal activity.");
        variant("CCE", "KYOS", "A child on the YOS caseload whose offending is linked to exploitation by others, as agreed at MACE.");
        variant("CSE", "KICB", "A safeguarding concern that a patient under 18 is being sexually exploited, raised by any clinician.");
        variant("Missing", "KSP", "Anyone whose whereabouts cannot be established: the circumstances decide the risk level.");
        variant("Missing", "KVC", "A looked-after child not at their placement or where they are expected to be, and their whereabouts not known.");
        GlossaryTerm missing = terms.get("Missing");
        em.persist(new GlossaryChange(missing, null, "status", "Agreed", "Disputed", "avery.admin", loadedAt.plusDays(20)));
    }

    private void flags() {
        Agency schools = new Agency("Kestrel Vale Schools and Education", "KVE", org.partnershipportal.identity.AgencyKind.EDUCATION);
        em.persist(schools);
        agencies.put("KVE", schools);
        flag("KSP", "Niche RMS", "Public Protection Unit", "Child criminal exploitation", "CCE", List.of("Criminal exploitation", "County lines"),
                "A child under 18 used by others to commit crime for their benefit, where there is intelligence of grooming, coercion or a power imbalance.",
                "Any officer's concern, supported by a supervisor within 24 hours.", "Any police officer or staff member", AppliedWhen.AT_REFERRAL,
                null, 3, "Removed by the Public Protection Unit when there has been no intelligence for 6 months.", "CCE", today.minusMonths(4));
        flag("KSP", "Niche RMS", "Public Protection Unit", "Child sexual exploitation", "CSE", List.of("Sexual exploitation"),
                "A child under 18 at risk of sexual exploitation, from intelligence or a disclosure.", "Any officer's concern.",
                "Any police officer or staff member", AppliedWhen.AT_REFERRAL, null, 3, "Reviewed quarterly; removed when risk is assessed as low.", "CSE",
                today.minusMonths(4));
        flag("KVC", "Liquidlogic", "MASH and assessment teams", "Exploitation risk", "EXP", List.of("Criminal exploitation", "Sexual exploitation", "Trafficking and modern slavery"),
                "A child assessed as at significant risk of criminal or sexual exploitation, using the partnership exploitation screening tool.",
                "Screening tool score of 'significant' confirmed by a team manager.", "Social worker, with team manager sign-off", AppliedWhen.AFTER_ASSESSMENT,
                "the single assessment", 6, "At the child in need or child protection review that finds the risk reduced.", "CE", today.minusMonths(10));
        flag("KICB", "SystmOne", "Named nurse team", "Safeguarding: exploitation concern", null, List.of("Sexual exploitation"),
                "A patient under 18 where a clinician is concerned about sexual exploitation.", null, "Any clinician", AppliedWhen.AT_REFERRAL,
                null, null, "Not removed: stays on the record.", "CSE", null);
        flag("KYOS", "ChildView", null, "Exploitation marker", "CE", List.of("Criminal exploitation", "County lines", "Serious violence"),
                "A child on the YOS caseload whose offending is linked to exploitation by others.", "Agreed at the MACE meeting.",
                "YOS case manager after MACE", AppliedWhen.AT_PANEL, "MACE", 3, "Removed when MACE closes the child's case.", "MACE", today.minusMonths(2));
        flag("KVE", "CPOMS", "Designated safeguarding leads", "Child missing education", "CME", List.of("Missing"),
                "A pupil of compulsory school age not on a school roll and not receiving suitable education.", "10 school days of unexplained absence.",
                "Designated safeguarding lead", AppliedWhen.OTHER, "After 10 days of unexplained absence", 1, "When the child is back on a roll.", "Missing",
                today.minusMonths(13));
    }

    private void term(String name, String abbreviation, String synonyms, String definition, TermSource source, String detail, TermStatus status) {
        GlossaryTerm term = new GlossaryTerm(name);
        term.describe(name, abbreviation, synonyms, definition, source, detail, status, "avery.admin", loadedAt);
        em.persist(term);
        em.persist(new GlossaryChange(term, null, "definition", null, definition, "avery.admin", loadedAt));
        terms.put(abbreviation == null ? name : abbreviation, term);
        terms.put(name, term);
    }

    private void variant(String term, String agency, String definition) {
        em.persist(new AgencyVariant(terms.get(term), agencies.get(agency), definition));
        em.persist(new GlossaryChange(terms.get(term), agencies.get(agency), "agency definition", null, definition, keeperOf(agency), loadedAt.plusDays(3)));
    }

    /**
     * Who recorded an agency's own records in the demo: its data lead, as the portal allows, or the administrator for an
     * agency without one in the demo (a history crediting one agency's data lead with another's would contradict the rule).
     */
    private static String keeperOf(String agency) {
        return switch (agency) {
            case "KICB" -> "dana.datalead";
            case "KSP" -> "pat.policedata";
            case "KVC" -> "lee.councildata";
            default -> "avery.admin";
        };
    }

    private void flag(String agency, String system, String team, String name, String code, List<String> harms, String definition, String threshold,
                      String whoMayApply, AppliedWhen when, String whenDetail, Integer reviewMonths, String removal, String term, LocalDate checked) {
        FlagForm form = new FlagForm();
        form.setSystemName(system);
        form.setTeam(team);
        form.setName(name);
        form.setCode(code);
        form.setDefinition(definition);
        form.setThreshold(threshold);
        form.setWhoMayApply(whoMayApply);
        form.setAppliedWhen(when);
        form.setAppliedWhenDetail(whenDetail);
        form.setReviewMonths(reviewMonths);
        form.setRemovalRule(removal);
        form.setLastCheckedOn(checked);
        Set<HarmType> covered = new HashSet<>();
        for (String harm : harms) {
            covered.add(em.createQuery("SELECT h FROM HarmType h WHERE h.name = :name", HarmType.class).setParameter("name", harm).getSingleResult());
        }
        Flag flag = new Flag(agencies.get(agency));
        flag.describe(form, covered, terms.get(term), keeperOf(agency), loadedAt);
        em.persist(flag);
    }
}
