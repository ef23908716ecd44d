package org.partnershipportal.identity;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipportal.identity.UserAccount.SignInOutcome.DISABLED;
import static org.partnershipportal.identity.UserAccount.SignInOutcome.LOCKED_NOW;
import static org.partnershipportal.identity.UserAccount.SignInOutcome.SIGNED_IN;
import static org.partnershipportal.identity.UserAccount.SignInOutcome.STILL_LOCKED;
import static org.partnershipportal.identity.UserAccount.SignInOutcome.WRONG_PASSWORD;
import org.partnershipportal.testsupport.TestData;

class UserAccountLockoutTest {

    static final LocalDateTime NINE_AM = LocalDateTime.of(2026, 11, 25, 9, 0);

    private final UserAccount account = TestData.person("pat.person", TestData.agency("TC", AgencyKind.COUNCIL), Role.PRACTITIONER);

    @Test
    void fourWrongPasswordsDoNotLockAndTheRightOneResetsTheCount() {
        for (int i = 0; i < 4; i++) {
            assertThat(account.recordSignInAttempt(false, NINE_AM.plusSeconds(i))).isEqualTo(WRONG_PASSWORD);
        }
        assertThat(account.recordSignInAttempt(true, NINE_AM.plusMinutes(1))).isEqualTo(SIGNED_IN);
        assertThat(account.getFailedSignIns()).isZero();
        assertThat(account.getLastSignedInAt()).isEqualTo(NINE_AM.plusMinutes(1));
    }

    @Test
    void theFifthWrongPasswordLocksForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            account.recordSignInAttempt(false, NINE_AM);
        }
        assertThat(account.recordSignInAttempt(false, NINE_AM)).isEqualTo(LOCKED_NOW);
        assertThat(account.getLockedUntil()).isEqualTo(NINE_AM.plusMinutes(15));
        assertThat(account.isLockedAt(NINE_AM.plusMinutes(14).plusSeconds(59))).isTrue();
        assertThat(account.isLockedAt(NINE_AM.plusMinutes(15))).isFalse();
    }

    @Test
    void lockedAccountRefusesTheCorrectPasswordUntilTheLockExpires() {
        lock();
        assertThat(account.recordSignInAttempt(true, NINE_AM.plusMinutes(10))).isEqualTo(STILL_LOCKED);
        assertThat(account.recordSignInAttempt(true, NINE_AM.plusMinutes(15))).isEqualTo(SIGNED_IN);
        assertThat(account.getLockedUntil()).isNull();
    }

    @Test
    void afterTheLockExpiresTheCountStartsAgain() {
        lock();
        assertThat(account.recordSignInAttempt(false, NINE_AM.plusMinutes(16))).isEqualTo(WRONG_PASSWORD);
        assertThat(account.getFailedSignIns()).isEqualTo(1);
    }

    @Test
    void anAdministratorsResetUnlocksAndForcesAPasswordChange() {
        lock();
        account.resetPassword("new-hash");
        assertThat(account.isLockedAt(NINE_AM.plusMinutes(1))).isFalse();
        assertThat(account.isMustChangePassword()).isTrue();
        account.changePassword("own-hash");
        assertThat(account.isMustChangePassword()).isFalse();
    }

    @Test
    void aDisabledAccountNeverSignsIn() {
        account.disable();
        assertThat(account.recordSignInAttempt(true, NINE_AM)).isEqualTo(DISABLED);
        account.enable();
        assertThat(account.recordSignInAttempt(true, NINE_AM)).isEqualTo(SIGNED_IN);
    }

    private void lock() {
        for (int i = 0; i < UserAccount.FAILED_SIGN_INS_BEFORE_LOCK; i++) {
            account.recordSignInAttempt(false, NINE_AM);
        }
    }
}
