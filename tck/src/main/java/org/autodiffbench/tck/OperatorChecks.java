package org.autodiffbench.tck;

import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.reference.Rho;
import org.junit.jupiter.api.Assumptions;

/**
 * Calls one operator of a prepared engine and holds its answer to a {@link Reference}. Output
 * arrays are handed over filled with a sentinel, so an engine that adds into them instead of
 * writing them is caught, and the point is checked to be left as it was. After every call the
 * statistics go to an {@link AfterCall}.
 */
final class OperatorChecks {

    /** What is done with the statistics of each call. */
    interface AfterCall {
        void check(Operator operator, Graph graph, CallStatistics statistics);
    }

    static final double SENTINEL = 12345.678;

    private final DiffEngine engine;
    private final AfterCall afterCall;
    private final PrimitiveRefusals refusals;

    OperatorChecks(DiffEngine engine, EngineOptions options, AfterCall afterCall) {
        this.engine = engine;
        this.afterCall = afterCall;
        this.refusals = new PrimitiveRefusals(engine, options);
    }

    /**
     * Prepares a graph for a test that needs the prepared object. A graph that uses a primitive
     * the engine declares lacking is checked to be refused, and the test then stops there.
     */
    PreparedDiff prepare(Graph graph) {
        Optional<String> lacking = refusals.declaredLackingIn(graph);
        if (lacking.isPresent()) {
            refusals.assertRefused("the graph", graph, lacking.get());
            Assumptions.abort("'" + engine.id() + "' declares primitive '" + lacking.get() + "' lacking");
        }
        return refusals.prepareAccepted("the graph", graph);
    }

    /**
     * Checks every operator the engine offers that applies to the graph (gradient needs a scalar
     * output); for a graph that uses a primitive the engine declares lacking, checks instead that
     * it is refused, and no values.
     */
    void checkOffered(Reference reference) {
        Optional<String> lacking = refusals.declaredLackingIn(reference.graph());
        if (lacking.isPresent()) {
            refusals.assertRefused(reference.label(), reference.graph(), lacking.get());
            return;
        }
        PreparedDiff prepared = refusals.prepareAccepted(reference.label(), reference.graph());
        for (Operator operator : Operator.values()) {
            if (engine.capabilities().contains(operator) && applies(operator, reference.graph())) {
                check(operator, prepared, reference);
            }
        }
    }

    static boolean applies(Operator operator, Graph graph) {
        return operator != Operator.GRADIENT || graph.hasScalarOutput();
    }

    void check(Operator operator, PreparedDiff prepared, Reference r) {
        double[] x = r.point().clone();
        String what = operator.label() + " of " + r.label() + " by '" + engine.id() + "'";
        switch (operator) {
            case VALUE -> {
                double[] y = filled(r.m());
                prepared.value(x, y);
                Rho.assertClose("value " + what, y, r.value(), r.valueTolerance());
            }
            case GRADIENT -> {
                double[] gradient = filled(r.n());
                double value = prepared.gradient(x, gradient);
                Rho.assertClose("value returned by " + what, value, r.value()[0], r.valueTolerance());
                Rho.assertClose(what, gradient, r.jacobian(), r.derivativeTolerance());
            }
            case JVP -> {
                double[] v = direction(r.label() + " v", r.n());
                double[] y = filled(r.m());
                double[] yDot = filled(r.m());
                prepared.jvp(x, v.clone(), y, yDot);
                Rho.assertClose("value from " + what, y, r.value(), r.valueTolerance());
                Rho.assertClose("tangent ẏ = J·v from " + what, yDot, r.jacobianTimes(v), r.derivativeTolerance());
            }
            case VJP -> {
                double[] u = direction(r.label() + " u", r.m());
                double[] y = filled(r.m());
                double[] xBar = filled(r.n());
                prepared.vjp(x, u.clone(), y, xBar);
                Rho.assertClose("value from " + what, y, r.value(), r.valueTolerance());
                Rho.assertClose("adjoint x̄ = Jᵀ·u from " + what, xBar, r.transposeTimes(u), r.derivativeTolerance());
            }
            case JACOBIAN -> {
                double[] y = filled(r.m());
                double[] jacobian = filled(r.m() * r.n());
                prepared.jacobian(x, y, jacobian);
                Rho.assertClose("value from " + what, y, r.value(), r.valueTolerance());
                Rho.assertClose(what, jacobian, r.jacobian(), r.derivativeTolerance());
            }
        }
        if (!Arrays.equals(x, r.point())) {
            throw new AssertionError(what + " changed the caller's point from " + Arrays.toString(r.point())
                    + " to " + Arrays.toString(x) + "; read x, never write it");
        }
        afterCall.check(operator, r.graph(), prepared.statistics());
    }

    /** An output array filled with the sentinel. */
    static double[] filled(int length) {
        double[] array = new double[length];
        Arrays.fill(array, SENTINEL);
        return array;
    }

    /** A seeded direction with entries in [−1, 1), different for each label. */
    static double[] direction(String label, int length) {
        Random random = new Random(label.hashCode());
        double[] v = new double[length];
        for (int i = 0; i < length; i++) {
            v[i] = 2 * random.nextDouble() - 1;
        }
        return v;
    }
}
