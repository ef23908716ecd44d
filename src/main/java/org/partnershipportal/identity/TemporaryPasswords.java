package org.partnershipportal.identity;

import java.security.SecureRandom;

/** One-time passwords an administrator passes on; the person must replace it at first sign-in. */
final class TemporaryPasswords {

    // No 0/O, 1/l/I: the password is read out or copied by hand.
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    /** Four groups of four: 80 bits of randomness, and over the minimum length. */
    static String next() {
        StringBuilder password = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return password.toString();
    }
}
