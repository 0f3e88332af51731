package org.autodiffbench.harness.schedulers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.autodiffbench.results.ResultsFile;

/**
 * The campaign the scheduler tests split into shards: four cells that run in seconds, and how to
 * read which of them a results directory holds.
 */
final class TinyShardedCampaign {

    /** Failsafe runs in the module folder; the repository root is its parent. */
    static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();

    /** Where the build puts the command-line jar, relative to the repository root. */
    static final String JAR = "harness/target/autodiffbench.jar";

    static final String JSON = """
            {"name": "sharded", "seed": 1,
             "engines": [{"id": "forward"}, {"id": "reverse"}],
             "models": [{"family": "scalar-example"}, {"family": "mlp-width", "sizes": [4]}],
             "timing": {"forks": 1, "warmupIterations": 1, "warmupMillis": 20,
                        "measurementIterations": 3, "measurementMillis": 20},
             "quick": {"forks": 1, "warmupIterations": 1, "warmupMillis": 20,
                       "measurementIterations": 3, "measurementMillis": 20},
             "budget": {"cellSeconds": 60},
             "agreement": {"tolerance": 1e-9, "finiteDifferenceDirections": 2}}
            """;

    /** The cells of {@link #JSON}, by hand: two engines times scalar-example (its one size, 2) and mlp-width 4. */
    static final List<String> CELLS = List.of("forward mlp-width 4", "forward scalar-example 2",
            "reverse mlp-width 4", "reverse scalar-example 2");

    /**
     * For every JVM the jar starts: no waiting at JMH's machine-wide lock for other builds'
     * benchmarks (these timings matter to no one), and small cell heaps.
     */
    static final Map<String, String> JVM_ENVIRONMENT =
            Map.of("JAVA_TOOL_OPTIONS", "-Djmh.ignoreLock=true -Dautodiffbench.cellHeap=256m");

    private TinyShardedCampaign() {
    }

    static Path write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cells a results directory holds, as "engine family size", sorted; a cell held twice is listed twice. */
    static List<String> cells(Path resultsDirectory) {
        return ResultsFile.read(resultsDirectory.resolve(ResultsFile.NAME)).cells().stream()
                .map(cell -> cell.spec().engine() + " " + cell.spec().model().family() + " "
                        + cell.spec().model().size())
                .sorted().toList();
    }
}
