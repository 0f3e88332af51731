package org.autodiffbench.harness.gradbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.models.ModelFamilies;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.models.gradbench.KmeansFamily;
import org.autodiffbench.reference.Rho;
import org.junit.jupiter.api.Test;

/** The kmeans eval's inputs ({@code KMeansInput}: points, centroids and the Runs fields) through the module. */
class KmeansModuleTest {

    /** Points (0, 0), (1, 1), (3, 4) and centroids (1, 0), (3, 3): squared distances 1, 1 and 1 to the nearest. */
    private static final String HAND_INPUT = "{\"points\": [[0, 0], [1, 1], [3, 4]], \"centroids\": [[1, 0], [3, 3]], "
            + "\"min_runs\": 1, \"min_seconds\": 0}";

    private final GradBenchModule module = new KmeansModule();

    @Test
    void isFoundByTheEvalsNameAndNamesItsFamilyAndFunctions() {
        assertThat(GradBenchModules.find("kmeans")).containsInstanceOf(KmeansModule.class);
        assertThat(ModelFamilies.require(module.family()).id()).isEqualTo("gb-kmeans");
        assertThat(module.functions()).containsExactly("cost", "dir");
    }

    @Test
    void costIsANumberFromTheHandCalculation() {
        JsonNode cost = ModuleRuns.run(module.task("cost", ModuleRuns.input(HAND_INPUT)), "reverse");
        assertThat(cost.isNumber()).as("CostOutput = number, was %s", cost).isTrue();
        Rho.assertClose("cost", cost.doubleValue(), 3, 1e-15);
    }

    /** An input of the eval's smallest size, k = 10, n = 1000, d = 8: random points, the last k of them the centroids. */
    @Test
    void costAtTheEvalsSmallestSizeIsTheDirectSumOfDistances() {
        ModelInstance model = new KmeansFamily().instance(10, Map.of(), 4L);
        double[] centroids = model.point();
        double[] points = pointsEndingWith(centroids, 990, 8, 5L);
        String input = "{\"points\": " + rows(points, 8) + ", \"centroids\": " + rows(centroids, 8) + "}";
        double expected = 0;
        for (int i = 0; i < 1000; i++) {
            double nearest = Double.POSITIVE_INFINITY;
            for (int j = 0; j < 10; j++) {
                double sum = 0;
                for (int c = 0; c < 8; c++) {
                    sum += Math.pow(points[i * 8 + c] - centroids[j * 8 + c], 2);
                }
                nearest = Math.min(nearest, sum);
            }
            expected += nearest;
        }

        GradBenchTask task = module.task("cost", ModuleRuns.input(input));
        Rho.assertClose("cost", ModuleRuns.run(task, "reverse").doubleValue(), expected, 1e-13);
        assertThat(task.key()).startsWith("kmeans/cost/n=1000,d=8,k=10/points=");
        assertThat(module.task("cost", ModuleRuns.input(input)).key()).isEqualTo(task.key());
    }

    @Test
    void dirIsRefusedInOneLineAndTheSessionGoesOn() {
        assertThatThrownBy(() -> module.task("dir", ModuleRuns.input(HAND_INPUT)))
                .isInstanceOf(GradBenchRefusal.class)
                .hasMessage("kmeans dir needs the Hessian's diagonal, a second derivative, "
                        + "which this project's engines do not compute");

        GradBenchSession session = new GradBenchSession(EngineRegistry.discover().require("reverse"),
                EngineOptions.none(), List.of(module));
        Transcript transcript = Transcript.of(session,
                "{\"id\": 0, \"kind\": \"define\", \"module\": \"kmeans\"}",
                "{\"id\": 1, \"kind\": \"evaluate\", \"module\": \"kmeans\", \"function\": \"cost\", \"input\": "
                        + HAND_INPUT + "}",
                "{\"id\": 2, \"kind\": \"evaluate\", \"module\": \"kmeans\", \"function\": \"dir\", \"input\": "
                        + HAND_INPUT + "}");
        assertThat(transcript.response(0).get("success").booleanValue()).isTrue();
        assertThat(transcript.response(1).get("success").booleanValue()).isTrue();
        Rho.assertClose("session cost", transcript.response(1).get("output").doubleValue(), 3, 1e-15);
        assertThat(Transcript.timingNames(transcript.response(1))).contains("evaluate");
        JsonNode dir = transcript.response(2);
        assertThat(dir.get("success").booleanValue()).isFalse();
        assertThat(dir.get("error").textValue()).contains("second derivative").doesNotContain("\n");
    }

    @Test
    void centroidsOfAnotherDimensionOrAMissingFieldAreRefusedNamingTheField() {
        assertThatThrownBy(() -> module.task("cost", ModuleRuns.input("{\"points\": [[0, 0]], \"centroids\": [[1]]}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kmeans input field 'centroids' has rows of 1 numbers; the points make d = 2");
        assertThatThrownBy(() -> module.task("cost", ModuleRuns.input("{\"centroids\": [[1]]}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kmeans input field 'points' is missing or not a non-empty array of rows (double[][])");
    }

    /** {@code count} random points of d coordinates followed by the centroids, as the eval appends them. */
    private static double[] pointsEndingWith(double[] centroids, int count, int d, long seed) {
        Random random = new Random(seed);
        double[] points = new double[count * d + centroids.length];
        for (int i = 0; i < count * d; i++) {
            points[i] = random.nextDouble();
        }
        System.arraycopy(centroids, 0, points, count * d, centroids.length);
        return points;
    }

    private static String rows(double[] values, int d) {
        return IntStream.range(0, values.length / d)
                .mapToObj(r -> Arrays.toString(Arrays.copyOfRange(values, r * d, r * d + d)))
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
