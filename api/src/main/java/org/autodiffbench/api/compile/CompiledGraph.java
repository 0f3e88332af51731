package org.autodiffbench.api.compile;

import java.util.Map;
import java.util.Optional;
import org.autodiffbench.api.eval.NodeValues;
import org.autodiffbench.api.graph.Graph;

/**
 * A graph compiled to JVM code: the program to call, and what a call of each part costs, counted
 * once at compile time as the interpreters count it at every call (flops of the primitives' work
 * counts, heap bytes of the arrays kept alive). Also what compiling took and produced.
 */
public final class CompiledGraph {

    private final Graph graph;
    private final CompiledProgram program;
    private final String source;
    private final Map<String, Integer> methodBytes;
    private final int stageRuns;
    private final long primalFlops;
    private final long tangentFlops;
    private final long adjointFlops;
    private final long retainedBytes;
    private final long generationNanos;
    private final long compilationNanos;
    private final NodeValues nodeValues;

    CompiledGraph(Graph graph, CompiledProgram program, String source, Map<String, Integer> methodBytes,
                  int stageRuns, long[] flops, long retainedBytes, long generationNanos, long compilationNanos,
                  NodeValues nodeValues) {
        this.graph = graph;
        this.program = program;
        this.source = source;
        this.methodBytes = Map.copyOf(methodBytes);
        this.stageRuns = stageRuns;
        this.primalFlops = flops[0];
        this.tangentFlops = flops[1];
        this.adjointFlops = flops[2];
        this.retainedBytes = retainedBytes;
        this.generationNanos = generationNanos;
        this.compilationNanos = compilationNanos;
        this.nodeValues = nodeValues;
    }

    public Graph graph() {
        return graph;
    }

    /** The code to call. */
    public CompiledProgram program() {
        return program;
    }

    /** Flops of one primal evaluation: every useful node's primal work count. */
    public long primalFlops() {
        return primalFlops;
    }

    /** Flops of one tangent sweep: every active node's JVP work on its active operands. */
    public long tangentFlops() {
        return tangentFlops;
    }

    /** Flops of one adjoint sweep: every node's VJP work on the operands it contributes to. */
    public long adjointFlops() {
        return adjointFlops;
    }

    /**
     * The heap bytes a call keeps alive: the value array (every primal value stays stored, so it is
     * the tape), the tangent or adjoint array, and the kernel nodes' buffers.
     */
    public long retainedBytes() {
        return retainedBytes;
    }

    /**
     * The values of the last primal node by node, for the one-sweep Jacobian of adjoint code, which
     * runs the rules itself; empty when no sweep reads them (a program without adjoint code, or a
     * graph with no one-sweep Jacobian), and for a program run stage by stage, whose banks hold only
     * some stages' values.
     */
    public Optional<NodeValues> nodeValues() {
        return Optional.ofNullable(nodeValues);
    }

    /** Nanoseconds spent laying out the graph and writing the source. */
    public long generationNanos() {
        return generationNanos;
    }

    /** Nanoseconds spent compiling the source, loading the class, binding its arrays and counting its work. */
    public long compilationNanos() {
        return compilationNanos;
    }

    /** The generated Java source. */
    public String source() {
        return source;
    }

    /** Bytes of bytecode of every generated method, by name. */
    public Map<String, Integer> methodBytes() {
        return methodBytes;
    }

    /** How many runs of repeated stages became loops over one body. */
    public int stageRuns() {
        return stageRuns;
    }
}
