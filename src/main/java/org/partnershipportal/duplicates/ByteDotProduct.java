package org.partnershipportal.duplicates;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The integer dot product of two quantised embeddings (one signed byte per dimension) held in one array: the duplicate
 * index's most frequent computation (every candidate pair of the report, every pair of a whole-group test).
 *
 * <p>Java 17's compiler does not turn a loop of byte products summed into an {@code int} into vector instructions; the
 * JDK's own Vector API does ({@code jdk.incubator.vector}, an incubator module in Java 17, so a JVM only has it when
 * started with {@code --add-modules=jdk.incubator.vector}, as the portal's units start it). {@link #FASTEST} is the
 * vector form when the module is there and the processor has 256-bit vectors, and the plain loop otherwise (the
 * command-line matcher, which is not started with the module, so that it prints no incubator warning). Both give the
 * same integer, so groups and scores do not depend on which one ran ({@code ByteDotProductTest}).
 */
interface ByteDotProduct {

    /** The dot product of {@code v[a .. a+length)} and {@code v[b .. b+length)}. */
    int dot(byte[] v, int a, int b, int length);

    /** What this is, and for the plain loop why, for the log and the benchmark's report. */
    String description();

    /** The plain loop, which any JVM runs. */
    ByteDotProduct PLAIN = plainLoop("plain loop");

    /** The fastest form this JVM can run. */
    ByteDotProduct FASTEST = Choice.fastest();

    /** The plain loop, described (the log says why the Vector API is not used). */
    static ByteDotProduct plainLoop(String description) {
        return new ByteDotProduct() {
            @Override
            public int dot(byte[] v, int a, int b, int length) {
                int dot = 0;
                for (int k = 0; k < length; k++) dot += v[a + k] * v[b + k];
                return dot;
            }

            @Override
            public String description() {
                return description;
            }
        };
    }

    /** Chooses once, when the index is first used. */
    final class Choice {
        static final String WITHOUT_THE_MODULE = "plain loop: this JVM was not started with --add-modules=jdk.incubator.vector";
        static final String WITHOUT_VECTORS = "plain loop: this processor has no 256-bit vectors";
        static final String WITHOUT_THE_OPTIMISING_COMPILER =
                "plain loop: this JVM compiles with the quick compiler only (-XX:TieredStopAtLevel below 4), which runs the Vector API slower than the loop";

        private static final Logger LOG = Logger.getLogger(ByteDotProduct.class.getName());

        private Choice() {
        }

        static ByteDotProduct fastest() {
            if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) return plainLoop(WITHOUT_THE_MODULE);
            // Only the optimising compiler (C2) turns the Vector API into vector instructions; compiled by the quick
            // compiler alone, as the portal's units run, a report took 25 times as long as with the loop (DuplicateBenchmark).
            if (!optimisingCompilerRuns()) return plainLoop(WITHOUT_THE_OPTIMISING_COMPILER);
            try {
                // by name, so that a JVM without the module never loads a class that refers to it
                ByteDotProduct vectors = (ByteDotProduct) Class.forName(Choice.class.getPackageName() + ".VectorisedDotProduct")
                        .getDeclaredConstructor().newInstance();
                // without 256-bit vectors the API falls back to code slower than the plain loop
                return VectorisedDotProduct.supported() ? vectors : plainLoop(WITHOUT_VECTORS);
            } catch (ReflectiveOperationException | LinkageError e) {
                LOG.log(Level.WARNING, "The Vector API is there but could not be used; duplicate scores use the plain loop", e);
                return plainLoop("plain loop: the Vector API could not be loaded");
            }
        }

        /** Whether this JVM compiles hot code with its optimising compiler: not when started with -XX:TieredStopAtLevel=1 to 3. */
        static boolean optimisingCompilerRuns() {
            try {
                com.sun.management.HotSpotDiagnosticMXBean vm =
                        java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
                return vm == null || Integer.parseInt(vm.getVMOption("TieredStopAtLevel").getValue()) >= 4
                        || !Boolean.parseBoolean(vm.getVMOption("TieredCompilation").getValue());
            } catch (RuntimeException | LinkageError e) {
                return true; // not a HotSpot JVM that says: assume it optimises, as the JVMs the portal is tested on do
            }
        }
    }
}
