package org.autodiffbench.models;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.autodiffbench.api.graph.Graph;

/**
 * A model instance built once by its family: the graph, the point and, where the family has
 * one, a factory for its hand-written derivative. Each call of {@link #handDerivative()} makes
 * a fresh derivative with its own buffers, so callers on different threads do not share them.
 */
public final class BuiltModelInstance implements ModelInstance {

    private final String family;
    private final int size;
    private final Graph graph;
    private final double[] point;
    private final Supplier<HandDerivative> handDerivative;
    private final List<NamedBaseline> namedBaselines;

    /**
     * @param handDerivative makes the hand-written derivative, or {@code null} when the family has none
     */
    public BuiltModelInstance(String family, int size, Graph graph, double[] point, Supplier<HandDerivative> handDerivative) {
        this(family, size, graph, point, handDerivative, List.of());
    }

    /**
     * @param handDerivative makes the hand-written derivative, or {@code null} when the family has none
     * @param namedBaselines further hand-written derivatives, timed beside it under their own names
     */
    public BuiltModelInstance(String family, int size, Graph graph, double[] point, Supplier<HandDerivative> handDerivative,
                              List<NamedBaseline> namedBaselines) {
        if (point.length != graph.parameterCount()) {
            throw new IllegalArgumentException("model '" + family + "': the point has " + point.length
                    + " entries but the graph has " + graph.parameterCount() + " parameters");
        }
        this.family = family;
        this.size = size;
        this.graph = graph;
        this.point = point.clone();
        this.handDerivative = handDerivative;
        this.namedBaselines = List.copyOf(namedBaselines);
    }

    @Override
    public String family() {
        return family;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Graph graph() {
        return graph;
    }

    @Override
    public double[] point() {
        return point.clone();
    }

    @Override
    public Optional<HandDerivative> handDerivative() {
        return handDerivative == null ? Optional.empty() : Optional.of(handDerivative.get());
    }

    @Override
    public List<NamedBaseline> namedBaselines() {
        return namedBaselines;
    }

    @Override
    public String toString() {
        return family + "(size " + size + ", " + graph.parameterCount() + " parameters, "
                + graph.nodeCount() + " nodes)";
    }
}
