package org.autodiffbench.plugins.commonsmath;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.ExecutionStyle;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.OptionSpec;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.PrimitiveSupport;
import org.autodiffbench.api.graph.Graph;

/**
 * Forward mode with Apache Commons Math's {@link DerivativeStructure}: every differentiable
 * scalar is a free parameter, so one sweep carries the whole gradient (first order). It is the
 * Java library a user would otherwise reach for, and the peer our engines are measured against.
 *
 * <p>Commons Math builds its derivative tables for every parameter count up to P and keeps them
 * for the life of the JVM: about 4P³/3 bytes (1.4 GB at P = 1000, 4.6 GB at P = 1500, 55 GB at
 * P = 3466). So the engine refuses, at preparation, a graph with more than
 * {@value #MAX_PARAMETERS} parameters (default {@value #DEFAULT_MAX_PARAMETERS}) or whose tables
 * would not fit in three quarters of the heap, rather than run out of memory.
 */
public final class CommonsMathEngine implements DiffEngine {

    public static final String ID = "commons-math";
    static final String MAX_PARAMETERS = "maxParameters";
    static final int DEFAULT_MAX_PARAMETERS = 1500;
    private static final Set<String> LACKING = PrimitiveSupport.lacking(DerivativeStructureSweep::translates);

    /**
     * Touches Commons Math so that a plugin jar built without it fails when it is loaded, as a
     * failed provider, rather than in the middle of a campaign.
     */
    public CommonsMathEngine() {
        DerivativeStructure.class.getName();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Apache Commons Math DerivativeStructure: forward mode carrying all P partial derivatives in one sweep";
    }

    @Override
    public EngineMode mode() {
        return EngineMode.FORWARD;
    }

    @Override
    public ExecutionStyle executionStyle() {
        return ExecutionStyle.LIBRARY;
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public Set<Operator> capabilities() {
        return EnumSet.of(Operator.VALUE, Operator.GRADIENT, Operator.JVP, Operator.JACOBIAN);
    }

    /** Every primitive of the IR the sweep has no rule for: new primitives are lacking until it has one. */
    @Override
    public Set<String> unsupportedPrimitives() {
        return LACKING;
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(new OptionSpec(MAX_PARAMETERS, "the most differentiable scalars P it accepts; its tables take"
                + " about 4P³/3 bytes of heap for the life of the JVM", String.valueOf(DEFAULT_MAX_PARAMETERS)));
    }

    @Override
    public PreparedDiff prepare(Graph graph, EngineOptions options) {
        options.requireKnown(ID, options());
        int maxParameters = options.getInt(MAX_PARAMETERS, DEFAULT_MAX_PARAMETERS, 1);
        int parameters = graph.parameterCount();
        if (parameters > maxParameters) {
            throw new IllegalArgumentException("engine '" + ID + "' accepts at most " + MAX_PARAMETERS + " = "
                    + maxParameters + " differentiable scalars and this graph has P = " + parameters
                    + "; DerivativeStructure needs about " + CompilerTables.describe(parameters)
                    + " of heap for it (raise the option only with a heap to match, or use another engine)");
        }
        CompilerTables.require(parameters);
        return new DerivativeStructureSweep(graph);
    }
}
