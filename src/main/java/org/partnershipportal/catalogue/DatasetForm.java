package org.partnershipportal.catalogue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.partnershipportal.platform.InputRules;
import org.partnershipportal.platform.InvalidInputException;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What a data lead types about one of their agency's datasets. */
public class DatasetForm implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 4000;

    private Long agencyId;

    @NotBlank(message = "Enter the dataset's name")
    @Size(max = NAME_MAX, message = "Use at most " + NAME_MAX + " characters")
    private String name;

    @NotBlank(message = "Describe what the dataset holds")
    @Size(max = TEXT_MAX, message = "Use at most " + TEXT_MAX + " characters")
    private String description;

    private Long stewardId;

    @NotBlank(message = "Enter the system the dataset lives in")
    @Size(max = 120, message = "Use at most 120 characters")
    private String systemName;

    @Size(max = 2000, message = "Use at most 2000 characters")
    private String fieldsHeld;

    private List<Object> subjectSelection = new ArrayList<>();

    @NotNull(message = "Choose the level the data is held at")
    private Granularity granularity;

    @Size(max = 200, message = "Use at most 200 characters")
    private String geography;

    private LocalDate coverageFrom;

    private LocalDate coverageTo;

    @NotNull(message = "Choose how often the dataset is updated")
    private UpdateFrequency updateFrequency;

    @NotNull(message = "Choose the dataset's classification")
    private Classification classification;

    private LawfulBasis article6Basis;

    @Size(max = 500, message = "Use at most 500 characters")
    private String article9Condition;

    @Size(max = 200, message = "Use at most 200 characters")
    private String sharingAgreement;

    @Size(max = 1000, message = "Use at most 1000 characters")
    private String accessRoute;

    @Size(max = 2000, message = "Use at most 2000 characters")
    private String qualityIssues;

    private List<Object> flagSelection = new ArrayList<>();

    @PastOrPresent(message = "The last review cannot be in the future")
    private LocalDate lastReviewedOn;

    @Min(value = 1, message = "Review the record at least every 60 months and at most every month")
    @Max(value = 60, message = "Review the record at least every 60 months and at most every month")
    private Integer reviewMonths = 12;

    public static DatasetForm of(Dataset dataset) {
        DatasetForm form = new DatasetForm();
        form.agencyId = dataset.getAgency().getId();
        form.name = dataset.getName();
        form.description = dataset.getDescription();
        form.stewardId = dataset.getSteward() == null ? null : dataset.getSteward().getId();
        form.systemName = dataset.getSystemName();
        form.fieldsHeld = dataset.getFieldsHeld();
        form.subjectSelection = new ArrayList<>(dataset.getSubjects().stream().map(Subject::name).toList());
        form.granularity = dataset.getGranularity();
        form.geography = dataset.getGeography();
        form.coverageFrom = dataset.getCoverageFrom();
        form.coverageTo = dataset.getCoverageTo();
        form.updateFrequency = dataset.getUpdateFrequency();
        form.classification = dataset.getClassification();
        form.article6Basis = dataset.getArticle6Basis();
        form.article9Condition = dataset.getArticle9Condition();
        form.sharingAgreement = dataset.getSharingAgreement();
        form.accessRoute = dataset.getAccessRoute();
        form.qualityIssues = dataset.getQualityIssues();
        form.flagSelection = new ArrayList<>(dataset.getFlags().stream().map(f -> (Object) String.valueOf(f.getId())).toList());
        form.lastReviewedOn = dataset.getLastReviewedOn();
        form.reviewMonths = dataset.getReviewMonths();
        return form;
    }

    /**
     * The rules Bean Validation cannot say field by field: personal data needs its Article 6 basis,
     * special category or offence data its Article 9 or 10 condition too, and coverage runs forwards.
     */
    public Optional<InvalidInputException> legalAndCoverageProblem() {
        if (classification != null && classification.isPersonalData() && article6Basis == null) {
            return Optional.of(new InvalidInputException("article6Basis",
                    classification.getLabel() + " data needs its lawful basis for sharing: choose the UK GDPR Article 6 condition"));
        }
        if (classification != null && classification.needsArticle9or10Condition() && article9Condition == null) {
            return Optional.of(new InvalidInputException("article9Condition",
                    "Special category or offence data needs its Article 9 or Article 10 condition (e.g. DPA 2018 Schedule 1, para 18: safeguarding of children)"));
        }
        if (coverageFrom != null && coverageTo != null && coverageTo.isBefore(coverageFrom)) {
            return Optional.of(new InvalidInputException("coverageTo", "The coverage period must end after it starts"));
        }
        return Optional.empty();
    }

    /** The ticked subjects; anything a crafted post adds that is not a subject is refused. */
    public Set<Subject> subjects() {
        Set<Subject> subjects = EnumSet.noneOf(Subject.class);
        for (Object value : subjectSelection == null ? List.of() : subjectSelection) {
            try {
                subjects.add(Subject.valueOf(String.valueOf(value)));
            } catch (IllegalArgumentException forged) {
                throw new InvalidInputException("subjectSelection", "Choose subjects from the list");
            }
        }
        return subjects;
    }

    public List<Long> flagIds() {
        return InputRules.ids(flagSelection);
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = InputRules.trimmed(name);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = InputRules.trimmed(description);
    }

    public Long getStewardId() {
        return stewardId;
    }

    public void setStewardId(Long stewardId) {
        this.stewardId = stewardId;
    }

    public String getSystemName() {
        return systemName;
    }

    public void setSystemName(String systemName) {
        this.systemName = InputRules.trimmed(systemName);
    }

    public String getFieldsHeld() {
        return fieldsHeld;
    }

    public void setFieldsHeld(String fieldsHeld) {
        this.fieldsHeld = InputRules.trimmed(fieldsHeld);
    }

    public List<Object> getSubjectSelection() {
        return subjectSelection;
    }

    public void setSubjectSelection(List<Object> subjectSelection) {
        this.subjectSelection = subjectSelection;
    }

    public Granularity getGranularity() {
        return granularity;
    }

    public void setGranularity(Granularity granularity) {
        this.granularity = granularity;
    }

    public String getGeography() {
        return geography;
    }

    public void setGeography(String geography) {
        this.geography = InputRules.trimmed(geography);
    }

    public LocalDate getCoverageFrom() {
        return coverageFrom;
    }

    public void setCoverageFrom(LocalDate coverageFrom) {
        this.coverageFrom = coverageFrom;
    }

    public LocalDate getCoverageTo() {
        return coverageTo;
    }

    public void setCoverageTo(LocalDate coverageTo) {
        this.coverageTo = coverageTo;
    }

    public UpdateFrequency getUpdateFrequency() {
        return updateFrequency;
    }

    public void setUpdateFrequency(UpdateFrequency updateFrequency) {
        this.updateFrequency = updateFrequency;
    }

    public Classification getClassification() {
        return classification;
    }

    public void setClassification(Classification classification) {
        this.classification = classification;
    }

    public LawfulBasis getArticle6Basis() {
        return article6Basis;
    }

    public void setArticle6Basis(LawfulBasis article6Basis) {
        this.article6Basis = article6Basis;
    }

    public String getArticle9Condition() {
        return article9Condition;
    }

    public void setArticle9Condition(String article9Condition) {
        this.article9Condition = InputRules.trimmed(article9Condition);
    }

    public String getSharingAgreement() {
        return sharingAgreement;
    }

    public void setSharingAgreement(String sharingAgreement) {
        this.sharingAgreement = InputRules.trimmed(sharingAgreement);
    }

    public String getAccessRoute() {
        return accessRoute;
    }

    public void setAccessRoute(String accessRoute) {
        this.accessRoute = InputRules.trimmed(accessRoute);
    }

    public String getQualityIssues() {
        return qualityIssues;
    }

    public void setQualityIssues(String qualityIssues) {
        this.qualityIssues = InputRules.trimmed(qualityIssues);
    }

    public List<Object> getFlagSelection() {
        return flagSelection;
    }

    public void setFlagSelection(List<Object> flagSelection) {
        this.flagSelection = flagSelection;
    }

    public LocalDate getLastReviewedOn() {
        return lastReviewedOn;
    }

    public void setLastReviewedOn(LocalDate lastReviewedOn) {
        this.lastReviewedOn = lastReviewedOn;
    }

    public Integer getReviewMonths() {
        return reviewMonths;
    }

    public void setReviewMonths(Integer reviewMonths) {
        this.reviewMonths = reviewMonths;
    }
}
