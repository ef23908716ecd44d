package org.partnershipportal.flags;

import jakarta.persistence.Column;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershipportal.boards.HarmType;
import org.partnershipportal.glossary.GlossaryTerm;
import org.partnershipportal.identity.Agency;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One flag an agency puts on a child's record in one of its systems: what it means as written,
 * when and by whom it is applied, how often it is reviewed and when it comes off. The register
 * describes flags; it never holds whom they are applied to.
 */
@Entity
@Table(name = "flag")
public class Flag implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    @Column(name = "system_name", nullable = false, length = 120)
    private String systemName;

    @Column(length = 120)
    private String team;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(length = 40)
    private String code;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "flag_harm", joinColumns = @JoinColumn(name = "flag_id"), inverseJoinColumns = @JoinColumn(name = "harm_type_id"))
    private Set<HarmType> harms = new HashSet<>();

    @NotBlank
    @Size(max = FlagForm.DEFINITION_MAX)
    @Column(nullable = false, length = FlagForm.DEFINITION_MAX)
    private String definition;

    @Column(length = 2000)
    private String threshold;

    @Column(name = "who_may_apply", length = 500)
    private String whoMayApply;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "applied_when", nullable = false, length = 30)
    private AppliedWhen appliedWhen;

    @Column(name = "applied_when_detail", length = 300)
    private String appliedWhenDetail;

    /** Months between reviews; null when the flag is never reviewed. */
    @Column(name = "review_months")
    private Integer reviewMonths;

    @Column(name = "removal_rule", length = 1000)
    private String removalRule;

    @ManyToOne
    @JoinColumn(name = "glossary_term_id")
    private GlossaryTerm glossaryTerm;

    @Column(name = "last_checked_on")
    private LocalDate lastCheckedOn;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    @Version
    private long version;

    protected Flag() {
    }

    public Flag(Agency agency) {
        this.agency = agency;
    }

    public void describe(FlagForm form, Set<HarmType> harms, GlossaryTerm term, String by, LocalDateTime at) {
        this.systemName = form.getSystemName();
        this.team = form.getTeam();
        this.name = form.getName();
        this.code = form.getCode();
        this.harms.clear();
        this.harms.addAll(harms);
        this.definition = form.getDefinition();
        this.threshold = form.getThreshold();
        this.whoMayApply = form.getWhoMayApply();
        this.appliedWhen = form.getAppliedWhen();
        this.appliedWhenDetail = form.getAppliedWhenDetail();
        this.reviewMonths = form.getReviewMonths();
        this.removalRule = form.getRemovalRule();
        this.glossaryTerm = term;
        this.lastCheckedOn = form.getLastCheckedOn();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public boolean covers(HarmType harm) {
        return harms.contains(harm);
    }

    /** "Every 3 months", "Never reviewed", "At every contact". */
    public String getReviewLabel() {
        if (reviewMonths == null) {
            return "Never reviewed";
        }
        if (reviewMonths == 0) {
            return "Reviewed at every contact";
        }
        return reviewMonths == 1 ? "Every month" : "Every " + reviewMonths + " months";
    }

    public String getAppliedWhenLabel() {
        return appliedWhen == AppliedWhen.OTHER && appliedWhenDetail != null ? appliedWhenDetail
                : appliedWhen.getLabel() + (appliedWhenDetail == null ? "" : " (" + appliedWhenDetail + ")");
    }

    /** The record has not been checked with the agency in the last year. */
    public boolean isCheckOverdueOn(LocalDate today) {
        return lastCheckedOn == null || lastCheckedOn.isBefore(today.minusYears(1));
    }

    public List<HarmType> getHarms() {
        return harms.stream().sorted(Comparator.comparing(HarmType::getName)).toList();
    }

    public Long getId() {
        return id;
    }

    public Agency getAgency() {
        return agency;
    }

    public String getSystemName() {
        return systemName;
    }

    public String getTeam() {
        return team;
    }

    public String getName() {
        return name;
    }

    public String getCode() {
        return code;
    }

    public String getDefinition() {
        return definition;
    }

    public String getThreshold() {
        return threshold;
    }

    public String getWhoMayApply() {
        return whoMayApply;
    }

    public AppliedWhen getAppliedWhen() {
        return appliedWhen;
    }

    public String getAppliedWhenDetail() {
        return appliedWhenDetail;
    }

    public Integer getReviewMonths() {
        return reviewMonths;
    }

    public String getRemovalRule() {
        return removalRule;
    }

    public GlossaryTerm getGlossaryTerm() {
        return glossaryTerm;
    }

    public LocalDate getLastCheckedOn() {
        return lastCheckedOn;
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

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof Flag flag && id != null && id.equals(flag.id));
    }

    @Override
    public int hashCode() {
        return Flag.class.hashCode();
    }
}
