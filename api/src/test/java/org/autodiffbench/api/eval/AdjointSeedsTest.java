package org.autodiffbench.api.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Var;
import org.junit.jupiter.api.Test;

/** Seeding: the parts of a sweep's result that no VJP rule writes. */
class AdjointSeedsTest {

    /** y = (a, sin b), with an input c that nothing reads: uᵀ·J = (u₁, u₂·cos b, 0). */
    private static Graph outputInputAndUnreadInput() {
        GraphBuilder builder = new GraphBuilder();
        Var a = builder.scalar("a");
        Var b = builder.scalar("b");
        builder.scalar("c");
        return builder.output(a).output(builder.sin(b)).build();
    }

    @Test
    void anInputThatIsAnOutputTakesItsSeedAndAnInputNoOutputReadsIsZeroed() {
        TapedGraph taped = new TapedGraph(outputInputAndUnreadInput());
        double[] xBar = new double[3];
        Arrays.fill(xBar, Double.NaN);
        taped.vjp(new double[] {0.5, 0.8, 2.0}, new double[] {2, 3}, xBar, taped.wholeSweep());
        assertThat(xBar).containsExactly(2, 3 * Math.cos(0.8), 0);
    }

    @Test
    void aVectorOutputIsSeededElementByElement() {
        // y = 2·x on a vector of 3, so uᵀ·J = 2u.
        GraphBuilder builder = new GraphBuilder();
        Var x = builder.vector("x", 3);
        builder.output(builder.mul(builder.constant(2), x));
        TapedGraph taped = new TapedGraph(builder.build());
        double[] xBar = new double[3];
        taped.vjp(new double[] {1, 2, 3}, new double[] {1, -1, 10}, xBar, taped.wholeSweep());
        assertThat(xBar).containsExactly(2, -2, 20);
    }
}
