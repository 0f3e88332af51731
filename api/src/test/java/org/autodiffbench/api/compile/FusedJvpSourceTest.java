package org.autodiffbench.api.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.api.kernels.KernelSelection;
import org.junit.jupiter.api.Test;

/**
 * The source of a fused JVP: consecutive elementwise nodes of one size are one loop (one block for
 * scalars) over locals that stores a node's value and tangent only when code outside the group reads
 * them, and a node whose primitive has a bulk kernel calls it over the whole vector, in the fused JVP
 * and in the primal alike.
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
    void consecutiveElementwiseNodesAreOneLoopThatStoresOnlyWhatTheBulkTanhReads() {
        String fused = method(GraphCompiler.compile(graph(), EnumSet.of(Sweep.TANGENT)).source(), "pt");
        List<String> loops = loops(fused);
        assertThat(loops).as("loops of the fused JVP:%n%s", fused).hasSize(2);
        String group = loops.get(0);
        assertThat(count(group, "double e")).as("locals of sin, mul and add in%n%s", group).isEqualTo(3);
        assertThat(count(group, "double de")).as("tangent locals in%n%s", group).isEqualTo(3);
        assertThat(stores(group, "v")).as("values stored: only the add's, which tanh reads, in%n%s", group)
                .isEqualTo(1);
        assertThat(stores(group, "dv")).as("tangents stored: only the add's in%n%s", group).isEqualTo(1);
        assertThat(loops.get(1)).as("the bulk tanh's tangent loop").startsWith("dv[").doesNotContain("double");
    }

    /** y = exp(x1·x2) + sin(x1) − x2 over scalars: one block, storing only the output. */
    @Test
    void consecutiveScalarNodesAreOneBlockThatStoresOnlyTheOutput() {
        GraphBuilder b = new GraphBuilder();
        Var x1 = b.scalar("x1");
        Var x2 = b.scalar("x2");
        Graph graph = b.output(b.sub(b.add(b.exp(b.mul(x1, x2)), b.sin(x1)), x2)).build();
        String method = method(GraphCompiler.compile(graph, EnumSet.of(Sweep.TANGENT)).source(), "pt");
        String fused = method.substring(method.lastIndexOf('\n') + 1);
        assertThat(fused.strip()).as(fused).startsWith("{ double e").endsWith("}");
        assertThat(count(fused, "double e")).as(fused).isEqualTo(5);
        assertThat(stores(fused, "v")).as("the output's value is the only one stored:%n%s", fused).isEqualTo(1);
        assertThat(stores(fused, "dv")).as(fused).isEqualTo(1);
    }

    /**
     * Six stages of a chain z ← sin(z)·x + z, four of them a run: the run's body stores each stage's
     * z, which the next stage reads, and not sin(z) nor the product.
     */
    @Test
    void aStageRunsBodyStoresWhatTheNextStageReads() {
        GraphBuilder b = new GraphBuilder();
        Var x = b.vector("x", SIZE);
        Var z = x;
        for (int k = 0; k < 6; k++) {
            if (k > 0) {
                b.nextStage();
            }
            z = b.add(b.mul(b.sin(z), x), z);
        }
        CompiledGraph compiled = GraphCompiler.compile(b.output(b.sum(z)).build(), EnumSet.of(Sweep.TANGENT));
        assertThat(compiled.stageRuns()).isEqualTo(1);
        String body = bodyMethod(compiled.source(), "ptb");
        List<String> loops = loops(body);
        assertThat(loops).as(body).hasSize(1);
        assertThat(count(loops.get(0), "double e")).isEqualTo(3);
        assertThat(stores(loops.get(0), "v")).as("z stored for the next stage:%n%s", body).isEqualTo(1);
        assertThat(stores(loops.get(0), "dv")).as(body).isEqualTo(1);
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

    /**
     * y = x · concat(1, slice(sin x, 0, n − 1)) + x, the shift of an ODE's right-hand side: the moves
     * are not copied; the group's loop is split at element 1, reading 1 before it and sin(x)[i − 1]
     * after it.
     */
    @Test
    void aShiftMadeOfMovesIsReadInPlaceByTwoLoops() {
        GraphBuilder b = new GraphBuilder();
        Var x = b.vector("x", SIZE);
        Var sine = b.sin(x);
        Var shifted = b.concat(b.constant(1.0), b.slice(sine, 0, SIZE - 1));
        Graph graph = b.output(b.sum(b.add(b.mul(x, shifted), x))).build();
        String fused = method(GraphCompiler.compile(graph, EnumSet.of(Sweep.TANGENT)).source(), "pt");
        assertThat(fused).as("no copy into a move's buffer:%n%s", fused).doesNotContainPattern("[ ;{]b\\d+\\[");
        Matcher first = Pattern.compile("for \\(int i = 0; i < 1; i\\+\\+\\) \\{ (.*?) }").matcher(fused);
        Matcher rest = Pattern.compile("for \\(int i = 1; i < " + SIZE + "; i\\+\\+\\) \\{ (.*?) }").matcher(fused);
        assertThat(first.find()).as(fused).isTrue();
        assertThat(rest.find()).as(fused).isTrue();
        assertThat(first.group(1)).as("element 0 reads the concatenated 1").contains("x[i] * 1.0");
        assertThat(rest.group(1)).as("element i reads sin(x) at i − 1").containsPattern("x\\[i\\] \\* v\\[(\\d+ \\+ )?i - 1\\]");
    }

    private static List<String> loops(String code) {
        Matcher m = Pattern.compile("for \\(int i = 0; i < " + SIZE + "; i\\+\\+\\) \\{ (.*?) }").matcher(code);
        List<String> loops = new ArrayList<>();
        while (m.find()) {
            loops.add(m.group(1));
        }
        return loops;
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    /** How many statements store into an element of the array. */
    private static int stores(String code, String array) {
        Matcher m = Pattern.compile("(^|[ ;{])" + array + "\\[[^]]*\\] = ").matcher(code);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    /** The body of a run's body method, named prefix + a number, with the stage parameters. */
    private static String bodyMethod(String source, String prefix) {
        Matcher m = Pattern.compile("private void " + prefix + "\\d+\\(int cur, int prev, int k\\) \\{\\n(.*?)\\n    }",
                Pattern.DOTALL).matcher(source);
        assertThat(m.find()).as("a body method %s… in%n%s", prefix, source).isTrue();
        return m.group(1);
    }

    /** The body of the generated chunk method named prefix + a number (a small graph has one). */
    private static String method(String source, String prefix) {
        Matcher m = Pattern.compile("private void " + prefix + "\\d+\\(\\) \\{\\n(.*?)\\n    }", Pattern.DOTALL)
                .matcher(source);
        assertThat(m.find()).as("a method %s… in%n%s", prefix, source).isTrue();
        return m.group(1);
    }
}
