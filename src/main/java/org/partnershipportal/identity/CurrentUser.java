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

    /** Reads the caller again, after a sign-in page has signed someone out in the middle of a request. */
    void reload() {
        load();
    }

    public boolean isSignedIn() {
        return account.isPresent();
    }

    /** Signed in with a temporary password: nothing but the password page until they choose their own. */
    public boolean isMustChangePassword() {
        return account.map(UserAccount::isMustChangePassword).orElse(false);
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
