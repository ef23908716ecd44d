package org.partnershipportal.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/** What an administrator types about a person. */
public class UserForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Enter a username")
    @Size(min = 3, max = UserAccount.USERNAME_MAX, message = "Use 3 to " + UserAccount.USERNAME_MAX + " characters")
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "Use lower-case letters, digits, dots, hyphens or underscores")
    private String username;

    @NotBlank(message = "Enter the person's full name")
    @Size(max = UserAccount.FULL_NAME_MAX, message = "Use at most " + UserAccount.FULL_NAME_MAX + " characters")
    private String fullName;

    @NotBlank(message = "Enter an e-mail address")
    @Email(message = "Enter an e-mail address like name@agency.example")
    @Size(max = UserAccount.EMAIL_MAX, message = "Use at most " + UserAccount.EMAIL_MAX + " characters")
    private String email;

    @Size(max = UserAccount.JOB_TITLE_MAX, message = "Use at most " + UserAccount.JOB_TITLE_MAX + " characters")
    private String jobTitle;

    @NotNull(message = "Choose the person's agency")
    private Long agencyId;

    @NotEmpty(message = "Choose at least one role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    public static UserForm of(UserAccount account) {
        UserForm form = new UserForm();
        form.username = account.getUsername();
        form.fullName = account.getFullName();
        form.email = account.getEmail();
        form.jobTitle = account.getJobTitle();
        form.agencyId = account.getAgency().getId();
        form.roles = account.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.getRoles());
        return form;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.trim().toLowerCase();
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName == null ? null : fullName.trim();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.trim().toLowerCase();
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle == null || jobTitle.isBlank() ? null : jobTitle.trim();
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** Arrays let Faces convert the enum values of a multiple-choice input without a custom converter. */
    public Role[] getSelectedRoles() {
        return roles.toArray(Role[]::new);
    }

    public void setSelectedRoles(Role[] selected) {
        setRoles(selected == null ? Set.of() : Set.of(selected));
    }
}
