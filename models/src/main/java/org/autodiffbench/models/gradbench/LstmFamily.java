package org.autodiffbench.models.gradbench;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.OptionSpec;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Shape;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.models.BuiltModelInstance;
import org.autodiffbench.models.FamilyOptions;
import org.autodiffbench.models.ModelFamily;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.models.Seeds;
import org.autodiffbench.models.SizeRange;

/**
 * GradBench's {@code lstm} eval (from ADBench): an l-layer LSTM whose weight matrices are
 * diagonal reads a character sequence x_0 … x_{c−1}, one vector of b bits per character, and
 * predicts each next character. Per step t and layer j, with u the layer's input (x_t ∘ w_in for
 * the first layer, the new hidden state of the layer below otherwise) and (h, s) its state:
 * <pre>
 *   f = σ(u ∘ w_f + b_f),  i = σ(h ∘ w_i + b_i),  o = σ(u ∘ w_o + b_o),  g = tanh(h ∘ w_c + b_c)
 *   s ← s ∘ f + i ∘ g,     h ← o ∘ tanh(s)
 * </pre>
 * The prediction is y = h_top ∘ w_out + b_out, normalised by lse = log(Σ_k exp(y_k) + 2) (the
 * eval's "+ 2" kept), and the loss is −Σ_{t &lt; c−1} x_{t+1} · (y_t − lse_t) / ((c − 1)·b). The
 * parameters are the eval's main_params and extra_params ({@link LstmInput}); the state and the
 * sequence are data.
 *
 * <p>Step t is stage t: it reads the states and the running sum of stage t − 1, the parameters and
 * the data, so the checkpointed engine applies. The size is c, the characters; option
 * {@value #LAYERS} is l. As GradBench's run.py does, the family draws the state, then main_params
 * and extra_params uniformly from [0, 1); its text is c characters drawn uniformly from printable
 * ASCII (32 to 126), each encoded as in run.py by its 7 bits, most significant first (b = 7, what
 * run.py gives for any text whose largest code is 65 to 127, like its English text). The eval's
 * grid is l ∈ {2, 4, 6}, c ∈ {1024, 4096, 8192}; both ranges stop at its largest, and the whole
 * grid fits a 2-core, 24 GiB machine: at l = 6, c = 8192 ({@code gradient --engine all}, forward mode's
 * 357 sweeps included) the process peaked at 1.6 GB resident.
 */
public final class LstmFamily implements ModelFamily {

    public static final String ID = "gb-lstm";
    public static final String LAYERS = "layers";
    /** Bits per character of the family's text: printable ASCII needs 7. */
    public static final int BITS = 7;

    private static final int FIRST_CHARACTER = 32;
    private static final int LAST_CHARACTER = 126;
    private static final int MAX_LAYERS = 6;
    private static final SizeRange SIZES = new SizeRange(2, 8192, "sequence length c (characters)");
    private static final List<OptionSpec> OPTIONS = List.of(
            new OptionSpec(LAYERS, "How many LSTM layers l (1 to " + MAX_LAYERS + ")?", "2"));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public String description() {
        return "GradBench lstm: mean log-loss of an l-layer diagonal LSTM predicting each next character "
                + "of a c-character sequence (7 bits each), as a function of main_params and extra_params; "
                + "one stage per character";
    }

    @Override
    public SizeRange sizes() {
        return SIZES;
    }

    @Override
    public List<OptionSpec> options() {
        return OPTIONS;
    }

    @Override
    public ModelInstance instance(int size, Map<String, String> options, long seed) {
        SIZES.require(ID, size);
        FamilyOptions.requireKnown(this, options);
        return model(input(FamilyOptions.intOption(this, options, LAYERS, 1, MAX_LAYERS), size, seed));
    }

    /**
     * The family's input of l layers and c characters for a seed: the text, then the state, from
     * one stream; main_params, then extra_params, from another, as the class comment says.
     */
    public static LstmInput input(int layers, int characters, long seed) {
        Random data = Seeds.random(seed, "data");
        double[] sequence = new double[characters * BITS];
        for (int t = 0; t < characters; t++) {
            int code = FIRST_CHARACTER + data.nextInt(LAST_CHARACTER - FIRST_CHARACTER + 1);
            for (int bit = 0; bit < BITS; bit++) {
                sequence[t * BITS + bit] = (code >> (BITS - 1 - bit)) & 1;
            }
        }
        double[] state = unitUniform(data, 2 * layers * BITS);
        Random point = Seeds.random(seed, "point");
        double[] mainParams = unitUniform(point, 8 * layers * BITS);
        double[] extraParams = unitUniform(point, 3 * BITS);
        return new LstmInput(layers, BITS, characters, mainParams, extraParams, state, sequence);
    }

