package org.autodiffbench.harness.gradbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.autodiffbench.api.Operator;
import org.autodiffbench.models.ModelFamilies;
import org.autodiffbench.models.gradbench.OdeFamily;
import org.autodiffbench.reference.Rho;
import org.junit.jupiter.api.Test;

/** The ode eval's inputs ({@code ODEInput}: x, s and the Runs fields) through the module and the engines. */
class OdeModuleTest {

    private final GradBenchModule module = new OdeModule();

    @Test
    void isFoundByTheEvalsNameAndNamesItsFamilyAndFunctions() {
        assertThat(GradBenchModules.find("ode")).containsInstanceOf(OdeModule.class);
        assertThat(ModelFamilies.require(module.family()).id()).isEqualTo("gb-ode");
        assertThat(module.functions()).containsExactly("primal", "gradient");
    }

    /**
     * For four elements RK4 is exact (see OdeFamilyTest): y(2) = (2x0, 2x0x1, 4/3·x0x1x2,
     * 2/3·x0x1x2x3) and the gradient of the last is 2/3 times the product of the other three.
     */
    @Test
    void primalIsTheWholeFinalStateAndGradientThatOfItsLastElement() {
        double[] x = {0.5, 0.25, 0.8, 0.6};
        double p = 0.5 * 0.25 * 0.8 * 0.6;
        JsonNode input = ModuleRuns.input("{\"x\": " + Arrays.toString(x) + ", \"s\": 10, \"min_runs\": 1, \"min_seconds\": 0}");
        GradBenchTask primal = module.task("primal", input);
        assertThat(primal.operators()).containsExactly(Operator.VALUE);
        JsonNode y = ModuleRuns.run(primal, "reverse");
        assertThat(y.isArray()).as("PrimalOutput = double[], was %s", y).isTrue();
        Rho.assertClose("y(2)", ModuleRuns.doubles(y), new double[] {1.0, 0.25, 4.0 / 3 * 0.5 * 0.25 * 0.8, 2.0 / 3 * p},
                1e-15);
        for (String engine : new String[] {"reverse", "checkpointed", "forward"}) {
            JsonNode g = ModuleRuns.run(module.task("gradient", input), engine);
            assertThat(g.isArray()).as("GradientOutput = double[], was %s", g).isTrue();
            Rho.assertClose(engine + " gradient of y_3(2)", ModuleRuns.doubles(g),
                    new double[] {2.0 / 3 * p / x[0], 2.0 / 3 * p / x[1], 2.0 / 3 * p / x[2], 2.0 / 3 * p / x[3]}, 1e-15);
        }
    }

    /** x_i = (i + 1)/2 · u_i keeps y_i(2) near 1; at the eval's points it vanishes (see OdeFamilyTest). */
    @Test
    void theGradientIsTheHandAdjointAndThePrimalEndsWithItsValue() {
        Random random = new Random(6);
        double[] x = IntStream.range(0, 30).mapToDouble(i -> (i + 1) / 2.0 * (0.9 + 0.2 * random.nextDouble())).toArray();
        JsonNode input = ModuleRuns.input("{\"x\": " + Arrays.toString(x) + ", \"s\": 10}");
        double[] expected = new double[x.length];
        double last = OdeFamily.model(x, 10).handDerivative().orElseThrow().gradient(x, expected);
        assertThat(Math.abs(last)).isGreaterThan(1e-3);
        JsonNode g = ModuleRuns.run(module.task("gradient", input), "checkpointed");
        assertThat(g).hasSize(30);
        Rho.assertClose("ode gradient", ModuleRuns.doubles(g), expected, 1e-13);
        JsonNode y = ModuleRuns.run(module.task("primal", input), "reverse");
        assertThat(y).hasSize(30);
        Rho.assertClose("last element of the primal", y.get(29).doubleValue(), last, 1e-15);
        assertThat(module.task("primal", input).key()).isNotEqualTo(module.task("gradient", input).key());
    }

    @Test
    void aBadStepCountIsRefusedNamingTheField() {
        assertThatThrownBy(() -> module.task("primal", ModuleRuns.input("{\"x\": [1, 2], \"s\": 0}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("field 's' must be at least 1, was 0: Runge–Kutta needs at least one step");
        assertThatThrownBy(() -> module.task("primal", ModuleRuns.input("{\"x\": [1, 2], \"s\": \"10\"}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("field 's' must be an integer, was \"10\"");
    }
}
