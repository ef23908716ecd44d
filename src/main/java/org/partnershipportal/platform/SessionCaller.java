package org.partnershipportal.platform;

import jakarta.security.enterprise.credential.Credential;

/**
 * The credential of a person who signed in earlier in this session: the account id the session keeps.
 * The identity store checks it again on every request (account enabled, roles as they are now), so the
 * caller is established per request and never taken from state shared with other requests.
 */
public record SessionCaller(long accountId) implements Credential {
}
