package org.partnershipportal.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/** The signed-in person, loaded once per request for the page header. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    MyAccount myAccount;

    private Optional<UserAccount> account;

    @PostConstruct
    void load() {
        account = myAccount.current();
    }

    public boolean isSignedIn() {
        return account.isPresent();
    }

    public String getFullName() {
        return account.map(UserAccount::getFullName).orElse("");
    }

    public String getAgencyName() {
        return account.map(a -> a.getAgency().getName()).orElse("");
    }

    public String getRoleLabels() {
        return account.map(a -> a.getRoles().stream().sorted().map(Role::label).reduce((x, y) -> x + ", " + y).orElse(""))
                .orElse("");
    }
}
