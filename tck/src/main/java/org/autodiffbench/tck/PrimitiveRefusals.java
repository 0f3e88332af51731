package org.autodiffbench.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.PrimitiveSupport;
import org.autodiffbench.api.UnsupportedPrimitiveException;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Node;

/**
 * Holds an engine to its {@link DiffEngine#unsupportedPrimitives()}: a graph that uses a
 * primitive it declares lacking must be refused at preparation with
 * {@link UnsupportedPrimitiveException} naming such a primitive, and any other graph must not be
 * refused that way.
 */
final class PrimitiveRefusals {

    private final DiffEngine engine;
    private final EngineOptions options;

    PrimitiveRefusals(DiffEngine engine, EngineOptions options) {
        this.engine = engine;
        this.options = options;
    }

    /** The first declared-lacking primitive the graph uses, if any. */
    Optional<String> declaredLackingIn(Graph graph) {
        try {
            PrimitiveSupport.require(engine, graph);
            return Optional.empty();
        } catch (UnsupportedPrimitiveException e) {
            return Optional.of(e.primitive());
        }
    }

    /** Checks that preparing {@code graph}, which uses a primitive the engine declares lacking, is refused by name. */
    void assertRefused(String label, Graph graph, String lacking) {
        Throwable thrown = catchThrowable(() -> engine.prepare(graph, options));
        String what = "preparing " + label + " by '" + engine.id() + "', which declares primitive '" + lacking
                + "' lacking";
        if (thrown == null) {
            throw new AssertionError(what + ", succeeded; throw UnsupportedPrimitiveException for a primitive the"
                    + " engine lacks, or remove it from unsupportedPrimitives()");
        }
        assertThat(thrown).as("%s, threw %s; it must throw UnsupportedPrimitiveException", what, thrown)
                .isInstanceOf(UnsupportedPrimitiveException.class);
        Set<String> used = graph.nodes().stream().filter(n -> !n.isInput()).map(Node::primitive)
                .map(p -> p.name()).collect(Collectors.toSet());
        assertThat(((UnsupportedPrimitiveException) thrown).primitive())
                .as("%s: the primitive named, which must be declared lacking and used by the graph", what)
                .isIn(engine.unsupportedPrimitives()).isIn(used);
    }

    /**
     * Prepares a graph that uses no declared-lacking primitive.
     *
     * @throws AssertionError if the engine refuses one of its primitives all the same
     */
    PreparedDiff prepareAccepted(String label, Graph graph) {
        try {
            return engine.prepare(graph, options);
        } catch (UnsupportedPrimitiveException e) {
            throw new AssertionError("'" + engine.id() + "' refused " + label + " for lacking primitive '"
                    + e.primitive() + "', which it does not declare lacking; list it in unsupportedPrimitives()", e);
        }
    }
}
