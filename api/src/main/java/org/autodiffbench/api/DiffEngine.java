package org.autodiffbench.api;

import java.util.List;
import java.util.Set;
import org.autodiffbench.api.graph.Graph;

/**
 * The service-provider interface of an AD engine. Implementations are found with
 * {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/org.autodiffbench.api.DiffEngine} and put the jar on the class path.
 * An implementation needs a public no-argument constructor that does no heavy work.
 */
public interface DiffEngine {

    /** A short unique id used on the command line and in results, e.g. {@code "reverse"}. */
    String id();

    /** One sentence on the strategy. */
    String description();

    /** The engine's own version. */
    default String version() {
        Package p = getClass().getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /**
     * How the engine differentiates. Reports take their theory lines, the forward/reverse Jacobian
     * crossover and series styles from this declaration, never from the id; an engine that does
     * not declare it is {@link EngineMode#OTHER} and gets no theory.
     */
    default EngineMode mode() {
        return EngineMode.OTHER;
    }

    /**
     * Does the engine interpret the graph at every call, or compile it at prepare? Reports set
     * interpreted and compiled engines of one mode side by side from this declaration; an engine
     * that does not declare it is {@link ExecutionStyle#OTHER}.
     */
    default ExecutionStyle executionStyle() {
        return ExecutionStyle.OTHER;
    }

    /** The SPI version the engine was built for; it must equal {@link ApiVersion#CURRENT}. */
    int apiVersion();

    /** The operators its prepared objects offer. */
    Set<Operator> capabilities();

    /**
     * Which primitives of the graph IR can this engine not differentiate? The names, as
     * {@link org.autodiffbench.api.primitives.Primitive#name()} gives them, of every primitive a
     * graph must not use for {@link #prepare} to accept it; the harness records a cell whose graph
     * uses one as unsupported without preparing. Empty for an engine built on the primitives' own
     * rules, which handles every primitive there is. A peer that translates primitives into
     * another library declares those it has no translation for
     * ({@link PrimitiveSupport#lacking}), and its {@link #prepare} throws
     * {@link UnsupportedPrimitiveException} for them.
     */
    default Set<String> unsupportedPrimitives() {
        return Set.of();
    }

    /** The options {@link #prepare} accepts. */
    default List<OptionSpec> options() {
        return List.of();
    }

    /**
     * Does all allocation for differentiating {@code graph}.
     *
     * @throws IllegalArgumentException for an option the engine does not know or a bad value
     * @throws UnsupportedPrimitiveException for a graph that uses a primitive the engine lacks
     */
    PreparedDiff prepare(Graph graph, EngineOptions options);
}
