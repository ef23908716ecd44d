package org.partnershipportal.resources;

import org.partnershipportal.boards.HarmType;
import org.partnershipportal.glossary.GlossaryTerm;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * What a reader sees of a resource. The reading view builds it from the stored resource and the
 * editor's preview from the form being written, and one Facelets fragment shows both
 * (WEB-INF/includes/resource-reading.xhtml), so a preview cannot leave out what readers will see.
 */
public record Reading(ResourceKind kind, String agencyName, LocalDate publishedOn, LocalDate reviewDue, boolean dueForReview,
                      String summary, List<String> quotes, String safeBody, String practiceMeaning, String externalUrl,
                      List<GlossaryTerm> terms, List<Resource> related, List<Audience> audiences, List<HarmType> harms)
        implements Serializable {

    /** A resource as published on {@code today}; related resources only where a reader can open them. */
    public static Reading of(Resource resource, LocalDate today) {
        return new Reading(resource.getKind(), resource.getAgency().getName(), resource.getPublishedOn(), resource.getReviewDue(),
                resource.isDueForReviewOn(today), resource.getSummary(), quotes(resource.getYoungPeopleSaid()), resource.getSafeBody(),
                resource.getPracticeMeaning(), org.partnershipportal.platform.InputRules.httpsLink(resource.getExternalUrl()),
                resource.getTerms(), readable(resource.getRelated()), resource.getAudienceList(), resource.getHarms());
    }

    /**
     * The form as it would read once saved and published: the body sanitised exactly as on save, the
     * chosen terms, harms and related resources looked up among those the editor chose from.
     */
    public static Reading preview(ResourceForm form, Resource saved, List<GlossaryTerm> allTerms, List<HarmType> allHarms,
                                  List<Resource> otherResources, LocalDate today) {
        LocalDate reviewDue = form.getReviewDue();
        return new Reading(form.getKind(), saved == null ? null : saved.getAgency().getName(),
                saved == null ? null : saved.getPublishedOn(), reviewDue, reviewDue != null && reviewDue.isBefore(today),
                form.getSummary(), quotes(form.getYoungPeopleSaid()), SafeHtml.sanitise(form.getBody()),
                form.getPracticeMeaning(), org.partnershipportal.platform.InputRules.httpsLink(form.getExternalUrl()),
                allTerms.stream().filter(t -> form.getTermIds().contains(t.getId()))
                        .sorted(Comparator.comparing(GlossaryTerm::getName)).toList(),
                readable(otherResources.stream().filter(r -> form.getRelatedIds().contains(r.getId()))
                        .sorted(Comparator.comparing(Resource::getTitle)).toList()),
                form.getAudiences().stream().sorted().toList(),
                allHarms.stream().filter(h -> form.getHarmIds().contains(h.getId()))
                        .sorted(Comparator.comparing(HarmType::getName)).toList());
    }

    /** Quotes are written one per line; blank lines are not quotes. */
    static List<String> quotes(String youngPeopleSaid) {
        return youngPeopleSaid == null ? List.of()
                : Arrays.stream(youngPeopleSaid.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<Resource> readable(List<Resource> resources) {
        return resources.stream().filter(other -> other.getStatus() == ResourceStatus.PUBLISHED).toList();
    }

    public boolean hasPracticeMeaning() {
        return practiceMeaning != null && !practiceMeaning.isBlank();
    }
}
