package org.autodiffbench.api.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Var;
import org.junit.jupiter.api.Test;

/** The adjoint walk: accumulation, first writes, and sweeps over stage ranges. */
class AdjointSweepTest {

    private static final double[] UNIT_SEED = {1.0};

    /** x³ + x², where x and x² each feed two nodes; f' = 3x² + 2x. */
    private static Graph fanOut() {
        GraphBuilder b = new GraphBuilder();
        Var x = b.scalar("x");
        Var sq = b.mul(x, x);
        b.output(b.add(b.mul(sq, x), sq));
        return b.build();
    }

    /**
     * Three stages on a vector of 2: z₁ = sin x, z₂ = e^{z₁}·x, z₃ = z₂·z₂ + x, loss Σ z₃. The
     * adjoint of x gathers contributions from every stage.
     */
    private static Graph threeStages() {
        GraphBuilder b = new GraphBuilder();
        Var x = b.vector("x", 2);
        Var z = b.sin(x);
        b.nextStage();
        z = b.mul(b.exp(z), x);
        b.nextStage();
        b.output(b.sum(b.add(b.mul(z, z), x)));
        return b.build();
    }

    @Test
    void fanOutAccumulates() {
        TapedGraph taped = new TapedGraph(fanOut());
        double[] gradient = new double[1];
        taped.vjp(new double[] {1.5}, UNIT_SEED, gradient, taped.wholeSweep());
        assertThat(gradient[0]).isCloseTo(3 * 1.5 * 1.5 + 2 * 1.5, within(1e-14));
    }

    @Test
    void firstContributionsOverwriteSoNothingIsZeroedBetweenSweeps() {
        Graph graph = threeStages();
        TapedGraph freshTape = new TapedGraph(graph);
        double[] fresh = new double[2];
        freshTape.vjp(new double[] {-0.7, 0.2}, UNIT_SEED, fresh, freshTape.wholeSweep());

        TapedGraph taped = new TapedGraph(graph);
        AdjointSweep sweep = taped.wholeSweep();
        double[] reused = new double[2];
        Arrays.fill(reused, Double.NaN);
        taped.vjp(new double[] {0.4, 1.1}, UNIT_SEED, reused, sweep);
        taped.vjp(new double[] {-0.7, 0.2}, UNIT_SEED, reused, sweep);
        assertThat(reused).containsExactly(fresh);
    }

    @Test
    void oneSweepPerStageInDecreasingStageOrderIsTheWholeSweep() {
        Graph graph = threeStages();
        double[] x = {0.3, -0.4};
        TapedGraph taped = new TapedGraph(graph);
        double[] whole = new double[2];
        taped.vjp(x, UNIT_SEED, whole, taped.wholeSweep());

        AdjointSweep[] byStage = new AdjointSweep[graph.stageCount()];
        for (int k = 0; k < byStage.length; k++) {
            byStage[byStage.length - 1 - k] = taped.sweep(graph.stageStart(k), graph.stageEnd(k));
        }
        double[] staged = new double[2];
        taped.vjp(x, UNIT_SEED, staged, byStage);
        assertThat(staged).containsExactly(whole);
    }

    @Test
    void firstWritesMarksTheFirstSlotToReachEachAdjointGoingBackwards() {
        // Nodes: x = 0, sq = x·x (1), cube = sq·x (2), out = cube + sq (3).
        boolean[][] first = AdjointSweep.firstWrites(fanOut());
        assertThat(first[0]).isNull();
        assertThat(first[3]).containsExactly(true, true);
        assertThat(first[2]).containsExactly(false, true);
        assertThat(first[1]).containsExactly(false, false);
    }
}
