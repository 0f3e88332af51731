package org.autodiffbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.autodiffbench.harness.cli.Main;
import org.autodiffbench.harness.testengines.TestEnginePlugins;
import org.autodiffbench.harness.testengines.ThrottledTestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole loop a user runs in CI: a campaign, the same campaign again with one engine
 * artificially slowed, and {@code compare} between them. Against itself a run shows no
 * significant change (exit 0); against the slowed run the regression is found (exit 1).
 */
class RunThenCompareTest {

    @TempDir
    Path folder;

    @AfterEach
    void unthrottle() {
        System.clearProperty(ThrottledTestEngine.SPIN_PROPERTY);
    }

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void compareFindsTheSlowedEngineAndNothingAgainstItself() throws IOException {
        Path campaign = folder.resolve("throttle.json");
        Files.writeString(campaign, """
                {"name": "throttle", "seed": 1,
                 "engines": [{"id": "throttled-test"}],
                 "models": [{"family": "mlp-width", "sizes": [4]}],
                 "timing": {"forks": 1, "warmupIterations": 1, "warmupMillis": 100,
                            "measurementIterations": 5, "measurementMillis": 100},
                 "budget": {"cellSeconds": 30},
                 "agreement": {"tolerance": 1e-9, "finiteDifferenceDirections": 2}}
                """);
        Path fast = folder.resolve("fast");
        Path slow = folder.resolve("slow");
        try (TestEnginePlugins plugins = TestEnginePlugins.install(folder.resolve("plugins"))) {
            String[] first = run("run", campaign.toString(), "--out", fast.toString());
            assertThat(first[0]).as(first[2]).isEqualTo("0");
            System.setProperty(ThrottledTestEngine.SPIN_PROPERTY, "200000");
            String[] second = run("run", campaign.toString(), "--out", slow.toString());
            assertThat(second[0]).as(second[2]).isEqualTo("0");
        }
        assertThat(Files.exists(fast.resolve("report/index.html"))).isTrue();

        String[] itself = run("compare", fast.toString(), fast.toString());
        assertThat(itself[0]).as(itself[1] + itself[2]).isEqualTo("0");

        String[] slowed = run("compare", fast.toString(), slow.toString());
        assertThat(slowed[0]).as(slowed[1] + slowed[2]).isEqualTo("1");
        assertThat(slowed[1]).contains("throttled-test").containsIgnoringCase("regress");
    }
}
