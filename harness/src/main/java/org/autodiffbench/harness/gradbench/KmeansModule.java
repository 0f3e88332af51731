package org.autodiffbench.harness.gradbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.graph.Input;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.models.gradbench.KmeansFamily;
import org.autodiffbench.results.ModelSpec;

/**
 * GradBench's {@code kmeans} eval on the {@code gb-kmeans} family: input {@code {points:
 * double[][], centroids: double[][]}}, {@code cost} Σ_i min_j |C_j − P_i|² (a {@code double}).
 * {@code dir} is refused: it is J·H⁻¹ with H the Hessian's diagonal, a second derivative. Tasks
 * of one shape and one set of points share a graph, which holds the points.
 */
public final class KmeansModule implements GradBenchModule {

    private static final String COST = "cost";
    private static final String DIR = "dir";

    @Override
    public String name() {
        return "kmeans";
    }

    @Override
    public String family() {
        return KmeansFamily.ID;
    }

    @Override
    public List<String> functions() {
        return List.of(COST, DIR);
    }

    @Override
    public GradBenchTask task(String function, JsonNode input) {
        if (function.equals(DIR)) {
            throw new GradBenchRefusal("kmeans dir needs the Hessian's diagonal, a second derivative, "
                    + "which this project's engines do not compute");
        }
        if (!function.equals(COST)) {
            throw new IllegalArgumentException("module kmeans has no function '" + function + "'; it has "
                    + String.join(", ", functions()));
        }
        double[][] pointRows = EvalInput.rows(input, "points", "kmeans");
        double[][] centroidRows = EvalInput.rows(input, "centroids", "kmeans");
        int n = pointRows.length;
        int d = pointRows[0].length;
        int k = centroidRows.length;
        if (centroidRows[0].length != d) {
            throw new IllegalArgumentException("kmeans input field 'centroids' has rows of " + centroidRows[0].length
                    + " numbers; the points make d = " + d);
        }
        double[] points = EvalInput.flat(pointRows);
        String key = "kmeans/cost/n=" + n + ",d=" + d + ",k=" + k + "/points=" + DataDigest.of(points);
        return GraphTask.number(key, () -> KmeansFamily.graph(points, n, d, k), EvalInput.flat(centroidRows));
    }

    /**
     * {@code cost} for the value, on the model's points and centroids. The eval has no function for
     * the gradient ({@code dir} is a Newton direction, which needs the Hessian's diagonal), so a
     * gradient cell has none either.
     */
    @Override
    public Optional<EvalCall> evalCall(ModelSpec model, ModelInstance instance, Operator operator) {
        if (operator != Operator.VALUE) {
            return Optional.empty();
        }
        Input points = instance.graph().input(KmeansFamily.POINTS_INPUT).orElseThrow();
        Input centroids = instance.graph().input(KmeansFamily.CENTROIDS_INPUT).orElseThrow();
        int d = points.shape().cols();
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        input.set("points", GraphTask.rows(points.data(), 0, points.shape().rows(), d));
        input.set("centroids", GraphTask.rows(instance.point(), 0, centroids.shape().rows(), d));
        return Optional.of(new EvalCall(COST, input, EvalOutput::number));
    }
}

