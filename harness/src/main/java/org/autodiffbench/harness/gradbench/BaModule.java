package org.autodiffbench.harness.gradbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.models.gradbench.BaFamily;
import org.autodiffbench.models.gradbench.BaInput;
import org.autodiffbench.models.gradbench.BaProblem;
import org.autodiffbench.models.gradbench.BaResiduals;
import org.autodiffbench.models.gradbench.BaSparseJacobian;

/**
 * GradBench's {@code ba} module: bundle adjustment's {@code objective} and its sparse
 * {@code jacobian}, both from one graph of a single observation block run once per observation
 * (p value calls, or p Jacobian calls of 3 × 15). The input is {@code BAInput}: n, m, p and one
 * camera, point, weight and feature, which the task duplicates as the eval asks.
 *
 * <p>The outputs are those the eval validates, which compares them key by key with GradBench's
 * reference C++ tool: {@code jacobian} is {@code BAJacobianOutput}, the first 30 and the last
 * entry of the compressed-row rows, cols and vals (fewer when a list is shorter than 30).
 * {@code objective} is the reference tool's {@code {"reproj_error": {"elements": [e₀, e₁],
 * "repeated": p}, "w_err": {"element": w₀, "repeated": p}}}, not the README's
 * {@code BAObjectiveOutput} of two full arrays, which the eval would reject.
 *
 * <p>It has no {@link #evalCall}, so a campaign does not measure a GradBench tool on {@code gb-ba}.
 * The numbers would read back: every observation of the problem ba k is the same block
 * ({@link BaProblem} copies one camera, point and weight, and the feature is shared), so the
 * first observation's reprojection and weight errors are the block's value, and the 30 leading
 * Jacobian entries with the last are its 31 non-zero derivatives. The work would not: the tool's
 * {@code evaluate} timings cover p blocks (31 843 at k = 1, 9 125 125 at k = 19) and the sparse
 * assembly, while this project's engines in the same cell time one block, so the cell would set
 * timings of different work side by side.
 */
public final class BaModule implements GradBenchModule {

    private static final String OBJECTIVE = "objective";
    private static final String JACOBIAN = "jacobian";
    /** The leading entries of each list that a Jacobian output keeps, before the last one. */
    private static final int LEADING = 30;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Override
    public String name() {
        return "ba";
    }

    @Override
    public String family() {
        return BaFamily.ID;
    }

    @Override
    public List<String> functions() {
        return List.of(OBJECTIVE, JACOBIAN);
    }

    @Override
    public GradBenchTask task(String function, JsonNode input) {
        if (!functions().contains(function)) {
            throw new IllegalArgumentException("module ba has no function '" + function + "'; it has "
                    + String.join(", ", functions()));
        }
        BaInput ba = parse(input);
        return function.equals(OBJECTIVE) ? new ObjectiveTask(ba) : new JacobianTask(ba);
    }

    /**
     * @throws IllegalArgumentException naming the field that is missing or not of BAInput's type
     */
    static BaInput parse(JsonNode input) {
        if (input == null || !input.isObject()) {
            throw new IllegalArgumentException("ba's input must be an object with fields n, m, p, cam, x, w, feat");
        }
        return new BaInput(integer(input, "n"), integer(input, "m"), integer(input, "p"), numbers(input, "cam"),
                numbers(input, "x"), number(input, "w"), numbers(input, "feat"));
    }

    private static int integer(JsonNode input, String field) {
        JsonNode node = input.get(field);
        if (node == null || !node.canConvertToInt() || !node.isIntegralNumber()) {
            throw new IllegalArgumentException("ba's input field '" + field + "' must be an int, was " + node);
        }
        return node.intValue();
    }

    private static double number(JsonNode input, String field) {
        JsonNode node = input.get(field);
        if (node == null || !node.isNumber()) {
            throw new IllegalArgumentException("ba's input field '" + field + "' must be a number, was " + node);
        }
        return node.doubleValue();
    }

