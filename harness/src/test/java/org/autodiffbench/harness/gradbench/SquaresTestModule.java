package org.autodiffbench.harness.gradbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Set;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Var;

/**
 * A test module in the shape of GradBench's real evals: f(x) = Σ xᵢ² of an input object
 * {@code {"x": [...], "min_runs": r, "min_seconds": s}}. {@code value} and {@code gradient}
 * answer; {@code hessian} is refused; {@code crash} fails while it runs, as a bug would.
 */
final class SquaresTestModule implements GradBenchModule {

    static final String REFUSAL = "the hessian needs second derivatives, which no engine here computes";
    static final String CRASH = "a bug\nover two lines";

    @Override
    public String name() {
        return "squares";
    }

    @Override
    public String family() {
        return "squares-test";
    }

    @Override
    public List<String> functions() {
        return List.of("value", "gradient", "hessian", "crash");
    }

    @Override
    public GradBenchTask task(String function, JsonNode input) {
        if (function.equals("hessian")) {
            throw new GradBenchRefusal(REFUSAL);
        }
        JsonNode xs = input.get("x");
        if (xs == null || !xs.isArray()) {
            throw new IllegalArgumentException("squares: field x must be an array of numbers");
        }
        double[] x = new double[xs.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = xs.get(i).doubleValue();
        }
        return new SquaresTask(function, x);
    }

    private static final class SquaresTask implements GradBenchTask {

        private final String function;
        private final double[] x;
        private final double[] value = new double[1];
        private final double[] gradient;

        SquaresTask(String function, double[] x) {
            this.function = function;
            this.x = x;
            this.gradient = new double[x.length];
        }

        @Override
        public String key() {
            return "squares/" + function + "/" + x.length;
        }

        @Override
        public Graph graph() {
            GraphBuilder b = new GraphBuilder();
            Var v = b.vector("x", x.length);
            return b.output(b.dot(v, v)).build();
        }

        @Override
        public Set<Operator> operators() {
            return Set.of(function.equals("value") ? Operator.VALUE : Operator.GRADIENT);
        }

        @Override
        public void run(PreparedDiff prepared) {
            switch (function) {
                case "value" -> prepared.value(x, value);
                case "gradient" -> prepared.gradient(x, gradient);
                default -> throw new IllegalStateException(CRASH);
            }
        }

        @Override
        public JsonNode output() {
            if (function.equals("value")) {
                return DoubleNode.valueOf(value[0]);
            }
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            for (double g : gradient) {
                array.add(g);
            }
            return array;
        }
    }
}
