package org.partnershipportal.flags;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.partnershipportal.platform.InputRules;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a data lead types about one of their agency's flags. */
public class FlagForm implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int DEFINITION_MAX = 4000;

    private Long agencyId;

    @NotBlank(message = "Enter the system the flag is held in")
    @Size(max = 120, message = "Use at most 120 characters")
    private String systemName;

    @Size(max = 120, message = "Use at most 120 characters")
    private String team;

    @NotBlank(message = "Enter the flag's name")
    @Size(max = 150, message = "Use at most 150 characters")
    private String name;

    @Size(max = 40, message = "Use at most 40 characters")
    private String code;

    @NotEmpty(message = "Choose at least one harm the flag covers")
    private List<Long> harmIds = new ArrayList<>();

    @NotBlank(message = "Enter the definition as the agency writes it")
    @Size(max = DEFINITION_MAX, message = "Use at most " + DEFINITION_MAX + " characters")
    private String definition;

    @Size(max = 2000, message = "Use at most 2000 characters")
    private String threshold;

    @Size(max = 500, message = "Use at most 500 characters")
    private String whoMayApply;

    @NotNull(message = "Choose when the flag is applied")
    private AppliedWhen appliedWhen;

    @Size(max = 300, message = "Use at most 300 characters")
    private String appliedWhenDetail;

    @Min(value = 0, message = "The review period cannot be negative: leave it empty if the flag is never reviewed")
    @Max(value = 120, message = "Enter a review period of at most 120 months")
    private Integer reviewMonths;

    @Size(max = 1000, message = "Use at most 1000 characters")
    private String removalRule;

    private Long glossaryTermId;

    @PastOrPresent(message = "The date it was last checked cannot be in the future")
    private LocalDate lastCheckedOn;

    public static FlagForm of(Flag flag) {
        FlagForm form = new FlagForm();
        form.agencyId = flag.getAgency().getId();
        form.systemName = flag.getSystemName();
        form.team = flag.getTeam();
        form.name = flag.getName();
        form.code = flag.getCode();
        form.harmIds = new ArrayList<>(flag.getHarms().stream().map(h -> h.getId()).toList());
        form.definition = flag.getDefinition();
        form.threshold = flag.getThreshold();
        form.whoMayApply = flag.getWhoMayApply();
        form.appliedWhen = flag.getAppliedWhen();
        form.appliedWhenDetail = flag.getAppliedWhenDetail();
        form.reviewMonths = flag.getReviewMonths();
        form.removalRule = flag.getRemovalRule();
        form.glossaryTermId = flag.getGlossaryTerm() == null ? null : flag.getGlossaryTerm().getId();
        form.lastCheckedOn = flag.getLastCheckedOn();
        return form;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public String getSystemName() {
        return systemName;
    }

    public void setSystemName(String systemName) {
        this.systemName = InputRules.trimmed(systemName);
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = InputRules.trimmed(team);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = InputRules.trimmed(name);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = InputRules.trimmed(code);
    }

    public List<Long> getHarmIds() {
        return harmIds;
    }

    public void setHarmIds(List<Long> harmIds) {
        this.harmIds = harmIds == null ? new ArrayList<>() : new ArrayList<>(harmIds);
    }

    /** The harm checkboxes: Faces hands back the item values (numbers) or, from a crafted post, any text. */
    public List<Object> getHarmSelection() {
        return new ArrayList<>(harmIds);
    }

    public void setHarmSelection(List<Object> selection) {
        this.harmIds = InputRules.ids(selection);
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = InputRules.trimmed(definition);
    }

    public String getThreshold() {
        return threshold;
    }

    public void setThreshold(String threshold) {
        this.threshold = InputRules.trimmed(threshold);
    }

    public String getWhoMayApply() {
        return whoMayApply;
    }

    public void setWhoMayApply(String whoMayApply) {
        this.whoMayApply = InputRules.trimmed(whoMayApply);
    }

    public AppliedWhen getAppliedWhen() {
        return appliedWhen;
    }

    public void setAppliedWhen(AppliedWhen appliedWhen) {
        this.appliedWhen = appliedWhen;
    }

    public String getAppliedWhenDetail() {
        return appliedWhenDetail;
    }

    public void setAppliedWhenDetail(String appliedWhenDetail) {
        this.appliedWhenDetail = InputRules.trimmed(appliedWhenDetail);
    }

    public Integer getReviewMonths() {
        return reviewMonths;
    }

    public void setReviewMonths(Integer reviewMonths) {
        this.reviewMonths = reviewMonths;
    }

    public String getRemovalRule() {
        return removalRule;
    }

    public void setRemovalRule(String removalRule) {
        this.removalRule = InputRules.trimmed(removalRule);
    }

    public Long getGlossaryTermId() {
        return glossaryTermId;
    }

    public void setGlossaryTermId(Long glossaryTermId) {
        this.glossaryTermId = glossaryTermId;
    }

    public LocalDate getLastCheckedOn() {
        return lastCheckedOn;
    }

    public void setLastCheckedOn(LocalDate lastCheckedOn) {
        this.lastCheckedOn = lastCheckedOn;
    }
}
