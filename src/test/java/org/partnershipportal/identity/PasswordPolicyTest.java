package org.partnershipportal.identity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "elevenchars"})
    void passwordsShorterThanTwelveAreRefused(String candidate) {
        assertThat(PasswordPolicy.problemWith(candidate, "pat")).hasValueSatisfying(m -> assertThat(m).contains("at least 12"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "PASSWORD1234", "qwertyuiop123", "safeguarding2026", "Passwordpassword!"})
    void commonPasswordsAreRefusedWhateverTheCaseOrTrailingDigits(String candidate) {
        assertThat(PasswordPolicy.problemWith(candidate, "pat")).hasValueSatisfying(m -> assertThat(m).contains("commonly used"));
    }

    @Test
    void aPasswordContainingTheUsernameIsRefused() {
        assertThat(PasswordPolicy.problemWith("my-name-is-pat.person", "pat.person")).isPresent();
    }

    @Test
    void aRepetitivePasswordIsRefused() {
        assertThat(PasswordPolicy.problemWith("abababababab", "pat")).isPresent();
    }

    @Test
    void aLongPassphraseIsAccepted() {
        assertThat(PasswordPolicy.problemWith("otter lantern quietly grows", "pat")).isEmpty();
    }

    @Test
    void temporaryPasswordsMeetThePolicyAndDiffer() {
        String first = TemporaryPasswords.next();
        assertThat(PasswordPolicy.problemWith(first, "pat")).isEmpty();
        assertThat(first).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}").isNotEqualTo(TemporaryPasswords.next());
    }
}
