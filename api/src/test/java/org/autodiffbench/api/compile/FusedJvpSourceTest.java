package org.autodiffbench.api.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.api.kernels.KernelSelection;
import org.junit.jupiter.api.Test;

/**
 * The source of a fused JVP: an elementwise node computed element by element is one loop that
 * writes its value and its tangent, and a node whose primitive has a bulk kernel calls it over the
 * whole vector, in the fused JVP and in the primal alike.
 */
class FusedJvpSourceTest {

    private static final int SIZE = 24;

    /** y = tanh(sin(x) · x + x), over a vector: three elementwise loops and one bulk tanh with its tangent loop. */
    private static Graph graph() {
        GraphBuilder b = new GraphBuilder();
        Var x = b.vector("x", SIZE);
        return b.output(b.tanh(b.add(b.mul(b.sin(x), x), x))).build();
    }

    @Test
    void eachElementwiseNodeIsOneLoopWritingItsValueAndTangent() {
        String fused = method(GraphCompiler.compile(graph(), EnumSet.of(Sweep.TANGENT)).source(), "pt");
        Matcher loops = Pattern.compile("for \\(int i = 0; i < " + SIZE + "; i\\+\\+\\) \\{ (.*?) }").matcher(fused);
        int valueLoops = 0;
        int tangentLoops = 0;
        while (loops.find()) {
            if (loops.group(1).startsWith("v[")) {
                valueLoops++;
                assertThat(loops.group(1)).matches("v\\[[^]]*\\] = .*; dv\\[[^]]*\\] = .*;");
            } else {
                tangentLoops++;
            }
        }
        assertThat(valueLoops).as("loops that write values in the fused JVP:%n%s", fused).isEqualTo(3);
        assertThat(tangentLoops).as("loops that write only tangents (the bulk tanh's):%n%s", fused).isEqualTo(1);
    }

    @Test
    void aPrimitiveWithABulkKernelIsOneCallOfItInThePrimalAndTheFusedJvp() {
        String source = GraphCompiler.compile(graph(), EnumSet.of(Sweep.TANGENT)).source();
        String call = KernelSelection.class.getName() + ".current().kernels().tanh(v, ";
        for (String prefix : new String[] {"p", "pt"}) {
            String method = method(source, prefix);
            assertThat(method).as(prefix).contains(call).doesNotContain("Math.tanh");
        }
    }

    /** The body of the generated chunk method named prefix + a number (a small graph has one). */
    private static String method(String source, String prefix) {
        Matcher m = Pattern.compile("private void " + prefix + "\\d+\\(\\) \\{\\n(.*?)\\n    }", Pattern.DOTALL)
                .matcher(source);
        assertThat(m.find()).as("a method %s… in%n%s", prefix, source).isTrue();
        return m.group(1);
    }
}
