package org.autodiffbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.autodiffbench.api.primitives.Primitive;
import org.autodiffbench.api.primitives.Primitives;
import org.autodiffbench.api.registry.PluginPath;
import org.autodiffbench.harness.testengines.FewPrimitivesTestEngine;
import org.autodiffbench.harness.testengines.TestPluginJars;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin that lacks most primitives: {@code engines} lists what it lacks, and {@code gradient}
 * of a formula using one says so in one line.
 */
class UnsupportedPrimitiveCliTest {

    private static final String ID = FewPrimitivesTestEngine.ID;

    @TempDir
    Path folder;

    @BeforeEach
    void writePlugin() {
        TestPluginJars.write(folder, "few.jar", FewPrimitivesTestEngine.class);
    }

    @AfterEach
    void forgetPlugins() {
        System.clearProperty(PluginPath.PROPERTY);
    }

    /** The names of the IR's primitives outside the engine's few, sorted: computed here from the IR alone. */
    private static List<String> lacking() {
        return Primitives.all().stream().map(Primitive::name)
                .filter(name -> !FewPrimitivesTestEngine.TRANSLATED.contains(name)).distinct().sorted().toList();
    }

    @Test
    void enginesShowsTheFirstLackingPrimitivesAndCountsTheRest() {
        List<String> lacking = lacking();
        CliRun run = CliRun.of("engines", "--plugin-path", folder.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines().get(0)).matches("id +version +mode +capabilities +lacks +options +description");
        String shown = String.join(", ", lacking.subList(0, 5)) + " and " + (lacking.size() - 5) + " more";
        assertThat(run.outLines()).anyMatch(l -> l.startsWith(ID + " ") && l.contains(" " + shown + " "))
                .anyMatch(l -> l.matches("reverse +\\S+ +reverse +[a-z, ]+ +- +- +.*"));
    }

    @Test
    void enginesJsonListsEveryLackingPrimitive() {
        JsonNode json = CliRun.of("engines", "--plugin-path", folder.toString(), "--format", "json").json();

        for (JsonNode engine : json.get("engines")) {
            List<String> names = new ArrayList<>();
            engine.get("unsupportedPrimitives").forEach(n -> names.add(n.asText()));
            String id = engine.get("id").asText();
            assertThat(names).as(id).isEqualTo(id.equals(ID) ? lacking() : List.of());
        }
    }

    @Test
    void gradientOfAFormulaUsingALackingPrimitiveSaysSoInOneLine() {
        CliRun run = CliRun.of("gradient", "--plugin-path", folder.toString(), "--engine", ID,
                "--expr", "x*tanh(y)", "--at", "x=2,y=3");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("error: engine '" + ID + "' lacks primitive 'tanh' (used by node v2);"
                + " see 'autodiffbench engines' for the primitives each engine lacks");
    }

    @Test
    void gradientOfEveryEngineSkipsTheOneThatLacksAPrimitive() {
        CliRun run = CliRun.of("gradient", "--plugin-path", folder.toString(), "--expr", "x*tanh(y)",
                "--at", "x=2,y=3", "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("skipped")).hasSize(1);
        assertThat(json.get("skipped").get(0).get("engine").asText()).isEqualTo(ID);
        assertThat(json.get("skipped").get(0).get("reason").asText())
                .startsWith("engine '" + ID + "' lacks primitive 'tanh'");
        List<String> answered = new ArrayList<>();
        for (JsonNode result : json.get("results")) {
            answered.add(result.get("engine").asText());
            // ∂(x·tanh y)/∂x = tanh y, ∂/∂y = x·(1 − tanh² y)
            assertThat(result.get("gradient").get("x").asDouble()).isCloseTo(Math.tanh(3), within(1e-15));
            assertThat(result.get("gradient").get("y").asDouble())
                    .isCloseTo(2 * (1 - Math.tanh(3) * Math.tanh(3)), within(1e-15));
        }
        assertThat(answered).contains("reverse", "forward").doesNotContain(ID);
    }
}
