package org.autodiffbench.engine.compiled;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.api.primitives.ElementwiseCode;
import org.autodiffbench.api.primitives.ElementwiseUnary;
import org.autodiffbench.api.primitives.Residuals;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A graph whose generated code does not compile is refused at prepare with one line that says what to do. */
class CompileRefusalTest {

    /** x² whose code form is not Java, as a primitive from a plugin might get it wrong. */
    private static final class MisspelledSquare extends ElementwiseUnary {
        @Override
        public String name() {
            return "misspelled_square";
        }

        @Override
        protected double apply(double x) {
            return x * x;
        }

        @Override
        protected double derivative(double x, double y) {
            return 2.0 * x;
        }

        @Override
        protected int derivativeCost() {
            return 1;
        }

        @Override
        public Optional<ElementwiseCode> elementwiseCode() {
            return Optional.of(ElementwiseCode.unary(x -> x + " **", (x, y) -> "2.0 * " + x));
        }

        @Override
        public Residuals residuals() {
            return Residuals.OPERANDS;
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"compiled-forward", "compiled-reverse"})
    void codeTheCompilerRejectsIsRefusedInOneLine(String engine) {
        GraphBuilder b = new GraphBuilder();
        Var x = b.scalar("x");
        Graph graph = b.output(b.apply(new MisspelledSquare(), x)).build();
        var prepared = engine.equals("compiled-forward") ? new CompiledForwardEngine() : new CompiledReverseEngine();
        assertThatThrownBy(() -> prepared.prepare(graph, EngineOptions.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("a graph of 2 nodes cannot be compiled: the compiler refused the generated code (")
                .hasMessageEndingWith("; use an interpreted engine such as 'reverse' or 'forward'")
                .hasMessageNotContaining("\n");
    }
}
