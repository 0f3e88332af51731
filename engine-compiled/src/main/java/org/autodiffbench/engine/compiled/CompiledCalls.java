package org.autodiffbench.engine.compiled;

import java.util.Map;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.compile.CompiledDiff;
import org.autodiffbench.api.compile.CompiledGraph;
import org.autodiffbench.api.compile.CompiledProgram;
import org.autodiffbench.api.eval.CallArguments;
import org.autodiffbench.api.graph.Graph;

/**
 * What both compiled engines' prepared objects share: the compiled program, the value call, and
 * statistics fixed by the graph, counted once at prepare so that a call only picks its record.
 */
abstract class CompiledCalls implements CompiledDiff {

    protected final CompiledGraph compiled;
    protected final Graph graph;
    protected final CompiledProgram program;
    private final CallStatistics valueStatistics;
    /** The statistics of the last call. */
    private CallStatistics last;

    CompiledCalls(CompiledGraph compiled) {
        this.compiled = compiled;
        this.graph = compiled.graph();
        this.program = compiled.program();
        this.valueStatistics = statistics(0, 0, 0, compiled.primalFlops());
        this.last = valueStatistics;
    }

    /** The record of a call that makes these sweeps and flops, with one primal of every stage. */
    final CallStatistics statistics(long tangentSweeps, long adjointSweeps, long retainedBytes, long flops) {
        return new CallStatistics(tangentSweeps, adjointSweeps, graph.stageCount(), retainedBytes, flops, Map.of());
    }

    @Override
    public final Graph graph() {
        return graph;
    }

    @Override
    public final CompiledGraph compiledGraph() {
        return compiled;
    }

    @Override
    public final void value(double[] x, double[] y) {
        CallArguments.requireLength("point", x, graph.parameterCount());
        CallArguments.requireLength("output", y, graph.outputSize());
        program.primal(x);
        program.readValues(y);
        record(valueStatistics);
    }

    /**
     * Keeps the record of this call. It is stored only when it differs from the last call's: a
     * reference stored into a long-lived object costs a G1 write barrier with a memory fence, which
     * a call of a small graph would feel.
     */
    final void record(CallStatistics statistics) {
        if (last != statistics) {
            last = statistics;
        }
    }

    @Override
    public final CallStatistics statistics() {
        return last;
    }
}
