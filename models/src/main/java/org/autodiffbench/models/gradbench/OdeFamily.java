package org.autodiffbench.models.gradbench;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.OptionSpec;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Shape;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.models.BuiltModelInstance;
import org.autodiffbench.models.FamilyOptions;
import org.autodiffbench.models.ModelFamily;
import org.autodiffbench.models.ModelFootprint;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.models.SizeRange;

/**
 * GradBench's {@code ode} eval: s steps of classical Runge–Kutta (RK4) from y(0) = 0 to t = 2
 * (h = 2/s) on y_0' = x_0, y_i' = x_i·y_{i−1} for i ≥ 1, for x and y of n. That right-hand side is
 * the one the eval's reference and tools compute; the README's Σ_{j=1..i} x_j is not what is
 * validated. The right-hand side is f(y) = x ⊙ (1, y_0, …, y_{n−2}). The family's output is the
 * last element of y(2), the value the eval differentiates; {@link #finalStateGraph} outputs all of
 * y(2), the eval's primal.
 *
 * <p>Each RK4 step is one stage, a chain that reads only the previous state, so the checkpointed
 * engine applies. The size is s (the eval's grid is 1, 10, 100 steps at each n); option
 * {@value #LENGTH} sets n (the eval's grid is 1,000, 10,000 and 100,000). The point is drawn
 * uniformly from [0, 1), as the eval draws x.
 *
 * <p>Each RK4 step applies a degree-4 polynomial of the nilpotent shift to y, so from y(0) = 0 only
 * y_0 … y_{4s−1} can be nonzero: for n &gt; 4s the last element and its gradient are exactly zero
 * for every x, as on the eval's whole default grid. The cost does not depend on it.
 */
public final class OdeFamily implements ModelFamily {

    public static final String ID = "gb-ode";
    public static final String LENGTH = "n";
    /** The end of the time span; it starts at 0. */
    public static final double END_TIME = 2;

    private static final int MAX_STEPS = 1000;
    private static final int MAX_LENGTH = 100_000;
    private static final SizeRange SIZES = new SizeRange(1, MAX_STEPS, "Runge–Kutta steps s");
    private static final List<OptionSpec> OPTIONS = List.of(new OptionSpec(LENGTH,
            "How many elements n (1 to " + MAX_LENGTH + ") do x and y have?", "1000"));
    /** About the bytes of one graph node (its record, operand ids and shape), generously. */
    private static final long NODE_BYTES = 160;
    private static final int NODES_PER_STEP = 26;

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
        return "GradBench ode: the last element of y(2) after s RK4 steps of y_0' = x_0, y_i' = x_i·y_{i−1} "
                + "from y(0) = 0, x of n (option n); one stage per step; the size is s";
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
        int n = length(size, options);
        double[] x = UnitUniform.draw(seed, n);
        return model(x, size);
    }

    /** The point twice, the zero initial state twice (made, then copied into its constant) and the graph's nodes. */
    @Override
    public Optional<ModelFootprint> footprint(int size, Map<String, String> options) {
        int n = length(size, options);
        long bytes = 4 * ModelFootprint.doubles(n) + NODE_BYTES * NODES_PER_STEP * (size + 1L);
        return Optional.of(new ModelFootprint(n, bytes));
    }

    private int length(int size, Map<String, String> options) {
        SIZES.require(ID, size);
        FamilyOptions.requireKnown(this, options);
        return FamilyOptions.intOption(this, options, LENGTH, 1, MAX_LENGTH);
    }

    /**
     * The model of one eval input: x of n and s steps; the output is the last element of y(2), with
     * its hand gradient by the discrete adjoint.
     *
     * @throws IllegalArgumentException when x is empty or s &lt; 1
     */
    public static ModelInstance model(double[] x, int steps) {
        return new BuiltModelInstance(ID, steps, lastElementGraph(x.length, steps), x,
                () -> new RungeKuttaAdjoint(x.length, steps));
    }

    /** The graph whose one output is y_{n−1}(2), a scalar; what the eval's gradient differentiates. */
    public static Graph lastElementGraph(int n, int steps) {
        GraphBuilder b = new GraphBuilder();
        Var y = integrate(b, n, steps);
        return b.output(b.reshape(b.slice(y, n - 1, 1), Shape.scalar())).build();
    }

    /** The graph whose output is all of y(2), a vector of n; the eval's primal. */
    public static Graph finalStateGraph(int n, int steps) {
        GraphBuilder b = new GraphBuilder();
        return b.output(integrate(b, n, steps)).build();
    }

    /** h = 2/s, as the eval computes it. */
    static double step(int steps) {
        return END_TIME / steps;
    }

    /** Declares x and makes y(2), one stage per step; {@link RungeKuttaAdjoint} repeats the same expressions. */
    private static Var integrate(GraphBuilder b, int n, int steps) {
        if (n < 1 || steps < 1) {
            throw new IllegalArgumentException("ode needs x of at least one element and s ≥ 1 steps, had n = " + n
                    + " and s = " + steps);
        }
        Var x = b.vector("x", n);
        double h = step(steps);
        Var stepSize = b.constant(h);
        Var halfStep = b.constant(h / 2);
        Var two = b.constant(2);
        Var six = b.constant(6);
        Var one = b.constant(1);
        Var y = b.constant(Shape.vector(n), new double[n]);
        for (int k = 0; k < steps; k++) {
            if (k > 0) {
                b.nextStage();
            }
            Var k1 = rightHandSide(b, x, y, one);
            Var k2 = rightHandSide(b, x, b.add(y, b.mul(halfStep, k1)), one);
            Var k3 = rightHandSide(b, x, b.add(y, b.mul(halfStep, k2)), one);
            Var k4 = rightHandSide(b, x, b.add(y, b.mul(stepSize, k3)), one);
            Var weighted = b.add(b.add(b.add(k1, b.mul(two, k2)), b.mul(two, k3)), k4);
            y = b.add(y, b.div(b.mul(stepSize, weighted), six));
        }
        return y;
    }

    /** f(y) = x ⊙ (1, y_0, …, y_{n−2}). */
    private static Var rightHandSide(GraphBuilder b, Var x, Var y, Var one) {
        int n = x.shape().size();
        Var shifted = n == 1 ? b.reshape(one, Shape.vector(1)) : b.concat(one, b.slice(y, 0, n - 1));
        return b.mul(x, shifted);
    }
}
