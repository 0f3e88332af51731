package org.autodiffbench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.api.primitives.Primitive;
import org.autodiffbench.api.primitives.Primitives;
import org.junit.jupiter.api.Test;

class PrimitiveSupportTest {

    /** An engine that declares some primitives lacking and prepares nothing. */
    private record Lacking(Set<String> unsupportedPrimitives) implements DiffEngine {

        @Override
        public String id() {
            return "test-lacking";
        }

        @Override
        public String description() {
            return "declares primitives lacking";
        }

        @Override
        public int apiVersion() {
            return ApiVersion.CURRENT;
        }

        @Override
        public Set<Operator> capabilities() {
            return EnumSet.of(Operator.VALUE);
        }

        @Override
        public PreparedDiff prepare(Graph graph, EngineOptions options) {
            throw new UnsupportedOperationException("prepares nothing");
        }
    }

    @Test
    void lackingNamesExactlyThePrimitivesTheTableRejects() {
        Set<String> every = Primitives.all().stream().map(Primitive::name).collect(Collectors.toSet());

        assertThat(PrimitiveSupport.lacking(p -> !p.name().equals("tanh"))).containsExactly("tanh");
        assertThat(PrimitiveSupport.lacking(p -> true)).isEmpty();
        assertThat(PrimitiveSupport.lacking(p -> false)).as("every name, in order")
                .containsExactlyElementsOf(new TreeSet<>(every)).contains("pow_const", "matvec");
    }

    @Test
    void aGraphUsingALackingPrimitiveIsRefusedAtItsFirstNode() {
        GraphBuilder b = new GraphBuilder();
        Var x1 = b.scalar("x1");
        Var x2 = b.scalar("x2");
        Var first = b.sin(x2);
        b.output(b.sub(b.add(b.log(x1), b.mul(x1, x2)), first)).output(b.sin(x1));
        Graph graph = b.build();

        UnsupportedPrimitiveException e = catchThrowableOfType(
                () -> PrimitiveSupport.require(new Lacking(Set.of("tanh", "sin")), graph),
                UnsupportedPrimitiveException.class);

        assertThat(e.primitive()).isEqualTo("sin");
        assertThat(e.nodeId()).isEqualTo(first.id());
        assertThat(e.engineId()).isEqualTo("test-lacking");
        assertThat(e).hasMessage("engine 'test-lacking' lacks primitive 'sin' (used by node v" + first.id()
                + "); see 'autodiffbench engines' for the primitives each engine lacks");
    }

    @Test
    void aGraphUsingNoLackingPrimitiveIsAccepted() {
        GraphBuilder b = new GraphBuilder();
        Var x = b.scalar("x");
        Graph graph = b.output(b.exp(x)).build();

        assertThatCode(() -> PrimitiveSupport.require(new Lacking(Set.of("tanh", "sin")), graph))
                .doesNotThrowAnyException();
        assertThatCode(() -> PrimitiveSupport.require(new Lacking(Set.of()), graph)).doesNotThrowAnyException();
    }
}