    private static double[] numbers(JsonNode input, String field) {
        JsonNode node = input.get(field);
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException("ba's input field '" + field + "' must be an array of numbers, was " + node);
        }
        double[] values = new double[node.size()];
        for (int i = 0; i < values.length; i++) {
            if (!node.get(i).isNumber()) {
                throw new IllegalArgumentException("ba's input field '" + field + "' must be an array of numbers; entry "
                        + i + " is " + node.get(i));
            }
            values[i] = node.get(i).doubleValue();
        }
        return values;
    }

    /** The graph of one block; tasks share it when they observe the same feature. */
    private abstract static class BlockTask implements GradBenchTask {

        final BaInput input;
        final BaProblem problem;

        BlockTask(BaInput input) {
            this.input = input;
            this.problem = new BaProblem(input);
        }

        abstract String function();

        @Override
        public String key() {
            double[] feat = input.feat();
            return "ba/" + function() + "/feat=" + feat[0] + "," + feat[1];
        }

        @Override
        public Graph graph() {
            return BaFamily.blockGraph(input.feat());
        }
    }

    /** reproj_err and w_err: p value calls of the block. */
    private static final class ObjectiveTask extends BlockTask {

        private final BaResiduals residuals;

        ObjectiveTask(BaInput input) {
            super(input);
            residuals = new BaResiduals(problem);
        }

        @Override
        String function() {
            return OBJECTIVE;
        }

        @Override
        public Set<Operator> operators() {
            return Set.of(Operator.VALUE);
        }

        @Override
        public void run(PreparedDiff prepared) {
            residuals.evaluate(prepared::value);
        }

        @Override
        public JsonNode output() {
            double[] reprojection = residuals.reprojection();
            double[] weight = residuals.weight();
            ObjectNode reprojectionError = JSON.objectNode();
            reprojectionError.putArray("elements").add(reprojection[0]).add(reprojection[1]);
            reprojectionError.put("repeated", reprojection.length / 2);
            ObjectNode weightError = JSON.objectNode();
            weightError.put("element", weight[0]);
            weightError.put("repeated", weight.length);
            ObjectNode output = JSON.objectNode();
            output.set("reproj_error", reprojectionError);
            output.set("w_err", weightError);
            return output;
        }
    }

    /** The sparse Jacobian: p Jacobian calls of the block, assembled in compressed rows. */
    private static final class JacobianTask extends BlockTask {

        private final BaSparseJacobian jacobian;

        JacobianTask(BaInput input) {
            super(input);
            jacobian = new BaSparseJacobian(problem);
        }

        @Override
        String function() {
            return JACOBIAN;
        }

        @Override
        public Set<Operator> operators() {
            return Set.of(Operator.JACOBIAN);
        }

        @Override
        public void run(PreparedDiff prepared) {
            jacobian.assemble(prepared::jacobian);
        }

        @Override
        public JsonNode output() {
            ObjectNode output = JSON.objectNode();
            ArrayNode rows = output.putArray("rows");
            ArrayNode cols = output.putArray("cols");
            ArrayNode vals = output.putArray("vals");
            int[] allRows = jacobian.rows();
            int[] allCols = jacobian.cols();
            double[] allVals = jacobian.vals();
            for (int i : leadingAndLast(allRows.length)) {
                rows.add(allRows[i]);
            }
            for (int i : leadingAndLast(allCols.length)) {
                cols.add(allCols[i]);
                vals.add(allVals[i]);
            }
            return output;
        }

        /** Indices 0 … 29 (or fewer) and the last one, as GradBench's tools shorten each list. */
        private static int[] leadingAndLast(int length) {
            int leading = Math.min(LEADING, length);
            int[] indices = new int[leading + 1];
            for (int i = 0; i < leading; i++) {
                indices[i] = i;
            }
            indices[leading] = length - 1;
            return indices;
        }
    }
}
