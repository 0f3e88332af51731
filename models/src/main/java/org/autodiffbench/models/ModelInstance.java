package org.autodiffbench.models;

import java.util.List;
import java.util.Optional;
import org.autodiffbench.api.graph.Graph;

/**
 * One model of a family at one size: the graph, a seeded point x and, where the family has
 * one, a hand-derived derivative that proves what the engines compute and is the
 * speed-of-light baseline for timing.
 */
public interface ModelInstance {

    String family();

    int size();

    Graph graph();

    /** A fresh copy of the seeded point at which derivatives are taken (length = parameter count). */
    double[] point();

    /** The number of differentiable scalars, n. */
    default int parameterCount() {
        return graph().parameterCount();
    }

    /** The hand-written derivative, if the family has one. */
    Optional<HandDerivative> handDerivative();

    /** Further hand-written derivatives timed beside {@link #handDerivative()} under their own names; none by default. */
    default List<NamedBaseline> namedBaselines() {
        return List.of();
    }

    /** The named baseline called {@code name}, if the model has it. */
    default Optional<NamedBaseline> namedBaseline(String name) {
        return namedBaselines().stream().filter(b -> b.name().equals(name)).findFirst();
    }
}