    /** The model of one eval input: its graph, its point (main_params then extra_params) and its hand gradient. */
    public static ModelInstance model(LstmInput input) {
        return new BuiltModelInstance(ID, input.characters(), graph(input), input.point(), () -> new LstmBackprop(input));
    }

    private static double[] unitUniform(Random random, int length) {
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = random.nextDouble();
        }
        return values;
    }

    /** One layer's parameters, declared in the order of its two rows of main_params. */
    private record LayerParameters(Var forgetWeight, Var inputWeight, Var outputWeight, Var changeWeight,
                                   Var forgetBias, Var inputBias, Var outputBias, Var changeBias) {

        static LayerParameters declare(GraphBuilder g, int layer, int bits) {
            String p = "layer" + layer + ".";
            return new LayerParameters(g.vector(p + "forget_weight", bits), g.vector(p + "input_weight", bits),
                    g.vector(p + "output_weight", bits), g.vector(p + "change_weight", bits),
                    g.vector(p + "forget_bias", bits), g.vector(p + "input_bias", bits),
                    g.vector(p + "output_bias", bits), g.vector(p + "change_bias", bits));
        }
    }

    /** The graph of one eval input; {@link LstmBackprop} evaluates the same expressions. */
    public static Graph graph(LstmInput input) {
        int layers = input.layers();
        int bits = input.bits();
        int characters = input.characters();
        GraphBuilder g = new GraphBuilder();
        LayerParameters[] parameters = new LayerParameters[layers];
        for (int j = 0; j < layers; j++) {
            parameters[j] = LayerParameters.declare(g, j, bits);
        }
        Var inWeight = g.vector("in_weight", bits);
        Var outWeight = g.vector("out_weight", bits);
        Var outBias = g.vector("out_bias", bits);
        Var state = g.data("state", Shape.vector(2 * layers * bits), input.state());
        Var sequence = g.data("sequence", Shape.vector(characters * bits), input.sequence());
        Var two = g.constant(2.0);
        Var scale = g.constant(-1.0 / ((double) (characters - 1) * bits));

        Var[] hidden = new Var[layers];
        Var[] cell = new Var[layers];
        for (int j = 0; j < layers; j++) {
            hidden[j] = g.slice(state, 2 * j * bits, bits);
            cell[j] = g.slice(state, (2 * j + 1) * bits, bits);
        }
        Var total = null;
        for (int t = 0; t < characters - 1; t++) {
            if (t > 0) {
                g.nextStage();
            }
            Var layerInput = g.mul(g.slice(sequence, t * bits, bits), inWeight);
            for (int j = 0; j < layers; j++) {
                LayerParameters p = parameters[j];
                Var forget = g.sigmoid(g.add(g.mul(layerInput, p.forgetWeight()), p.forgetBias()));
                Var ingate = g.sigmoid(g.add(g.mul(hidden[j], p.inputWeight()), p.inputBias()));
                Var outgate = g.sigmoid(g.add(g.mul(layerInput, p.outputWeight()), p.outputBias()));
                Var change = g.tanh(g.add(g.mul(hidden[j], p.changeWeight()), p.changeBias()));
                cell[j] = g.add(g.mul(cell[j], forget), g.mul(ingate, change));
                hidden[j] = g.mul(outgate, g.tanh(cell[j]));
                layerInput = hidden[j];
            }
            Var prediction = g.add(g.mul(layerInput, outWeight), outBias);
            Var lse = g.log(g.add(g.sum(g.exp(prediction)), two));
            Var next = g.slice(sequence, (t + 1) * bits, bits);
            Var step = g.dot(next, g.sub(prediction, lse));
            total = total == null ? step : g.add(total, step);
        }
        return g.output(g.mul(scale, total)).build();
    }
}
