package org.autodiffbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import org.autodiffbench.api.registry.PluginPath;
import org.autodiffbench.harness.testengines.HangingTestEngine;
import org.autodiffbench.harness.testengines.SlowTestEngine;
import org.autodiffbench.harness.testengines.TestPluginJars;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gradient --budget SECONDS}: an engine still working after a few seconds gets a progress
 * line on stderr, and one that has not answered when its budget is spent is given up with an
 * {@code error:} line naming it and the budget, while the other engines answer.
 */
class GradientBudgetTest {

    @TempDir
    Path folder;

    @AfterEach
    void releaseEngines() {
        HangingTestEngine.release();
        System.clearProperty(PluginPath.PROPERTY);
    }

    @Test
    void anEngineThatNeverAnswersIsGivenUpAtItsBudgetAndTheOthersAnswer() {
        HangingTestEngine.hold();
        TestPluginJars.write(folder, "hanging.jar", HangingTestEngine.class);

        long start = System.nanoTime();
        CliRun run = CliRun.of("gradient", "--plugin-path", folder.toString(), "--expr", "x*y", "--at", "x=2,y=3",
                "--budget", "1", "--format", "json");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode json = run.json();
        assertThat(ProductGradient.enginesThatAnswered(json))
                .containsExactlyInAnyOrder("forward", "reverse", "checkpointed", "compiled-forward", "compiled-reverse",
                        "compiled-checkpointed");
        assertThat(json.get("failed").get(0).get("engine").asText()).isEqualTo(HangingTestEngine.ID);
        assertThat(json.get("failed").get(0).get("reason").asText())
                .isEqualTo("over budget: no answer within 1 s while computing the gradient");
        assertThat(run.errLines()).containsExactly("error: engine " + HangingTestEngine.ID
                + " gave no answer within its budget of 1 s while computing the gradient; it was given up and the"
                + " others went on (give it more with --budget SECONDS)");
        assertThat(took).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void aSlowEngineGetsAProgressLineAndIsGivenUpAtATinyBudget() {
        TestPluginJars.write(folder, "slow.jar", SlowTestEngine.class);

        // Two parameters: the engine spins 8 × 0.5 s = 4 s, twice its budget.
        CliRun run = CliRun.of("gradient", "--plugin-path", folder.toString(), "--expr", "x*y", "--at", "x=2,y=3",
                "--engine", SlowTestEngine.ID, "--option", "nanosPerCube=500000000", "--budget", "2");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                SlowTestEngine.ID + ": still computing the gradient after 1 s (budget 2 s)",
                "error: engine " + SlowTestEngine.ID + " gave no answer within its budget of 2 s while computing the"
                        + " gradient; it was given up and the others went on (give it more with --budget SECONDS)");
        assertThat(run.outLines()).contains("FAILED " + SlowTestEngine.ID
                + ": over budget: no answer within 2 s while computing the gradient");
    }
}
