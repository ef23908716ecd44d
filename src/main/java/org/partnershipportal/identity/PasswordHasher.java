package org.partnershipportal.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * PBKDF2 with HMAC-SHA512 at 210,000 iterations (OWASP Password Storage Cheat Sheet) and a 32-byte
 * random salt per password. The defaults of {@link Pbkdf2PasswordHash} are far weaker.
 * Each stored hash carries its own algorithm, iterations and salt, so raising the figures later
 * keeps old hashes verifiable.
 */
@ApplicationScoped
public class PasswordHasher {

    public static final int ITERATIONS = 210_000;

    /** For a password printed in the README (the demo accounts'), see {@link #hashOfPublicPassword}. */
    public static final int PUBLIC_PASSWORD_ITERATIONS = 1_000;

    private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Verified against when the username is unknown, so that a miss costs the same time as a hit. */
    private String decoyHash;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoyHash = pbkdf2.generate("decoy password that matches nothing".toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    /**
     * A stored hash of a password that is public anyway, the demo accounts' (printed in the README), at
     * {@value #PUBLIC_PASSWORD_ITERATIONS} iterations: hashing cost protects a secret, and this one is none. Verified
     * at 210,000 iterations, each of the tests' sign-ins over HTTP took 206 ms, against 31 ms at 1,000
     * ({@code testsupport.StepTimings} at the end of a test run). The form is {@link Pbkdf2PasswordHash}'s own ("algorithm:iterations:salt:key", Base64), which verifies
     * any hash with the iterations it carries; every account an administrator creates, and every password a person
     * chooses, is still hashed by {@link #hash} at {@value #ITERATIONS}. Where the demo runs, a wrong password for
     * a demo account is answered sooner than one for an unknown name: those names are in the README too.
     */
    public static String hashOfPublicPassword(String password) {
        byte[] salt = new byte[32];
        RANDOM.nextBytes(salt);
        try {
            byte[] key = SecretKeyFactory.getInstance(ALGORITHM)
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, PUBLIC_PASSWORD_ITERATIONS, 64 * 8)).getEncoded();
            Base64.Encoder base64 = Base64.getEncoder();
            return ALGORITHM + ":" + PUBLIC_PASSWORD_ITERATIONS + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA512 is part of every Java 17", e);
        }
    }

    public boolean matches(String password, String storedHash) {
        return pbkdf2.verify(password.toCharArray(), storedHash);
    }

    public void spendTimeAsIfVerifying(String password) {
        pbkdf2.verify(password.toCharArray(), decoyHash);
    }
}
