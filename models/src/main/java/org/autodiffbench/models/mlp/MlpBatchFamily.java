package org.autodiffbench.models.mlp;

import static org.autodiffbench.models.mlp.MlpWidthFamily.BIAS_BOUND;
import static org.autodiffbench.models.mlp.MlpWidthFamily.INPUTS;
import static org.autodiffbench.models.mlp.MlpWidthFamily.OUTPUTS;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.OptionSpec;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Shape;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.api.kernels.DenseKernels;
import org.autodiffbench.api.kernels.ScalarKernels;
import org.autodiffbench.models.BuiltModelInstance;
import org.autodiffbench.models.FamilyOptions;
import org.autodiffbench.models.ModelFamily;
import org.autodiffbench.models.ModelFootprint;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.models.NamedBaseline;
import org.autodiffbench.models.Seeds;
import org.autodiffbench.models.SizeRange;

/**
 * The {@code mlp-width} network, 64-w-w-10 with tanh, on a batch of B samples: the samples are
 * the columns of a data matrix X (64×B) and their targets the columns of T (10×B), and the loss
 * is the mean (1/B)·Σ_b 0.5·‖y_b − t_b‖². Each layer is one matrix product, H = tanh(W·X + b·1ᵀ),
 * its bias repeated over the batch with broadcast_columns. Parameters, their order and their
 * initialisation are those of {@code mlp-width}: P(w) = w² + 76w + 10, whatever B is.
 *
 * <p>The size is the batch B at the width option (default 64), or, with option {@value #BATCH},
 * the width w at that fixed batch. Sample b and its target are drawn, in that order, as
 * {@code mlp-width} draws its one sample, so at B = 1 the model is {@code mlp-width}'s.
 */
public final class MlpBatchFamily implements ModelFamily {

    public static final String ID = "mlp-batch";
    public static final String WIDTH = "width";
    public static final String BATCH = "batch";

    private static final int HIDDEN_LAYERS = 2;
    private static final int MAX_WIDTH = 4096;
    private static final int MAX_BATCH = 65536;
    private static final String BATCH_MEANING = "batch size B";
    private static final String WIDTH_MEANING = "hidden width w";
    private static final SizeRange WIDTH_SIZES = new SizeRange(1, MAX_WIDTH, WIDTH_MEANING);
    private static final SizeRange SIZES = new SizeRange(1, MAX_BATCH,
            BATCH_MEANING + " (or " + WIDTH_MEANING + ", 1 to " + MAX_WIDTH + ", with option " + BATCH + ")");
    private static final List<OptionSpec> OPTIONS = List.of(
            new OptionSpec(WIDTH, "How wide are the two hidden layers (1 to " + MAX_WIDTH
                    + "), when the size is the batch?", "64"),
            new OptionSpec(BATCH, "Which fixed batch (1 to " + MAX_BATCH
                    + ") makes the size the hidden width instead of the batch?", "none"));
    /** The graph's nodes, inputs and names, generously. */
    private static final long GRAPH_BYTES = 3 * 4096;

    /** The hidden width and the batch of one model. */
    private record Dimensions(int width, int batch) {
    }

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
        return "mean loss (1/B)·Σ 0.5·‖y_b − t_b‖² of mlp-width's 64-w-w-10 tanh MLP over a batch of B samples, "
                + "with matrix products; the size is B, or w with option batch";
    }

    @Override
    public SizeRange sizes() {
        return SIZES;
    }

    @Override
    public String sizeMeaning(Map<String, String> options) {
        return options.containsKey(BATCH) ? WIDTH_MEANING : BATCH_MEANING;
    }

    @Override
    public List<OptionSpec> options() {
        return OPTIONS;
    }

    @Override
    public ModelInstance instance(int size, Map<String, String> options, long seed) {
        Dimensions d = dimensions(size, options);
        MlpLayout layout = new MlpLayout(d.width(), HIDDEN_LAYERS);
        Random data = Seeds.random(seed, "data");
        double[] samples = new double[INPUTS * d.batch()];
        double[] targets = new double[OUTPUTS * d.batch()];
        for (int b = 0; b < d.batch(); b++) {
            setColumn(samples, b, d.batch(), Seeds.uniform(data, INPUTS, 1.0));
            setColumn(targets, b, d.batch(), Seeds.uniform(data, OUTPUTS, 1.0));
        }
        double[] point = layout.initialParameters(Seeds.random(seed, "point"), BIAS_BOUND);
        return new BuiltModelInstance(ID, size, graph(d, samples, targets), point,
                () -> new MlpBatchBackprop(layout, d.batch(), samples, targets, DenseKernels.chosen()),
                List.of(NamedBaseline.handScalar(
                        () -> new MlpBatchBackprop(layout, d.batch(), samples, targets, ScalarKernels.INSTANCE))));
    }

    /**
     * The point twice (drawn, then copied by the instance), X and T twice (drawn, then copied into
     * the graph) and the graph's few nodes.
     */
    @Override
    public Optional<ModelFootprint> footprint(int size, Map<String, String> options) {
        Dimensions d = dimensions(size, options);
        ModelFootprint parameters = new MlpLayout(d.width(), HIDDEN_LAYERS).footprint();
        long data = 2 * (ModelFootprint.doubles((long) INPUTS * d.batch())
                + ModelFootprint.doubles((long) OUTPUTS * d.batch()));
        return Optional.of(new ModelFootprint(parameters.parameters(), parameters.bytes() + data + GRAPH_BYTES));
    }

    /** The checked width and batch of a size and options: the ones built and the ones estimated. */
    private Dimensions dimensions(int size, Map<String, String> options) {
        FamilyOptions.requireKnown(this, options);
        if (!options.containsKey(BATCH)) {
            SIZES.require(ID, size);
            return new Dimensions(FamilyOptions.intOption(this, options, WIDTH, 1, MAX_WIDTH), size);
        }
        if (options.containsKey(WIDTH)) {
            throw new IllegalArgumentException("model '" + ID + "' takes option '" + WIDTH + "' or option '" + BATCH
                    + "', not both: with '" + BATCH + "' the size is the width; drop one of them");
        }
        WIDTH_SIZES.require(ID, size);
        return new Dimensions(size, FamilyOptions.intOption(this, options, BATCH, 1, MAX_BATCH));
    }

    /** Writes {@code values} into column {@code column} of a row-major matrix with {@code columns} columns. */
    private static void setColumn(double[] matrix, int column, int columns, double[] values) {
        for (int i = 0; i < values.length; i++) {
            matrix[i * columns + column] = values[i];
        }
    }

    private static Graph graph(Dimensions d, double[] samples, double[] targets) {
        int w = d.width();
        int batch = d.batch();
        GraphBuilder b = new GraphBuilder();
        TwoLayerParameters p = TwoLayerParameters.declare(b, w);
        Var x = b.data("X", Shape.matrix(INPUTS, batch), samples);
        Var t = b.data("T", Shape.matrix(OUTPUTS, batch), targets);
        Var h1 = b.tanh(b.add(b.matMul(p.w1(), x), b.broadcastColumns(p.b1(), batch)));
        Var h2 = b.tanh(b.add(b.matMul(p.w2(), h1), b.broadcastColumns(p.b2(), batch)));
        Var y = b.add(b.matMul(p.w3(), h2), b.broadcastColumns(p.b3(), batch));
        Var loss = b.mul(b.constant(0.5 / batch), b.sum(b.square(b.sub(y, t))));
        return b.output(loss).build();
    }
}
