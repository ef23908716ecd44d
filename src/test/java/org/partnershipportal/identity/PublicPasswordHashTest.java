package org.partnershipportal.identity;

import org.junit.jupiter.api.Test;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo accounts' hash is in the stored form the portal's PBKDF2 verifier reads (algorithm, iterations,
 * salt, key), so it verifies with the iterations it carries; the sign-ins of the integration tests check it
 * against the server's own verifier, and fail all at once if it does not.
 */
class PublicPasswordHashTest {

    @Test
    void theHashCarriesItsAlgorithmItsIterationsAFreshSaltAndTheKeyOfThatPassword() throws Exception {
        String stored = PasswordHasher.hashOfPublicPassword("kestrel-vale-demo");
        String[] parts = stored.split(":");
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("PBKDF2WithHmacSHA512");
        assertThat(Integer.parseInt(parts[1])).isEqualTo(PasswordHasher.PUBLIC_PASSWORD_ITERATIONS);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] key = Base64.getDecoder().decode(parts[3]);
        assertThat(salt).hasSize(32);
        byte[] expected = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                .generateSecret(new PBEKeySpec("kestrel-vale-demo".toCharArray(), salt, 1_000, key.length * 8)).getEncoded();
        assertThat(key).hasSize(64).isEqualTo(expected);
        assertThat(PasswordHasher.hashOfPublicPassword("kestrel-vale-demo").split(":")[2]).as("a fresh salt each time").isNotEqualTo(parts[2]);
    }
}
