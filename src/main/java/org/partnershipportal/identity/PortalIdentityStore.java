package org.partnershipportal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.partnershipportal.platform.PortalAuthentication;
import org.partnershipportal.platform.SessionCaller;
import org.partnershipportal.platform.Permission;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Users and roles live in MariaDB; the caller's groups are the permissions their roles carry
 * ({@link Role} maps them), which Jakarta Security maps to roles of the same names.
 * Validates a password at sign-in, and the session's account id on every later request.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    SignIn signIn;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof UsernamePasswordCredential login) {
            return signIn.attempt(login.getCaller(), login.getPasswordAsString())
                    .map(PortalIdentityStore::valid).orElse(CredentialValidationResult.INVALID_RESULT);
        }
        if (credential instanceof SessionCaller session) {
            return signIn.resume(session.accountId())
                    .map(PortalIdentityStore::valid).orElse(CredentialValidationResult.INVALID_RESULT);
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    /** The caller's unique id is the account id: what the mechanism keeps in the session. */
    private static CredentialValidationResult valid(SignedInCaller caller) {
        Set<String> groups = caller.mustChangePassword()
                ? Set.of(PortalAuthentication.PASSWORD_CHANGE_REQUIRED)
                : Role.permissionsOf(caller.roles()).stream().map(Permission::name).collect(Collectors.toSet());
        return new CredentialValidationResult(null, new CallerPrincipal(caller.username()), null,
                String.valueOf(caller.accountId()), groups);
    }
}
