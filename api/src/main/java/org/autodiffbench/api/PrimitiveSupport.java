package org.autodiffbench.api;

import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Node;
import org.autodiffbench.api.primitives.Primitive;
import org.autodiffbench.api.primitives.Primitives;

/**
 * Which primitives an engine lacks, and the check that a graph uses none of them: the harness
 * makes it before preparing, so that a graph an engine cannot take is refused by name.
 */
public final class PrimitiveSupport {

    private PrimitiveSupport() {
    }

    /**
     * The names of the IR's primitives ({@link Primitives#all()}) that {@code translates}
     * rejects, sorted: what an engine with a translation table of its own declares as
     * {@link DiffEngine#unsupportedPrimitives()}, so that a primitive added to the IR is lacking
     * until the engine translates it.
     */
    public static SortedSet<String> lacking(Predicate<Primitive> translates) {
        SortedSet<String> names = new TreeSet<>();
        for (Primitive primitive : Primitives.all()) {
            if (!translates.test(primitive)) {
                names.add(primitive.name());
            }
        }
        return Collections.unmodifiableSortedSet(names);
    }

    /**
     * Refuses a graph that uses a primitive {@code engine} declares lacking.
     *
     * @throws UnsupportedPrimitiveException naming the first node that uses one
     */
    public static void require(DiffEngine engine, Graph graph) {
        Set<String> lacking = engine.unsupportedPrimitives();
        if (lacking.isEmpty()) {
            return;
        }
        for (Node node : graph.nodes()) {
            if (!node.isInput() && lacking.contains(node.primitive().name())) {
                throw new UnsupportedPrimitiveException(engine.id(), node.primitive().name(), node.id());
            }
        }
    }
}
