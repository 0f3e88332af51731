package org.autodiffbench.api.compile;

/**
 * A staged graph compiled to run stage by stage over banked storage: stage k's values and
 * adjoints live in bank k mod the number of banks, so a checkpointing engine can advance, tape,
 * snapshot and restore stages under a schedule with memory that follows the banks, not the chain.
 * It tells where each node's value lives, for the snapshots, and what each stage's code costs.
 */
public final class CompiledStages {

    private final CompiledGraph compiled;
    private final double[][] valueArrays;
    private final int[] valueOffsets;
    private final long[] primalFlops;
    private final long[] adjointFlops;

    CompiledStages(CompiledGraph compiled, double[][] valueArrays, int[] valueOffsets,
                   long[] primalFlops, long[] adjointFlops) {
        this.compiled = compiled;
        this.valueArrays = valueArrays;
        this.valueOffsets = valueOffsets;
        this.primalFlops = primalFlops;
        this.adjointFlops = adjointFlops;
    }

    /** The compiled program, its source, method sizes, times and retained bytes. */
    public CompiledGraph compiledGraph() {
        return compiled;
    }

    /** The code to call: {@link CompiledProgram#stagePrimal} and {@link CompiledProgram#stageAdjoint} per stage. */
    public CompiledProgram program() {
        return compiled.program();
    }

    /**
     * The array that holds the value of a node of a stage (or of a data input or constant), in its
     * bank; its elements start at {@link #valueOffset}.
     */
    public double[] valueArray(int node) {
        return valueArrays[node];
    }

    public int valueOffset(int node) {
        return valueOffsets[node];
    }

    /** Flops of stage k's primal code. */
    public long primalFlops(int stage) {
        return primalFlops[stage];
    }

    /** Flops of stage k's adjoint code. */
    public long adjointFlops(int stage) {
        return adjointFlops[stage];
    }
}
