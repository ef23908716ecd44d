package org.partnershipportal.catalogue;

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
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershipportal.flags.Flag;
import org.partnershipportal.identity.Agency;
import org.partnershipportal.identity.UserAccount;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A dataset one agency holds, described for partners: what it is about, at what level, how often it
 * changes, the lawful basis for sharing it and how to get it. The catalogue never holds its records.
 */
@Entity
@Table(name = "dataset")
public class Dataset implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = DatasetForm.NAME_MAX)
    @Column(nullable = false, length = DatasetForm.NAME_MAX)
    private String name;

    @NotBlank
    @Size(max = DatasetForm.TEXT_MAX)
    @Column(nullable = false, length = DatasetForm.TEXT_MAX)
    private String description;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    @ManyToOne
    @JoinColumn(name = "steward_id")
    private UserAccount steward;

    @NotBlank
    @Column(name = "system_name", nullable = false, length = 120)
    private String systemName;

    @Column(name = "fields_held", length = 2000)
    private String fieldsHeld;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dataset_subject", joinColumns = @JoinColumn(name = "dataset_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "subject", length = 20)
    private Set<Subject> subjects = EnumSet.noneOf(Subject.class);

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Granularity granularity;

    @Column(length = 200)
    private String geography;

    @Column(name = "coverage_from")
    private LocalDate coverageFrom;

    @Column(name = "coverage_to")
    private LocalDate coverageTo;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "update_frequency", nullable = false, length = 20)
    private UpdateFrequency updateFrequency;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Classification classification;

    @Enumerated(EnumType.STRING)
    @Column(name = "article6_basis", length = 30)
    private LawfulBasis article6Basis;

    @Column(name = "article9_condition", length = 500)
    private String article9Condition;

    @Column(name = "sharing_agreement", length = 200)
    private String sharingAgreement;

    @Column(name = "access_route", length = 1000)
    private String accessRoute;

    @Column(name = "quality_issues", length = 2000)
    private String qualityIssues;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "dataset_flag", joinColumns = @JoinColumn(name = "dataset_id"), inverseJoinColumns = @JoinColumn(name = "flag_id"))
    private Set<Flag> flags = new HashSet<>();

    @Column(name = "last_reviewed_on")
    private LocalDate lastReviewedOn;

    @Min(1)
    @Max(60)
    @Column(name = "review_months", nullable = false)
    private int reviewMonths = 12;

    /** Kept in step with the last review, so "overdue for review" is an indexed filter. */
    @Column(name = "review_due_on")
    private LocalDate reviewDueOn;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    @Version
    private long version;

    protected Dataset() {
    }

    public Dataset(Agency agency) {
        this.agency = agency;
    }

    public void describe(DatasetForm form, UserAccount steward, Set<Flag> flags, String changedBy, LocalDateTime now) {
        this.name = form.getName();
        this.description = form.getDescription();
        this.steward = steward;
        this.systemName = form.getSystemName();
        this.fieldsHeld = form.getFieldsHeld();
        this.subjects = form.subjects().isEmpty() ? EnumSet.noneOf(Subject.class) : EnumSet.copyOf(form.subjects());
        this.granularity = form.getGranularity();
        this.geography = form.getGeography();
        this.coverageFrom = form.getCoverageFrom();
        this.coverageTo = form.getCoverageTo();
        this.updateFrequency = form.getUpdateFrequency();
        this.classification = form.getClassification();
        this.article6Basis = form.getArticle6Basis();
        this.article9Condition = form.getArticle9Condition();
        this.sharingAgreement = form.getSharingAgreement();
        this.accessRoute = form.getAccessRoute();
        this.qualityIssues = form.getQualityIssues();
        this.flags = new HashSet<>(flags);
        this.lastReviewedOn = form.getLastReviewedOn();
        this.reviewMonths = form.getReviewMonths() == null ? 12 : form.getReviewMonths();
        this.reviewDueOn = lastReviewedOn == null ? null : lastReviewedOn.plusMonths(reviewMonths);
        this.updatedBy = changedBy;
        this.updatedAt = now;
    }

    /** The record as people read it, field by field, so a change can be kept as before and after. */
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Name", name);
        fields.put("Description", description);
        fields.put("Steward", steward == null ? null : steward.getFullName());
        fields.put("System", systemName);
        fields.put("Fields or topics held", fieldsHeld);
        fields.put("About", getSubjectLabels());
        fields.put("Granularity", granularity == null ? null : granularity.getLabel());
        fields.put("Geography", geography);
        fields.put("Coverage from", coverageFrom == null ? null : coverageFrom.toString());
        fields.put("Coverage to", coverageTo == null ? null : coverageTo.toString());
        fields.put("Update frequency", updateFrequency == null ? null : updateFrequency.getLabel());
        fields.put("Classification", classification == null ? null : classification.getLabel());
        fields.put("Article 6 basis", article6Basis == null ? null : article6Basis.getLabel());
        fields.put("Article 9/10 condition", article9Condition);
        fields.put("Information-sharing agreement", sharingAgreement);
        fields.put("How to get access", accessRoute);
        fields.put("Known quality issues", qualityIssues);
        fields.put("Flags carried", getFlagLabels());
        fields.put("Last reviewed", lastReviewedOn == null ? null : lastReviewedOn.toString());
        fields.put("Review every (months)", String.valueOf(reviewMonths));
        return fields;
    }

    public boolean isReviewOverdueOn(LocalDate today) {
        return reviewDueOn == null || reviewDueOn.isBefore(today);
    }

    public String getSubjectLabels() {
        return subjects.stream().sorted().map(Subject::getLabel).collect(Collectors.joining(", "));
    }

    public String getFlagLabels() {
        return getFlagList().stream().map(f -> f.getAgency().getShortName() + ": " + f.getName()).collect(Collectors.joining(", "));
    }

    public List<Flag> getFlagList() {
        return flags.stream().sorted(Comparator.comparing((Flag f) -> f.getAgency().getShortName()).thenComparing(Flag::getName)).toList();
    }

    public List<Subject> getSubjectList() {
        return subjects.stream().sorted().toList();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Agency getAgency() {
        return agency;
    }

    public UserAccount getSteward() {
        return steward;
    }

    public String getSystemName() {
        return systemName;
    }

    public String getFieldsHeld() {
        return fieldsHeld;
    }

    public Set<Subject> getSubjects() {
        return subjects;
    }

    public Granularity getGranularity() {
        return granularity;
    }

    public String getGeography() {
        return geography;
    }

    public LocalDate getCoverageFrom() {
        return coverageFrom;
    }

    public LocalDate getCoverageTo() {
        return coverageTo;
    }

    public UpdateFrequency getUpdateFrequency() {
        return updateFrequency;
    }

    public Classification getClassification() {
        return classification;
    }

    public LawfulBasis getArticle6Basis() {
        return article6Basis;
    }

    public String getArticle9Condition() {
        return article9Condition;
    }

    public String getSharingAgreement() {
        return sharingAgreement;
    }

    public String getAccessRoute() {
        return accessRoute;
    }

    public String getQualityIssues() {
        return qualityIssues;
    }

    public Set<Flag> getFlags() {
        return flags;
    }

    public LocalDate getLastReviewedOn() {
        return lastReviewedOn;
    }

    public int getReviewMonths() {
        return reviewMonths;
    }

    public LocalDate getReviewDueOn() {
        return reviewDueOn;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }

    /**
     * Sharing its data with another agency needs a sharing agreement: it holds personal data, or nobody has said what it
     * holds (unknown is treated as personal). The chain, the answer check and the dataset's page all ask this.
     */
    public boolean sharingNeedsAgreement() {
        return classification == null || classification.isPersonalData();
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Dataset that && id != null && id.equals(that.id));
    }

    @Override
    public int hashCode() {
        return Dataset.class.hashCode();
    }
}
