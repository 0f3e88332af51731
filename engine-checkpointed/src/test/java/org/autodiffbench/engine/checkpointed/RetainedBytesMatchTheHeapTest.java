package org.autodiffbench.engine.checkpointed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The retained-bytes statistic is the engine's own accounting; this checks it against the JVM.
 * A forked JVM with the serial collector holds, in turn, a checkpointed engine that stores
 * everything and one with 8 snapshots on {@code ode-chain} with T = 100,000 steps (about 80 MB
 * of tape), and the difference of the heaps in use must match the difference of the reported
 * retained bytes within 15%; and on the tensor family {@code mlp-batch} at B = 4096 (matrices of
 * 64 × 4096), the heap with a prepared engine against the heap with the model alone.
 */
class RetainedBytesMatchTheHeapTest {

    private static final Pattern PROBE = Pattern.compile("probe (\\S+) retained=(\\d+) heap=(\\d+)");

    @Test
    void storeEverythingVersusEightSnapshotsOnALongOdeChain() throws IOException, InterruptedException {
        List<long[]> probes = probe("ode-chain", 100_000, "snapshots=100000", "snapshots=8");
        long retainedAll = probes.get(0)[0];
        long retainedEight = probes.get(1)[0];
        long heapAll = probes.get(0)[1];
        long heapEight = probes.get(1)[1];
        long reported = retainedAll - retainedEight;
        long measured = heapAll - heapEight;
        assertThat(reported).as("retained bytes of store-all minus s=8").isGreaterThan(50L << 20);
        assertThat((double) measured / reported).as("measured %d B vs reported %d B", measured, reported)
                .isBetween(0.85, 1.15);
    }

    @Test
    void aPreparedEngineAgainstNoneOnALargeBatch() throws IOException, InterruptedException {
        List<long[]> probes = probe("mlp-batch", 4096, HeapProbe.NOTHING, HeapProbe.DEFAULTS);
        long reported = probes.get(1)[0];
        long measured = probes.get(1)[1] - probes.get(0)[1];
        assertThat(reported).as("retained bytes of the prepared engine").isGreaterThan(20L << 20);
        assertThat((double) measured / reported).as("measured %d B vs reported %d B", measured, reported)
                .isBetween(0.85, 1.15);
    }

    private static List<long[]> probe(String family, int size, String... optionSets)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx4g", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), HeapProbe.class.getName(), family, String.valueOf(size)));
        command.addAll(List.of(optionSets));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        List<long[]> probes = new ArrayList<>();
        Matcher m = PROBE.matcher(output);
        while (m.find()) {
            probes.add(new long[] {Long.parseLong(m.group(2)), Long.parseLong(m.group(3))});
        }
        assertThat(probes).as(output).hasSize(optionSets.length);
        return probes;
    }
}
