package vn.taphuan.bench.measure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MemorySamplerTest {

    @Test
    void theHeapUsedIsTheGenerationsSumWithoutMetaspace() {
        String serial = """
                 def new generation   total 39296K, used 12345K [0x00000000e8000000, 0x00000000eaaa0000, 0x00000000f0000000)
                  eden space 34944K,  30% used [0x00000000e8000000, 0x00000000e8a2a7b8, 0x00000000ea220000)
                 tenured generation   total 87424K, used 54321K [0x00000000f0000000, 0x00000000f5560000, 0x0000000100000000)
                 Metaspace       used 91000K, committed 92000K, reserved 1179648K
                  class space    used 11000K, committed 11500K, reserved 1048576K
                """;
        assertThat(MemorySampler.heapUsed(serial)).isEqualTo((12345L + 54321L) * 1024);
        String g1 = """
                 garbage-first heap   total 262144K, used 20480K [0x00000000f0000000, 0x0000000100000000)
                  region size 1024K, 12 young (12288K), 2 survivors (2048K)
                 Metaspace       used 800K, committed 1000K, reserved 1056768K
                """;
        assertThat(MemorySampler.heapUsed(g1)).isEqualTo(20480L * 1024);
        assertThat(MemorySampler.heapUsed("no such process")).isEqualTo(-1);
    }

    @Test
    void theResidentMemoryOfThisProcessIsRead() {
        assertThat(MemorySampler.rss(ProcessHandle.current().pid())).isGreaterThan(1024 * 1024);
    }
}
