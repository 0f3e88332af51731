package org.autodiffbench.harness.gradbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Set;
import org.autodiffbench.api.Operator;
import org.autodiffbench.models.ModelFamilies;
import org.autodiffbench.models.gradbench.LlsqFamily;
import org.autodiffbench.reference.Rho;
import org.junit.jupiter.api.Test;

/** The llsq eval's inputs ({@code LLSQInput}: x, n, and the Runs fields) through the module and the reverse engine. */
class LlsqModuleTest {

    private final GradBenchModule module = new LlsqModule();

    @Test
    void isFoundByTheEvalsNameAndNamesItsFamilyAndFunctions() {
        assertThat(GradBenchModules.find("llsq")).containsInstanceOf(LlsqModule.class);
        assertThat(ModelFamilies.require(module.family()).id()).isEqualTo("gb-llsq");
        assertThat(module.functions()).containsExactly("primal", "gradient");
    }

    /** n = 3, x = (0.5, 2): residuals (0.5, −0.5, −1.5), y = 1.375, gradient (1.5, 2). */
    @Test
    void primalIsANumberAndGradientAnArrayOfXsLength() {
        JsonNode input = ModuleRuns.input("{\"x\": [0.5, 2.0], \"n\": 3, \"min_runs\": 1, \"min_seconds\": 0}");
        GradBenchTask primal = module.task("primal", input);
        assertThat(primal.operators()).containsExactly(Operator.VALUE);
        JsonNode y = ModuleRuns.run(primal, "reverse");
        assertThat(y.isNumber()).as("PrimalOutput = double, was %s", y).isTrue();
        assertThat(y.doubleValue()).isEqualTo(1.375);

        GradBenchTask gradient = module.task("gradient", input);
        assertThat(gradient.operators()).containsExactly(Operator.GRADIENT);
        JsonNode g = ModuleRuns.run(gradient, "reverse");
        assertThat(g.isArray()).as("GradientOutput = double[], was %s", g).isTrue();
        assertThat(ModuleRuns.doubles(g)).containsExactly(1.5, 2.0);
    }

    @Test
    void theGradientAtTheEvalsFirstSizeIsTheHandGradient() {
        double[] x = new LlsqFamily().instance(16, 3L).point();
        JsonNode input = ModuleRuns.input("{\"x\": " + Arrays.toString(x) + ", \"n\": 16, \"min_runs\": 3, \"min_seconds\": 1}");
        double[] expected = new double[x.length];
        double value = LlsqFamily.model(x, 16).handDerivative().orElseThrow().gradient(x, expected);
        JsonNode g = ModuleRuns.run(module.task("gradient", input), "reverse");
        assertThat(g).hasSize(128);
        Rho.assertClose("llsq gradient", ModuleRuns.doubles(g), expected, 1e-12);
        Rho.assertClose("llsq primal", ModuleRuns.run(module.task("primal", input), "reverse").doubleValue(), value, 1e-13);
    }

    @Test
    void tasksShareAGraphByFunctionAndShapeNotByPoint() {
        String a = module.task("gradient", ModuleRuns.input("{\"x\": [1, 2], \"n\": 5}")).key();
        assertThat(module.task("gradient", ModuleRuns.input("{\"x\": [3, 4], \"n\": 5}")).key()).isEqualTo(a);
        assertThat(Set.of(a,
                module.task("primal", ModuleRuns.input("{\"x\": [1, 2], \"n\": 5}")).key(),
                module.task("gradient", ModuleRuns.input("{\"x\": [1, 2], \"n\": 6}")).key(),
                module.task("gradient", ModuleRuns.input("{\"x\": [1, 2, 3], \"n\": 5}")).key())).hasSize(4);
    }

    @Test
    void aBadInputIsRefusedNamingTheField() {
        assertThatThrownBy(() -> module.task("primal", ModuleRuns.input("{\"n\": 3}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the input has no field 'x'");
        assertThatThrownBy(() -> module.task("primal", ModuleRuns.input("{\"x\": [1, \"a\"], \"n\": 3}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("field 'x' must hold numbers only, but element 1 is \"a\"");
        assertThatThrownBy(() -> module.task("primal", ModuleRuns.input("{\"x\": [1], \"n\": 2.5}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("field 'n' must be an integer, was 2.5");
        assertThatThrownBy(() -> module.task("primal", ModuleRuns.input("{\"x\": [1], \"n\": 1}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("field 'n' must be at least 2, was 1: t_i = −1 + 2i/(n − 1) is 0/0 at n = 1");
        assertThatThrownBy(() -> module.task("hessian", ModuleRuns.input("{\"x\": [1], \"n\": 3}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("module 'llsq' has no function 'hessian'; its functions are primal, gradient");
    }
}
