package org.autodiffbench.harness.gradbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.models.FamilyOptions;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.models.gradbench.LstmFamily;
import org.autodiffbench.models.gradbench.LstmInput;
import org.autodiffbench.results.ModelSpec;

/**
 * GradBench's {@code lstm} eval: {@code objective} is the loss (a number), {@code jacobian} its
 * gradient with respect to main_params and extra_params, each flattened row by row and
 * concatenated (an array), on the {@code gb-lstm} graph of the input.
 */
public final class LstmModule implements GradBenchModule {

    private static final String OBJECTIVE = "objective";
    private static final String JACOBIAN = "jacobian";

    @Override
    public String name() {
        return "lstm";
    }

    @Override
    public String family() {
        return LstmFamily.ID;
    }

    @Override
    public List<String> functions() {
        return List.of(OBJECTIVE, JACOBIAN);
    }

    @Override
    public GradBenchTask task(String function, JsonNode input) {
        if (!functions().contains(function)) {
            throw new IllegalArgumentException("lstm has no function '" + function + "'; its functions are "
                    + String.join(", ", functions()));
        }
        double[][] main = EvalInput.rows(input, "main_params", "lstm");
        double[][] extra = EvalInput.rows(input, "extra_params", "lstm");
        double[][] state = EvalInput.rows(input, "state", "lstm");
        double[][] sequence = EvalInput.rows(input, "sequence", "lstm");
        if (main.length % 2 != 0 || main[0].length % 4 != 0) {
            throw new IllegalArgumentException("lstm input field 'main_params' is " + main.length + " × "
                    + main[0].length + "; it must be 2l × 4b (two rows a layer, four gates of b a row)");
        }
        int layers = main.length / 2;
        int bits = main[0].length / 4;
        requireShape("extra_params", extra, 3, bits);
        requireShape("state", state, 2 * layers, bits);
        requireShape("sequence", sequence, sequence.length, bits);
        LstmInput parsed = new LstmInput(layers, bits, sequence.length, EvalInput.flat(main), EvalInput.flat(extra),
                EvalInput.flat(state), EvalInput.flat(sequence));
        return new LstmTask(function.equals(JACOBIAN), parsed);
    }


    /**
     * {@code objective} for the value and {@code jacobian} for the gradient, on the family's seeded
     * input of the model's layers and characters, each field in the eval's rows.
     */
    @Override
    public Optional<EvalCall> evalCall(ModelSpec model, ModelInstance instance, Operator operator) {
        int layers = FamilyOptions.intOption(new LstmFamily(), model.options(), LstmFamily.LAYERS, 1,
                Integer.MAX_VALUE);
        LstmInput data = LstmFamily.input(layers, model.size(), model.seed());
        int bits = data.bits();
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        input.set("main_params", GraphTask.rows(data.mainParams(), 0, 2 * layers, 4 * bits));
        input.set("extra_params", GraphTask.rows(data.extraParams(), 0, 3, bits));
        input.set("state", GraphTask.rows(data.state(), 0, 2 * layers, bits));
        input.set("sequence", GraphTask.rows(data.sequence(), 0, data.characters(), bits));
        int parameters = instance.point().length;
        return switch (operator) {
            case VALUE -> Optional.of(new EvalCall(OBJECTIVE, input, EvalOutput::number));
            case GRADIENT -> Optional.of(new EvalCall(JACOBIAN, input, out -> EvalOutput.array(out, parameters)));
            default -> Optional.empty();
        };
    }

    /** One evaluate message: the key names the function, l, b, c and a digest of the state and the sequence. */
    private static final class LstmTask implements GradBenchTask {

        private final boolean jacobian;
        private final LstmInput input;
        private final String key;
        private final double[] point;
        private final double[] value = new double[1];
        private final double[] gradient;

        LstmTask(boolean jacobian, LstmInput input) {
            this.jacobian = jacobian;
            this.input = input;
            this.key = "lstm/" + (jacobian ? JACOBIAN : OBJECTIVE) + "/l=" + input.layers() + ",b=" + input.bits()
                    + ",c=" + input.characters() + "/data=" + DataDigest.of(input.state(), input.sequence());
            this.point = input.point();
            this.gradient = new double[jacobian ? point.length : 0];
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public Graph graph() {
            return LstmFamily.graph(input);
        }

        @Override
        public Set<Operator> operators() {
            return Set.of(jacobian ? Operator.GRADIENT : Operator.VALUE);
        }

        @Override
        public void run(PreparedDiff prepared) {
            if (jacobian) {
                value[0] = prepared.gradient(point, gradient);
            } else {
                prepared.value(point, value);
            }
        }

        @Override
        public JsonNode output() {
            if (!jacobian) {
                return DoubleNode.valueOf(value[0]);
            }
            ArrayNode array = JsonNodeFactory.instance.arrayNode(gradient.length);
            for (double g : gradient) {
                array.add(g);
            }
            return array;
        }
    }

    private static void requireShape(String field, double[][] matrix, int rows, int columns) {
        if (matrix.length != rows || matrix[0].length != columns) {
            throw new IllegalArgumentException("lstm input field '" + field + "' is " + matrix.length + " × "
                    + matrix[0].length + "; main_params makes it " + rows + " × " + columns);
        }
    }
}
