package org.partnershipportal.identity;

import java.util.Set;

/** Who is signed in, as the account says now: what the identity store hands to the container on each request. */
public record SignedInCaller(long accountId, String username, Set<Role> roles, boolean mustChangePassword) {

    static SignedInCaller of(UserAccount account) {
        return new SignedInCaller(account.getId(), account.getUsername(), Set.copyOf(account.getRoles()), account.isMustChangePassword());
    }
}
