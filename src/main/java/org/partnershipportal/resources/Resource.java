package org.partnershipportal.resources;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.partnershipportal.boards.HarmType;
import org.partnershipportal.identity.Agency;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A resource for practitioners, in its current form. The body is stored already sanitised, with its
 * plain text beside it for the FULLTEXT index; every save also leaves a {@link ResourceVersion}.
 */
@Entity
@Table(name = "resource")
public class Resource implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ResourceKind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 1000)
    private String summary;

    @Lob
    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Lob
    @Column(name = "body_text", nullable = false)
    private String bodyText;

    @Lob
    @Column(name = "young_people_said")
    private String youngPeopleSaid;

    @Lob
    @Column(name = "practice_meaning")
    private String practiceMeaning;

    @Column(length = 500)
    private String themes;

    @Column(name = "external_url", length = 500)
    private String externalUrl;

    @Column(nullable = false, length = 60)
    private String author;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ResourceStatus status = ResourceStatus.DRAFT;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "review_due", nullable = false)
    private LocalDate reviewDue;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "resource_harm", joinColumns = @JoinColumn(name = "resource_id"), inverseJoinColumns = @JoinColumn(name = "harm_type_id"))
    private Set<HarmType> harms = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "resource_audience", joinColumns = @JoinColumn(name = "resource_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "audience", length = 30)
    private Set<Audience> audiences = EnumSet.noneOf(Audience.class);

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "resource_term", joinColumns = @JoinColumn(name = "resource_id"), inverseJoinColumns = @JoinColumn(name = "term_id"))
    private Set<org.partnershipportal.glossary.GlossaryTerm> terms = new HashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "resource_related", joinColumns = @JoinColumn(name = "resource_id"), inverseJoinColumns = @JoinColumn(name = "related_id"))
    private Set<Resource> related = new HashSet<>();

    @Version
    private long version;

    protected Resource() {
    }

    public Resource(String author, Agency agency) {
        this.author = author;
        this.agency = agency;
    }

    /** Takes the editor's text; the body is sanitised here, whatever the page sent. */
    public void write(ResourceForm form, Set<HarmType> harms, LocalDateTime now) {
        this.kind = form.getKind();
        this.title = form.getTitle();
        this.summary = form.getSummary();
        this.bodyHtml = SafeHtml.sanitise(form.getBody());
        this.bodyText = SafeHtml.text(bodyHtml);
        this.youngPeopleSaid = form.getYoungPeopleSaid();
        this.practiceMeaning = form.getPracticeMeaning();
        this.themes = form.getThemes();
        this.externalUrl = form.getExternalUrl();
        this.reviewDue = form.getReviewDue();
        this.harms.clear();
        this.harms.addAll(harms);
        this.audiences.clear();
        this.audiences.addAll(form.getAudiences());
        this.updatedAt = now;
    }

    /** The glossary terms it explains and the resources to read with it (never itself). */
    public void link(Set<org.partnershipportal.glossary.GlossaryTerm> terms, Set<Resource> related) {
        this.terms.clear();
        this.terms.addAll(terms);
        this.related.clear();
        related.stream().filter(other -> other != this && (id == null || !id.equals(other.getId()))).forEach(this.related::add);
    }

    public List<org.partnershipportal.glossary.GlossaryTerm> getTerms() {
        return terms.stream().sorted(Comparator.comparing(org.partnershipportal.glossary.GlossaryTerm::getName)).toList();
    }

    public List<Resource> getRelated() {
        return related.stream().sorted(Comparator.comparing(Resource::getTitle)).toList();
    }

    public void publish(LocalDate today, LocalDateTime now) {
        this.status = ResourceStatus.PUBLISHED;
        if (publishedOn == null) {
            publishedOn = today;
        }
        this.updatedAt = now;
    }

    public void unpublish(LocalDateTime now) {
        this.status = ResourceStatus.DRAFT;
        this.updatedAt = now;
    }

    public void archive(LocalDateTime now) {
        this.status = ResourceStatus.ARCHIVED;
        this.updatedAt = now;
    }

    public boolean isDueForReviewOn(LocalDate today) {
        return status != ResourceStatus.ARCHIVED && reviewDue.isBefore(today);
    }

    /** The body as shown: sanitised again on the way out, so nothing stored earlier under a looser rule reaches a reader. */
    public String getSafeBody() {
        return SafeHtml.sanitise(bodyHtml);
    }

    public List<String> getQuotes() {
        return Reading.quotes(youngPeopleSaid);
    }

    public List<String> getThemeList() {
        return themes == null ? List.of() : Arrays.stream(themes.split("[;,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public List<HarmType> getHarms() {
        return harms.stream().sorted(Comparator.comparing(HarmType::getName)).toList();
    }

    public List<Audience> getAudienceList() {
        return audiences.stream().sorted().toList();
    }

    public Set<Audience> getAudiences() {
        return audiences;
    }

    public Long getId() {
        return id;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getYoungPeopleSaid() {
        return youngPeopleSaid;
    }

    public String getPracticeMeaning() {
        return practiceMeaning;
    }

    public String getThemes() {
        return themes;
    }

    public String getExternalUrl() {
        return externalUrl;
    }

    public String getAuthor() {
        return author;
    }

    public Agency getAgency() {
        return agency;
    }

    public ResourceStatus getStatus() {
        return status;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public LocalDate getReviewDue() {
        return reviewDue;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
