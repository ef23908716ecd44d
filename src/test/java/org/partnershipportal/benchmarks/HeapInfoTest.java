package org.partnershipportal.benchmarks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** StartupBenchmark reads the heap in use from jcmd GC.heap_info, whose layout depends on the collector. */
class HeapInfoTest {

    static final String SERIAL = """
            12345:
             def new generation   total 110592K, used 2048K [0x00000000e0000000, 0x00000000e77f0000, 0x00000000eaaa0000)
              eden space 98368K,   2% used [0x00000000e0000000, 0x00000000e0000000, 0x00000000e6010000)
             tenured generation   total 262144K, used 141000K [0x00000000eaaa0000, 0x0000000100000000)
             Metaspace       used 115819K, committed 117056K, reserved 1179648K
              class space    used 14464K, committed 15104K, reserved 1048576K
            """;
    static final String G1 = """
            12345:
             garbage-first heap   total 422912K, used 138489K [0x00000000c0000000, 0x0000000100000000)
              region size 1024K, 0 young (0K), 0 survivors (0K)
             Metaspace       used 115305K, committed 116480K, reserved 1179648K
              class space    used 14414K, committed 14976K, reserved 1048576K
            """;

    @Test
    void heapInUseIsReadForEitherCollector() {
        String heap = "(garbage-first heap|def new generation|tenured generation)";
        assertThat(StartupBenchmark.usedKb(SERIAL, heap)).isEqualTo(2048 + 141000);
        assertThat(StartupBenchmark.usedKb(G1, heap)).isEqualTo(138489);
        assertThat(StartupBenchmark.usedKb(SERIAL, "Metaspace")).isEqualTo(115819);
        assertThatThrownBy(() -> StartupBenchmark.usedKb("12345: no such process", heap)).isInstanceOf(IllegalStateException.class);
    }
}
