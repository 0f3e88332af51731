package org.autodiffbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.autodiffbench.harness.cli.CliRun;
import org.autodiffbench.harness.testengines.TestEnginePlugins;
import org.autodiffbench.harness.testengines.ThrottledTestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole loop a user runs in CI: a campaign, the same campaign again with one engine
 * artificially slowed, and {@code compare} between them. Against itself a run shows no
 * significant change (exit 0); against the slowed run the regression is found (exit 1). Eight
 * samples a side, so that a few samples slowed by another process on the machine do not push the
 * rank test's p-value over 0.05 (with five a side, U = 3 already gives p = 14/252 ≈ 0.056).
 */
class RunThenCompareTest {

    @TempDir
    Path folder;

    @AfterEach
    void unthrottle() {
        System.clearProperty(ThrottledTestEngine.SPIN_PROPERTY);
    }

    @Test
    void compareFindsTheSlowedEngineAndNothingAgainstItself() throws IOException {
        Path campaign = folder.resolve("throttle.json");
        Files.writeString(campaign, """
                {"name": "throttle", "seed": 1,
                 "engines": [{"id": "throttled-test"}],
                 "models": [{"family": "mlp-width", "sizes": [4]}],
                 "timing": {"forks": 1, "warmupIterations": 1, "warmupMillis": 100,
                            "measurementIterations": 8, "measurementMillis": 100},
                 "budget": {"cellSeconds": 30},
                 "agreement": {"tolerance": 1e-9, "finiteDifferenceDirections": 2}}
                """);
        Path fast = folder.resolve("fast");
        Path slow = folder.resolve("slow");
        try (TestEnginePlugins plugins = TestEnginePlugins.install(folder.resolve("plugins"))) {
            CliRun first = CliRun.of("run", campaign.toString(), "--out", fast.toString());
            assertThat(first.exitCode()).as(first.err()).isZero();
            System.setProperty(ThrottledTestEngine.SPIN_PROPERTY, "200000");
            CliRun second = CliRun.of("run", campaign.toString(), "--out", slow.toString());
            assertThat(second.exitCode()).as(second.err()).isZero();
        }
        assertThat(Files.exists(fast.resolve("report/index.html"))).isTrue();

        CliRun itself = CliRun.of("compare", fast.toString(), fast.toString());
        assertThat(itself.exitCode()).as(itself.out() + itself.err()).isZero();

        CliRun slowed = CliRun.of("compare", fast.toString(), slow.toString());
        assertThat(slowed.exitCode()).as(slowed.out() + slowed.err()).isEqualTo(1);
        assertThat(slowed.out()).contains("throttled-test").containsIgnoringCase("regress");
    }
}
