package org.partnershipportal.duplicates;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link ByteDotProduct} with the JDK's Vector API: 16 bytes of each vector at a time, widened to shorts, multiplied
 * (a product of two bytes always fits in a short: at most 128 x 128 = 16,384), and the products widened to ints and
 * added lane by lane; the lanes are summed once at the end. Integer sums do not depend on their order, so the result
 * is the plain loop's to the last bit. Loaded only by {@link ByteDotProduct.Choice}, when the module is there.
 */
final class VectorisedDotProduct implements ByteDotProduct {
    private static final VectorSpecies<Byte> BYTES = ByteVector.SPECIES_128;
    private static final VectorSpecies<Short> SHORTS = ShortVector.SPECIES_256;
    private static final VectorSpecies<Integer> INTS = IntVector.SPECIES_256;

    /** Whether the processor has 256-bit vectors; without them the API falls back to code slower than the plain loop. */
    static boolean supported() {
        return IntVector.SPECIES_PREFERRED.vectorBitSize() >= 256;
    }

    @Override
    public int dot(byte[] v, int a, int b, int length) {
        IntVector sums = IntVector.zero(INTS);
        int k = 0;
        for (int bound = BYTES.loopBound(length); k < bound; k += BYTES.length()) {
            ShortVector x = (ShortVector) ByteVector.fromArray(BYTES, v, a + k).convertShape(VectorOperators.B2S, SHORTS, 0);
            ShortVector y = (ShortVector) ByteVector.fromArray(BYTES, v, b + k).convertShape(VectorOperators.B2S, SHORTS, 0);
            ShortVector products = x.mul(y);
            sums = sums.add((IntVector) products.convertShape(VectorOperators.S2I, INTS, 0))
                    .add((IntVector) products.convertShape(VectorOperators.S2I, INTS, 1));
        }
        int dot = sums.reduceLanes(VectorOperators.ADD);
        for (; k < length; k++) dot += v[a + k] * v[b + k];
        return dot;
    }

    @Override
    public String description() {
        return "Vector API (jdk.incubator.vector), 16 bytes at a time";
    }
}
