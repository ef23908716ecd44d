package org.partnershipportal.duplicates;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Vector API's dot product gives the plain loop's integer for every pair, so groups and scores do not depend on
 * how a JVM was started; and the tests' JVM (started as the units start the server) does use it.
 */
class ByteDotProductTest {

    @Test
    void theTestsJvmComputesWithTheVectorApiAsTheServerDoes() {
        // surefire's JVM has --add-modules=jdk.incubator.vector and the optimising compiler (the units run the quick
        // compiler only, and so the plain loop: ClusterIT reads that from the nodes' logs); whether the processor has
        // 256-bit vectors is the host's, and without them the plain loop is right
        if (VectorisedDotProduct.supported()) {
            assertThat(ByteDotProduct.FASTEST).isInstanceOf(VectorisedDotProduct.class);
        } else {
            assertThat(ByteDotProduct.FASTEST.description()).isEqualTo(ByteDotProduct.Choice.WITHOUT_VECTORS);
        }
    }

    @Test
    void vectorsGiveThePlainLoopsIntegerForEveryLengthOffsetAndExtremeValue() {
        Random random = new Random(20261206);
        ByteDotProduct vectors = new VectorisedDotProduct();
        for (int length : new int[]{0, 1, 15, 16, 17, 31, 32, 100, 384, 385}) {
            byte[] v = new byte[3 * length + 7];
            for (int round = 0; round < 50; round++) {
                random.nextBytes(v);
                int a = random.nextInt(length + 3), b = length + 3 + random.nextInt(length + 4);
                assertThat(vectors.dot(v, a, b, length)).as("length %d, offsets %d and %d", length, a, b)
                        .isEqualTo(ByteDotProduct.PLAIN.dot(v, a, b, length));
            }
            // the extremes: every product at its largest, -128 x -128, and at its most negative, -128 x 127
            java.util.Arrays.fill(v, 0, length, (byte) -128);
            java.util.Arrays.fill(v, length, 2 * length, (byte) -128);
            java.util.Arrays.fill(v, 2 * length, 3 * length, (byte) 127);
            assertThat(vectors.dot(v, 0, length, length)).isEqualTo(16_384 * length).isEqualTo(ByteDotProduct.PLAIN.dot(v, 0, length, length));
            assertThat(vectors.dot(v, 0, 2 * length, length)).isEqualTo(-16_256 * length).isEqualTo(ByteDotProduct.PLAIN.dot(v, 0, 2 * length, length));
        }
    }
}
