package org.autodiffbench.harness.gradbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.graph.Graph;

/**
 * An eval function that is one engine operator on a graph at the input's point: its value (a
 * {@code double} or a {@code double[]}, as the eval's README types it) or the gradient of its
 * scalar output (a {@code double[]}). The graph is built only when asked for.
 */
final class GraphTask implements GradBenchTask {

    private final String key;
    private final Supplier<Graph> graph;
    private final Operator operator;
    private final double[] x;
    private final double[] result;
    private final boolean number;

    private GraphTask(String key, Supplier<Graph> graph, Operator operator, double[] x, int resultLength,
                      boolean number) {
        this.key = key;
        this.graph = graph;
        this.operator = operator;
        this.x = x;
        this.result = new double[resultLength];
        this.number = number;
    }

    /** The value of a graph with one output, as a {@code double}. */
    static GraphTask number(String key, Supplier<Graph> graph, double[] x) {
        return new GraphTask(key, graph, Operator.VALUE, x, 1, true);
    }

    /** The value of a graph with {@code outputs} outputs, as a {@code double[]}. */
    static GraphTask values(String key, Supplier<Graph> graph, double[] x, int outputs) {
        return new GraphTask(key, graph, Operator.VALUE, x, outputs, false);
    }

    /** The gradient of a graph's scalar output, as a {@code double[]} of x's length. */
    static GraphTask gradient(String key, Supplier<Graph> graph, double[] x) {
        return new GraphTask(key, graph, Operator.GRADIENT, x, x.length, false);
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public Graph graph() {
        return graph.get();
    }

    @Override
    public Set<Operator> operators() {
        return Set.of(operator);
    }

    @Override
    public void run(PreparedDiff prepared) {
        if (operator == Operator.GRADIENT) {
            prepared.gradient(x, result);
        } else {
            prepared.value(x, result);
        }
    }

    @Override
    public JsonNode output() {
        return number ? JsonNodeFactory.instance.numberNode(result[0]) : array(result);
    }

    static ArrayNode array(double[] values) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode(values.length);
        for (double value : values) {
            array.add(value);
        }
        return array;
    }

    /** {@code count} rows of {@code columns} numbers of the row-major {@code flat} from {@code offset}, as a double[][]. */
    static ArrayNode rows(double[] flat, int offset, int count, int columns) {
        ArrayNode rows = JsonNodeFactory.instance.arrayNode(count);
        for (int r = 0; r < count; r++) {
            int start = offset + r * columns;
            rows.add(array(Arrays.copyOfRange(flat, start, start + columns)));
        }
        return rows;
    }
}
