package org.autodiffbench.reports.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.autodiffbench.reports.SyntheticCampaign;
import org.autodiffbench.results.ResultsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JmhResultsTest {

    @TempDir
    Path dir;

    /** Two benchmarks as JMH 1.37 writes them with -rf json, one average time and one throughput. */
    private static String jmhJson(double factor) {
        List<Double> widths = List.of(11.6, 12.2, 11.6, 11.5, 11.7);
        String raw = widths.stream().map(v -> String.format(Locale.ROOT, "%.4f", v * factor))
                .collect(Collectors.joining(", "));
        return """
                [
                  {
                    "jmhVersion": "1.37",
                    "benchmark": "org.autodiffbench.benchmarks.MlpWidthBenchmark.reverseGradient",
                    "mode": "avgt", "threads": 1, "forks": 1,
                    "params": {"width": "64"},
                    "primaryMetric": {
                      "score": %s, "scoreError": 1.0, "scoreConfidence": [10.6, 12.7],
                      "scoreUnit": "us/op",
                      "rawData": [[%s]]
                    },
                    "secondaryMetrics": {}
                  },
                  {
                    "benchmark": "org.autodiffbench.benchmarks.MlpWidthBenchmark.primal",
                    "mode": "thrpt",
                    "params": {"width": "64", "activation": "tanh"},
                    "primaryMetric": {"score": 200000.0, "scoreUnit": "ops/s", "rawData": [[200000.0, 250000.0], [100000.0]]}
                  }
                ]
                """.formatted(String.format(Locale.ROOT, "%.4f", 11.72 * factor), raw);
    }

    @Test
    void parsesBenchmarksWithParamsAndConvertsToNanosecondsPerCall() throws Exception {
        Path file = Files.writeString(dir.resolve("jmh.json"), jmhJson(1));
        RunMeasurements run = RunMeasurements.load(file);
        assertThat(run.jmh()).isTrue();
        assertThat(run.byKey().keySet()).containsExactly(
                "org.autodiffbench.benchmarks.MlpWidthBenchmark.reverseGradient[width=64] (avgt)",
                "org.autodiffbench.benchmarks.MlpWidthBenchmark.primal[activation=tanh,width=64] (thrpt)");
        Measurement reverse = run.byKey().values().iterator().next();
        assertThat(reverse.samplesNs()).hasSize(5);
        assertThat(reverse.samplesNs().get(1)).isCloseTo(12_200, within(1e-6));
        assertThat(reverse.medianNs()).isCloseTo(11_600, within(1e-6));
        Measurement primal = run.byKey().get(
                "org.autodiffbench.benchmarks.MlpWidthBenchmark.primal[activation=tanh,width=64] (thrpt)");
        // 200,000, 250,000 and 100,000 ops/s are 5,000, 4,000 and 10,000 ns per op, forks flattened
        assertThat(primal.samplesNs()).containsExactly(5_000.0, 4_000.0, 10_000.0);
        assertThat(primal.medianNs()).isEqualTo(5_000.0);
    }

    @Test
    void aSlowerJmhRunIsARegressionAndAnEqualOneIsNot() throws Exception {
        RunMeasurements old = RunMeasurements.load(Files.writeString(dir.resolve("old.json"), jmhJson(1)));
        RunMeasurements same = RunMeasurements.load(Files.writeString(dir.resolve("same.json"), jmhJson(1)));
        RunMeasurements slow = RunMeasurements.load(Files.writeString(dir.resolve("slow.json"), jmhJson(1.5)));
        assertThat(Comparison.of(old, same, 0.1).fails()).isFalse();
        Comparison comparison = Comparison.of(old, slow, 0.1);
        assertThat(comparison.fails()).isTrue();
        CellComparison row = comparison.rows().get(0);
        assertThat(row.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(row.ratio()).isCloseTo(1.5, within(1e-3));
        assertThat(row.pValue()).isLessThan(0.05);
    }

    /** An empty or blank file given to compare is named as empty, as every other reader of results names it. */
    @Test
    void anEmptyFileIsSaidToBeEmpty() throws Exception {
        assertThatThrownBy(() -> RunMeasurements.load(Files.writeString(dir.resolve("blank.json"), " \n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank.json is empty");
    }

    @Test
    void badJmhFilesGetClearMessages() throws Exception {
        assertThatThrownBy(() -> RunMeasurements.load(Files.writeString(dir.resolve("empty.json"), "[]")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds no JMH results");
        assertThatThrownBy(() -> RunMeasurements.load(Files.writeString(dir.resolve("bad.json"), "[{\"benchmark\": ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("malformed JMH result file")
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> RunMeasurements.load(Files.writeString(dir.resolve("odd.json"), "[{\"x\": 1}]")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entry 1 has no 'benchmark'");
        assertThatThrownBy(() -> RunMeasurements.load(Files.writeString(dir.resolve("unit.json"),
                "[{\"benchmark\": \"b\", \"primaryMetric\": {\"score\": 1, \"scoreUnit\": \"furlongs\"}}]")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("score unit 'furlongs'");
        assertThatThrownBy(() -> RunMeasurements.load(Files.writeString(dir.resolve("text.txt"), "hello")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("neither a results file");
        assertThatThrownBy(() -> RunMeasurements.load(dir.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no results at");
        assertThatThrownBy(() -> RunMeasurements.load(dir))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds no results.json");
    }

    @Test
    void resultsAgainstJmhIsRefusedWithAnExplanation() throws Exception {
        Path results = Files.createDirectories(dir.resolve("run"));
        ResultsFile.write(results.resolve(ResultsFile.NAME), SyntheticCampaign.build(7));
        RunMeasurements campaign = RunMeasurements.load(results);
        assertThat(campaign.jmh()).isFalse();
        RunMeasurements jmh = RunMeasurements.load(Files.writeString(dir.resolve("jmh.json"), jmhJson(1)));
        assertThatThrownBy(() -> Comparison.of(campaign, jmh, 0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("compare two results directories or two JMH files");
    }
}
