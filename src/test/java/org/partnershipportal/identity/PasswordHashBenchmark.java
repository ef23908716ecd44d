package org.partnershipportal.identity;

import org.junit.jupiter.api.Test;
import org.partnershipportal.testsupport.Timings;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.SecureRandom;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one sign-in costs the server in hashing (mvn verify -Pbenchmark -Dit.test=PasswordHashBenchmark): the stored
 * hash's PBKDF2-HMAC-SHA512 at {@link PasswordHasher#ITERATIONS}, as every real account's password is checked (and as
 * an unknown name is made to cost, so that timing does not tell which names exist), against the demo accounts'
 * {@link PasswordHasher#PUBLIC_PASSWORD_ITERATIONS} in the same run. One thread, so one core.
 */
class PasswordHashBenchmark {

    private static final int WARM_UP = 5;
    private static final int MEASURED = 21;

    @Test
    void printWhatOneSignInSpendsHashing() throws Exception {
        double accounts = medianMs(PasswordHasher.ITERATIONS);
        double demo = medianMs(PasswordHasher.PUBLIC_PASSWORD_ITERATIONS);
        String report = String.format("PBKDF2-HMAC-SHA512, 64-byte key, median of %d on one thread after %d to warm up:%n"
                        + "  %,d iterations (every account's stored hash): %.1f ms%n"
                        + "  %,d iterations (the demo accounts' public password): %.2f ms (%.0f× less)%n",
                MEASURED, WARM_UP, PasswordHasher.ITERATIONS, accounts, PasswordHasher.PUBLIC_PASSWORD_ITERATIONS, demo, accounts / demo);
        Timings.publish("Password hashing (one sign-in)", "password-hash.txt", report);
        assertThat(accounts).as("more iterations cost more").isGreaterThan(demo);
    }

    private static double medianMs(int iterations) throws Exception {
        SecretKeyFactory pbkdf2 = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512");
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        double[] ms = new double[MEASURED];
        for (int run = -WARM_UP; run < MEASURED; run++) {
            long started = System.nanoTime();
            pbkdf2.generateSecret(new PBEKeySpec("a password of usual length".toCharArray(), salt, iterations, 512)).getEncoded();
            if (run >= 0) {
                ms[run] = (System.nanoTime() - started) / 1e6;
            }
        }
        Arrays.sort(ms);
        return ms[MEASURED / 2];
    }
}
