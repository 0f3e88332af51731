package org.autodiffbench.models.mlp;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.autodiffbench.api.ApiVersion;
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
 * The loss of a multilayer perceptron on one sample, as a function of its parameters:
 * input {@value #INPUTS}, two tanh hidden layers of width w, a linear output of {@value #OUTPUTS},
 * loss 0.5·‖y − t‖². The parameters W1 (w×64), b1, W2 (w×w), b2, W3 (10×w), b3 form the point,
 * in that order, row-major: P(w) = w² + 76w + 10. The sample x0 and target t are data inputs.
 *
 * <p>Weights are drawn uniformly from ±1/√fan_in and biases from ±{@value #BIAS_BOUND}; the
 * sample and target from ±1.
 */
public final class MlpWidthFamily implements ModelFamily {

    public static final String ID = "mlp-width";
    public static final int INPUTS = 64;
    public static final int OUTPUTS = 10;

    static final double BIAS_BOUND = 0.1;

    private static final int HIDDEN_LAYERS = 2;

    private static final SizeRange SIZES = new SizeRange(1, 4096, "hidden width w");

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
        return "loss 0.5·‖y − t‖² of a 64-w-w-10 tanh MLP on one sample, as a function of its "
                + "w² + 76w + 10 parameters";
    }

    @Override
    public SizeRange sizes() {
        return SIZES;
    }

    @Override
    public ModelInstance instance(int size, Map<String, String> options, long seed) {
        MlpLayout layout = layout(size, options);
        int w = size;
        Random data = Seeds.random(seed, "data");
        double[] sample = Seeds.uniform(data, INPUTS, 1.0);
        double[] target = Seeds.uniform(data, OUTPUTS, 1.0);
        double[] point = layout.initialParameters(Seeds.random(seed, "point"), BIAS_BOUND);
        return new BuiltModelInstance(ID, w, graph(w, sample, target), point,
                () -> new MlpBackprop(layout, sample, target, DenseKernels.chosen()),
                List.of(NamedBaseline.handScalar(() -> new MlpBackprop(layout, sample, target, ScalarKernels.INSTANCE))));
    }

    @Override
    public Optional<ModelFootprint> footprint(int size, Map<String, String> options) {
        return Optional.of(layout(size, options).footprint());
    }

    /** The checked layout of width {@code size}: the one built and the one estimated. */
    private MlpLayout layout(int size, Map<String, String> options) {
        SIZES.require(ID, size);
        FamilyOptions.requireKnown(this, options);
        return new MlpLayout(size, HIDDEN_LAYERS);
    }

    private static Graph graph(int w, double[] sample, double[] target) {
        GraphBuilder b = new GraphBuilder();
        TwoLayerParameters p = TwoLayerParameters.declare(b, w);
        Var x0 = b.data("x0", Shape.vector(INPUTS), sample);
        Var t = b.data("t", Shape.vector(OUTPUTS), target);
        Var h1 = b.tanh(b.add(b.matVec(p.w1(), x0), p.b1()));
        Var h2 = b.tanh(b.add(b.matVec(p.w2(), h1), p.b2()));
        Var y = b.add(b.matVec(p.w3(), h2), p.b3());
        Var loss = b.mul(b.constant(0.5), b.sum(b.square(b.sub(y, t))));
        return b.output(loss).build();
    }
}
