package org.autodiffbench.harness.gradbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import org.autodiffbench.models.ModelFamilies;
import org.autodiffbench.models.gradbench.LseFamily;
import org.autodiffbench.reference.Rho;
import org.junit.jupiter.api.Test;

/** The lse eval's inputs ({@code LogSumExpInput}: x and the Runs fields) through the module and the reverse engine. */
class LseModuleTest {

    private final GradBenchModule module = new LseModule();

    @Test
    void isFoundByTheEvalsNameAndNamesItsFamilyAndFunctions() {
        assertThat(GradBenchModules.find("lse")).containsInstanceOf(LseModule.class);
        assertThat(ModelFamilies.require(module.family()).id()).isEqualTo("gb-lse");
        assertThat(module.functions()).containsExactly("primal", "gradient");
    }

    /**
     * LSE(1000, 1000 + d) = 1000 + ln(1 + e^d) and its softmax (1, e^d)/(1 + e^d), with d the
     * difference the input holds (ln 3, rounded near 1000): exp(1000) alone would overflow.
     */
    @Test
    void primalIsANumberAndGradientTheSoftmaxAsAnArray() {
        double second = 1000 + Math.log(3);
        double d = second - 1000;
        JsonNode input = ModuleRuns.input("{\"x\": [1000, " + second + "], \"min_runs\": 1, \"min_seconds\": 0}");
        JsonNode y = ModuleRuns.run(module.task("primal", input), "reverse");
        assertThat(y.isNumber()).as("PrimalOutput = double, was %s", y).isTrue();
        Rho.assertClose("LSE", y.doubleValue(), 1000 + Math.log1p(Math.exp(d)), 1e-15);
        JsonNode g = ModuleRuns.run(module.task("gradient", input), "reverse");
        assertThat(g.isArray()).as("GradientOutput = double[], was %s", g).isTrue();
        Rho.assertClose("softmax", ModuleRuns.doubles(g),
                new double[] {1 / (1 + Math.exp(d)), Math.exp(d) / (1 + Math.exp(d))}, 1e-15);
    }

    @Test
    void theGradientAtTheEvalsFirstSizeIsTheHandSoftmax() {
        double[] x = new LseFamily().instance(2500, 9L).point();
        JsonNode input = ModuleRuns.input("{\"x\": " + Arrays.toString(x) + ", \"min_runs\": 1, \"min_seconds\": 1}");
        double[] expected = new double[x.length];
        double value = LseFamily.model(x).handDerivative().orElseThrow().gradient(x, expected);
        JsonNode g = ModuleRuns.run(module.task("gradient", input), "reverse");
        assertThat(g).hasSize(2500);
        Rho.assertClose("lse gradient", ModuleRuns.doubles(g), expected, 1e-14);
        Rho.assertClose("lse primal", ModuleRuns.run(module.task("primal", input), "reverse").doubleValue(), value, 1e-14);
        assertThat(module.task("primal", input).key()).isEqualTo("lse primal n=2500");
    }

    @Test
    void anEmptyOrMissingXIsRefusedNamingTheField() {
        assertThatThrownBy(() -> module.task("gradient", ModuleRuns.input("{\"x\": []}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("field 'x' must be a non-empty array of numbers, was []");
        assertThatThrownBy(() -> module.task("gradient", ModuleRuns.input("[1, 2]")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the input must be a JSON object with field 'x', was [1,2]");
    }
}
