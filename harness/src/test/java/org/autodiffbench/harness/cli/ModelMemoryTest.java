package org.autodiffbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A model too big for the heap is refused before anything is allocated, with its size in
 * parameters and bytes, the heap, and how to get more; not an internal OutOfMemoryError.
 */
class ModelMemoryTest {

    @Test
    void aModelTooBigForTheHeapIsRefusedWithTheEstimateAndTheHeap() {
        int width = 1400;
        int layers = 1024;
        // P = 64w + w + (L − 1)(w² + w) + 10w + 10, as mlp-depth documents it.
        long parameters = 64L * width + width + (layers - 1L) * ((long) width * width + width) + 10L * width + 10;
        String heapGiB = String.format(Locale.ROOT, "%.1f GiB", Runtime.getRuntime().maxMemory() / (double) (1L << 30));

        CliRun run = CliRun.of("gradient", "--model", "mlp-depth", "--size", "" + layers, "--model-option",
                "width=" + width, "--engine", "reverse");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0))
                .startsWith("error: mlp-depth size 1024 with width=1400 needs about ")
                .contains(String.format(Locale.ROOT, " GiB (%.1e parameters) but the heap is %s; ", (double) parameters,
                        heapGiB))
                .containsPattern("; choose a smaller size or give more heap with java -Xmx…, e\\.g\\. java -Xmx\\d+g -jar"
                        + " autodiffbench\\.jar …$");
        long suggestedGiB = Long.parseLong(run.errLines().get(0).replaceAll(".*-Xmx(\\d+)g.*", "$1"));
        // At least the point and its gradient, 8 bytes each per parameter.
        assertThat(suggestedGiB << 30).isGreaterThan(16 * parameters);
    }
}
