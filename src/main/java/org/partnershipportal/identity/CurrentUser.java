package org.partnershipportal.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/** The signed-in person, loaded once per request for the page header: the header's few columns, not the account. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    MyAccount myAccount;

    private Optional<MyAccount.Header> header;

    @PostConstruct
    void load() {
        header = myAccount.header();
    }

    /** Reads the caller again, after a sign-in page has signed someone out in the middle of a request. */
    void reload() {
        load();
    }

    public boolean isSignedIn() {
        return header.isPresent();
    }

    /** Signed in with a temporary password: nothing but the password page until they choose their own. */
    public boolean isMustChangePassword() {
        return header.map(MyAccount.Header::mustChangePassword).orElse(false);
    }

    public String getFullName() {
        return header.map(MyAccount.Header::fullName).orElse("");
    }

    public String getAgencyName() {
        return header.map(MyAccount.Header::agencyName).orElse("");
    }

    /** Only the home page names the roles, so they are read only when asked. */
    public String getRoleLabels() {
        return myAccount.current()
                .map(a -> a.getRoles().stream().sorted().map(Role::label).reduce((x, y) -> x + ", " + y).orElse(""))
                .orElse("");
    }
}
