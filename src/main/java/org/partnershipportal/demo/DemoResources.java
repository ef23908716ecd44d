package org.partnershipportal.demo;

import jakarta.persistence.EntityManager;
import org.partnershipportal.boards.HarmType;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.resources.Audience;
import org.partnershipportal.resources.Resource;
import org.partnershipportal.resources.ResourceForm;
import org.partnershipportal.resources.ResourceKind;
import org.partnershipportal.resources.ResourceVersion;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Demo guidance: what (fictional) Kestrel Vale young people said, and what it means for practice. */
final class DemoResources {

    private final EntityManager em;
    private final Agency charity;
    private final LocalDate today;
    /** Each demo resource is read with the one before it. */
    private Resource previous;

    DemoResources(EntityManager em, Agency charity, LocalDate today) {
        this.em = em;
        this.today = today;
        this.charity = charity;
    }

    void load() {
        resource(ResourceKind.YOUNG_PEOPLE_TOLD_US, "Feeling safe: what young people told us",
                "Forty young people from Kestrel Vale told us where they feel safe, who they trust, and what adults get wrong.",
                "<h2>Where young people feel safe</h2><p>Most named a <strong>trusted adult</strong> rather than a place. Several said the bus station and the retail park feel unsafe after school.</p><ul><li>Trusted adults listen first and do not rush to a referral.</li><li>Young people want to know what happens to what they say.</li></ul>",
                "I only talk to someone who has stuck around.\nThey asked me the same questions five times, in five offices.\nThe bus station is fine in the day. Not after four.",
                "Keep the same worker where you can. Explain what you will share and why, before you ask.",
                "trusted adults; places and spaces", List.of("Criminal exploitation", "Serious violence"),
                Set.of(Audience.YOUTH_WORKER, Audience.SOCIAL_WORKER, Audience.POLICE_OFFICER), today.plusMonths(10), true,
                List.of("Contextual safeguarding", "Reachable moment"));
        resource(ResourceKind.TOOL, "Conversation guide: talking about county lines",
                "Open questions and phrases for a first conversation with a young person you think is being exploited through county lines.",
                "<h2>Before you start</h2><p>Choose somewhere the young person chooses. Say how long you have.</p><h2>Questions that open things up</h2><ol><li>What does a normal week look like for you?</li><li>Who do you spend time with when you are not at school?</li><li>Has anyone asked you to hold or carry something for them?</li></ol>",
                "Don't call it grooming in the first five minutes. I'll walk.",
                "Name the exploitation as something done to them, never as their choice; record their words, not your summary.",
                "county lines; first conversations", List.of("County lines", "Criminal exploitation"),
                Set.of(Audience.YOUTH_WORKER, Audience.SOCIAL_WORKER, Audience.TEACHER, Audience.YOUTH_JUSTICE), today.plusMonths(6), true,
                List.of("County lines", "Child criminal exploitation"));
        resource(ResourceKind.BRIEFING, "Return home interviews: a briefing for practitioners",
                "Why the return home interview matters, what young people say makes it work, and how to offer one within 72 hours.",
                "<p>A return home interview is the moment a young person may say why they went missing. Offer it within <em>72 hours</em>, by someone independent, somewhere they choose.</p>",
                "If the police come to my door it's not a chat, is it.",
                "Offer the interview through someone the young person already knows where possible.",
                "missing; transitions", List.of("Missing"),
                Set.of(Audience.SOCIAL_WORKER, Audience.POLICE_OFFICER, Audience.NURSE), today.minusWeeks(3), true,
                List.of("Return home interview", "Missing"));
        resource(ResourceKind.GUIDANCE, "Online safety conversations with teenagers (draft)",
                "A draft guide to talking with teenagers about sextortion and online grooming.",
                "<p>Draft: to be reviewed by the participation group.</p>",
                null, null, "online safety", List.of("Online harm"), Set.of(Audience.TEACHER), today.plusYears(1), false,
                List.of("Sextortion"));
    }

    private void resource(ResourceKind kind, String title, String summary, String body, String quotes, String practice, String themes,
                          List<String> harms, Set<Audience> audiences, LocalDate reviewDue, boolean published, List<String> terms) {
        ResourceForm form = new ResourceForm();
        form.setKind(kind);
        form.setTitle(title);
        form.setSummary(summary);
        form.setBody(body);
        form.setYoungPeopleSaid(quotes);
        form.setPracticeMeaning(practice);
        form.setThemes(themes);
        form.setReviewDue(reviewDue);
        form.setAudienceSelection(audiences.stream().map(a -> (Object) a.name()).toList());
        Set<HarmType> covered = new HashSet<>();
        for (String harm : harms) {
            covered.add(em.createQuery("SELECT h FROM HarmType h WHERE h.name = :name", HarmType.class).setParameter("name", harm).getSingleResult());
        }
        // A resource already due for review was written and published the year before its review fell due: one past its
        // review date cannot be published again, so a demo dated otherwise would show an impossible pair of dates.
        LocalDateTime written = reviewDue.isBefore(today) ? reviewDue.minusYears(1).atTime(10, 0) : LocalDateTime.now(ZoneOffset.UTC).minusDays(20);
        Resource resource = new Resource("ellis.editor", charity);
        resource.write(form, covered, written);
        Set<org.partnershipportal.glossary.GlossaryTerm> linked = new HashSet<>(em.createQuery(
                "SELECT t FROM GlossaryTerm t WHERE t.name IN :names", org.partnershipportal.glossary.GlossaryTerm.class)
                .setParameter("names", terms).getResultList());
        resource.link(linked, previous == null ? Set.of() : Set.of(previous));
        if (published) {
            resource.publish(written.toLocalDate().plusDays(6), written.plusDays(6));
        }
        em.persist(resource);
        em.flush();
        em.persist(new ResourceVersion(resource, 1, "ellis.editor", written, published ? "Published" : "First draft"));
        previous = resource;
    }
}
