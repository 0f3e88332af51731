package org.autodiffbench.api.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Var;
import org.junit.jupiter.api.Test;

/**
 * A call points the kernel tables that read the point or the direction at the caller's arrays, and
 * only the tables some code reads: a slice written out as copies reads neither through its
 * tables, except that adjoint kernels read its operand values. Each slot is stored only when it
 * changes. Read from the generated source of y = (x₀..₂ · x₃..₅) + Σx.
 */
class KernelTableRebindTest {

    private Var firstHalf;
    private Var secondHalf;
    private Var sum;

    private Graph graph() {
        GraphBuilder b = new GraphBuilder();
        Var x = b.vector("x", 6);
        firstHalf = b.slice(x, 0, 3);
        secondHalf = b.slice(x, 3, 3);
        sum = b.sum(x);
        return b.output(b.add(b.dot(firstHalf, secondHalf), sum)).build();
    }

    @Test
    void aTangentProgramRebindsOnlyTheTablesOfKernelsItCalls() {
        String source = GraphCompiler.compile(graph(), EnumSet.of(Sweep.TANGENT)).source();
        for (Var slice : new Var[] {firstHalf, secondHalf}) {
            assertThat(source).as("source:%n%s", source)
                    .doesNotContain("o" + slice.id() + "[0] = x;")
                    .doesNotContain("to" + slice.id() + "[0] = dx;");
        }
        assertThat(source).as("source:%n%s", source)
                .contains("if (o" + sum.id() + "[0] != x) { o" + sum.id() + "[0] = x; }")
                .contains("if (to" + sum.id() + "[0] != dx) { to" + sum.id() + "[0] = dx; }");
    }

    @Test
    void anAdjointProgramRebindsTheOperandValuesOfItsSlices() {
        String source = GraphCompiler.compile(graph(), EnumSet.of(Sweep.ADJOINT)).source();
        for (Var slice : new Var[] {firstHalf, secondHalf}) {
            assertThat(source).as("source:%n%s", source)
                    .contains("if (o" + slice.id() + "[0] != x) { o" + slice.id() + "[0] = x; }");
        }
    }
}
