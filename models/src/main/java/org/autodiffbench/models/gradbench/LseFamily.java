package org.autodiffbench.models.gradbench;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.OptionSpec;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.models.BuiltModelInstance;
import org.autodiffbench.models.FamilyOptions;
import org.autodiffbench.models.ModelFamily;
import org.autodiffbench.models.ModelFootprint;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.models.SizeRange;

/**
 * GradBench's {@code lse} eval: LSE(x) = a + ln Σ_i exp(x_i − a) with a = max x, for x of n.
 * As the eval's README asks, the default graph composes it from its parts (max, subtract, exp,
 * sum, log, add), so an engine differentiates the max trick itself; with option
 * {@value #FORM}={@value #PRIMITIVE} it is the one logsumexp primitive instead. The size is n
 * (the eval's grid is 2,500 … 1,280,000); the point is drawn uniformly from [0, 1), as the eval
 * draws x.
 */
public final class LseFamily implements ModelFamily {

    public static final String ID = "gb-lse";
    public static final String FORM = "form";
    public static final String COMPOSED = "composed";
    public static final String PRIMITIVE = "primitive";

    private static final int MAX_LENGTH = 4_194_304;
    private static final SizeRange SIZES = new SizeRange(1, MAX_LENGTH, "length n of x");
    private static final List<OptionSpec> OPTIONS = List.of(new OptionSpec(FORM,
            "Is LSE composed from max, exp, sum and log (" + COMPOSED + ") or the one logsumexp primitive ("
                    + PRIMITIVE + ")?", COMPOSED));
    /** The graph's few nodes and names, generously. */
    private static final long GRAPH_BYTES = 4096;

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
        return "GradBench lse: a + ln Σ exp(x_i − a) with a = max x, composed from max, exp, sum and log "
                + "(or the logsumexp primitive with option form); the size is n";
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
        boolean composed = composed(size, options);
        double[] x = UnitUniform.draw(seed, size);
        return new BuiltModelInstance(ID, size, composed ? composedGraph(size) : primitiveGraph(size), x,
                () -> new SoftmaxGradient(size));
    }

    /** The point twice (drawn, then copied by the instance) and the graph's few nodes. */
    @Override
    public Optional<ModelFootprint> footprint(int size, Map<String, String> options) {
        composed(size, options);
        return Optional.of(new ModelFootprint(size, 2 * ModelFootprint.doubles(size) + GRAPH_BYTES));
    }

    private boolean composed(int size, Map<String, String> options) {
        SIZES.require(ID, size);
        FamilyOptions.requireKnown(this, options);
        String form = options.getOrDefault(FORM, COMPOSED);
        if (!form.equals(COMPOSED) && !form.equals(PRIMITIVE)) {
            throw new IllegalArgumentException("option '" + FORM + "' of model '" + ID + "' must be " + COMPOSED
                    + " or " + PRIMITIVE + ", was '" + form + "'");
        }
        return form.equals(COMPOSED);
    }

    /** The model of one eval input x, composed from its parts, with its hand gradient (the softmax). */
    public static ModelInstance model(double[] x) {
        return new BuiltModelInstance(ID, x.length, composedGraph(x.length), x, () -> new SoftmaxGradient(x.length));
    }

    /** a + ln Σ exp(x − a), a = max x, from max, sub, exp, sum, log and add; the input is x, a vector of n. */
    public static Graph composedGraph(int n) {
        GraphBuilder b = new GraphBuilder();
        Var x = b.vector("x", n);
        Var max = b.maxOf(x);
        Var sum = b.sum(b.exp(b.sub(x, max)));
        return b.output(b.add(b.log(sum), max)).build();
    }

    /** The same function as the one logsumexp primitive. */
    public static Graph primitiveGraph(int n) {
        GraphBuilder b = new GraphBuilder();
        return b.output(b.logSumExp(b.vector("x", n))).build();
    }
}
