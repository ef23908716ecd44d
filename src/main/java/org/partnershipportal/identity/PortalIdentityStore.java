package org.partnershipportal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.stream.Collectors;

/** Users and roles live in MariaDB; the role names are the groups Jakarta Security maps to roles. */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    SignIn signIn;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = login.getCaller().trim().toLowerCase();
        return signIn.attempt(username, login.getPasswordAsString())
                .map(roles -> new CredentialValidationResult(username,
                        roles.stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
