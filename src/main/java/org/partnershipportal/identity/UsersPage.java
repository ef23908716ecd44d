package org.partnershipportal.identity;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnershipportal.platform.FacesMessages;
import org.partnershipportal.platform.InvalidInputException;
import org.partnershipportal.platform.PagedList;

import java.io.Serializable;
import java.util.List;

/** admin/users.xhtml: find people, and create an account. */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserDirectory directory;

    private String name;
    private Long agencyId;
    private Role role;
    private List<Agency> agencies;
    private PagedList<UserAccount, UserQuery> people;

    private UserForm newPerson = new UserForm();
    private String createdUsername;
    private String temporaryPassword;

    @PostConstruct
    void init() {
        agencies = directory.agencies();
        people = new PagedList<>(() -> new UserQuery(name, agencyId, role), directory::count,
                (query, first, size, sort) -> directory.search(query, first, size),
                account -> String.valueOf(account.getId()));
    }

    public void create() {
        try {
            UserDirectory.NewAccount created = directory.create(newPerson);
            createdUsername = created.account().getUsername();
            temporaryPassword = created.temporaryPassword();
            newPerson = new UserForm();
            FacesMessages.info("Account " + createdUsername + " created.");
        } catch (InvalidInputException refusal) {
            FacesMessages.show(refusal, "newPerson");
        }
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public List<Agency> getAgencies() {
        return agencies;
    }

    public PagedList<UserAccount, UserQuery> getPeople() {
        return people;
    }

    public UserForm getNewPerson() {
        return newPerson;
    }

    public String getCreatedUsername() {
        return createdUsername;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
