package org.autodiffbench.harness.gradbench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.graph.Graph;

/**
 * One {@code evaluate} message's work: a graph, the engine operators it needs, one run of the
 * function with a prepared engine, and the output in the eval's type. The task holds the input's
 * point and allocates its buffers when it is made, so a run allocates nothing.
 */
public interface GradBenchTask {

    /**
     * Tasks with equal keys share one graph and one prepared engine: the key names the function,
     * the input's shapes and any data the graph holds (not the differentiable point).
     */
    String key();

    /** The graph to prepare; asked for only when no task of the same key came before. */
    Graph graph();

    /** The operators a run calls, so that an engine without one is refused before preparing. */
    Set<Operator> operators();

    /** Runs the function once at this task's input; one {@code evaluate} timing measures this. */
    void run(PreparedDiff prepared);

    /** The output of the last run, in exactly the type the eval's README gives. */
    JsonNode output();
}
