package org.partnershipportal.resources;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.partnershipportal.platform.InputRules;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What an editor writes. The body is HTML from the rich-text editor; it is sanitised before it is stored. */
public class ResourceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int BODY_MAX = 200_000;

    @NotNull(message = "Choose what kind of resource this is")
    private ResourceKind kind;

    @NotBlank(message = "Enter a title")
    @Size(max = 200, message = "Use at most 200 characters")
    private String title;

    @NotBlank(message = "Enter a summary: one or two sentences a practitioner reads first")
    @Size(max = 1000, message = "Use at most 1000 characters")
    private String summary;

    @Size(max = BODY_MAX, message = "The text is too long: split it into two resources")
    private String body;

    @Size(max = 20_000, message = "Use at most 20,000 characters")
    private String youngPeopleSaid;

    @Size(max = 20_000, message = "Use at most 20,000 characters")
    private String practiceMeaning;

    @Size(max = 500, message = "Use at most 500 characters")
    private String themes;

    @Size(max = 500, message = "Use at most 500 characters")
    @Pattern(regexp = "https://\\S+", message = "Enter the link in full, starting https://")
    private String externalUrl;

    @NotNull(message = "Enter the date the resource is due for review")
    private LocalDate reviewDue;

    private List<Long> harmIds = new ArrayList<>();

    private Set<Audience> audiences = EnumSet.noneOf(Audience.class);

    private List<Long> termIds = new ArrayList<>();

    private List<Long> relatedIds = new ArrayList<>();

    public static ResourceForm of(Resource resource) {
        ResourceForm form = new ResourceForm();
        form.kind = resource.getKind();
        form.title = resource.getTitle();
        form.summary = resource.getSummary();
        form.body = resource.getBodyHtml();
        form.youngPeopleSaid = resource.getYoungPeopleSaid();
        form.practiceMeaning = resource.getPracticeMeaning();
        form.themes = resource.getThemes();
        form.externalUrl = resource.getExternalUrl();
        form.reviewDue = resource.getReviewDue();
        form.harmIds = new ArrayList<>(resource.getHarms().stream().map(h -> h.getId()).toList());
        form.termIds = new ArrayList<>(resource.getTerms().stream().map(t -> t.getId()).toList());
        form.relatedIds = new ArrayList<>(resource.getRelated().stream().map(Resource::getId).toList());
        form.audiences = resource.getAudiences().isEmpty() ? EnumSet.noneOf(Audience.class) : EnumSet.copyOf(resource.getAudiences());
        return form;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public void setKind(ResourceKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = InputRules.trimmed(title);
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = InputRules.trimmed(summary);
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getYoungPeopleSaid() {
        return youngPeopleSaid;
    }

    public void setYoungPeopleSaid(String youngPeopleSaid) {
        this.youngPeopleSaid = InputRules.trimmed(youngPeopleSaid);
    }

    public String getPracticeMeaning() {
        return practiceMeaning;
    }

    public void setPracticeMeaning(String practiceMeaning) {
        this.practiceMeaning = InputRules.trimmed(practiceMeaning);
    }

    public String getThemes() {
        return themes;
    }

    public void setThemes(String themes) {
        this.themes = InputRules.trimmed(themes);
    }

    public String getExternalUrl() {
        return externalUrl;
    }

    public void setExternalUrl(String externalUrl) {
        this.externalUrl = InputRules.trimmed(externalUrl);
    }

    public LocalDate getReviewDue() {
        return reviewDue;
    }

    public void setReviewDue(LocalDate reviewDue) {
        this.reviewDue = reviewDue;
    }

    public List<Long> getHarmIds() {
        return harmIds;
    }

    /** Checkbox values arrive as the items' values or, from a crafted post, any text. */
    public List<Object> getHarmSelection() {
        return new ArrayList<>(harmIds);
    }

    public void setHarmSelection(List<Object> selection) {
        harmIds = InputRules.ids(selection);
    }

    public List<Long> getTermIds() {
        return termIds;
    }

    public List<Object> getTermSelection() {
        return new ArrayList<>(termIds);
    }

    public void setTermSelection(List<Object> selection) {
        termIds = InputRules.ids(selection);
    }

    public List<Long> getRelatedIds() {
        return relatedIds;
    }

    public List<Object> getRelatedSelection() {
        return new ArrayList<>(relatedIds);
    }

    public void setRelatedSelection(List<Object> selection) {
        relatedIds = InputRules.ids(selection);
    }

    public Set<Audience> getAudiences() {
        return audiences;
    }

    public List<Object> getAudienceSelection() {
        return new ArrayList<>(audiences.stream().map(Audience::name).toList());
    }

    public void setAudienceSelection(List<Object> selection) {
        Set<Audience> chosen = EnumSet.noneOf(Audience.class);
        if (selection != null) {
            for (Object value : selection) {
                for (Audience audience : Audience.values()) {
                    if (audience.name().equals(String.valueOf(value))) {
                        chosen.add(audience);
                    }
                }
            }
        }
        audiences = chosen;
    }
}
