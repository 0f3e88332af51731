package org.autodiffbench.harness.cell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.results.Preparation;
import org.junit.jupiter.api.Test;

/**
 * The prepare times of a cell: a cheap prepare is repeated four times after the first, a slow
 * one is not repeated past the one-second budget, and no two prepared objects are ever open at once.
 */
class PreparationTimingTest {

    private static final Graph GRAPH = square();

    private static Graph square() {
        GraphBuilder b = new GraphBuilder();
        Var x = b.scalar("x");
        return b.output(b.mul(x, x)).build();
    }

    /** Counts its prepared objects that are still open, and sleeps {@code sleepMillis} in each prepare. */
    private static final class CountingEngine implements DiffEngine {

        private final long sleepMillis;
        private int open;
        private final List<Integer> openAtPrepare = new ArrayList<>();

        CountingEngine(long sleepMillis) {
            this.sleepMillis = sleepMillis;
        }

        @Override
        public String id() {
            return "counting-test";
        }

        @Override
        public String description() {
            return "a test engine that counts its open prepared objects";
        }

        @Override
        public int apiVersion() {
            return ApiVersion.CURRENT;
        }

        @Override
        public Set<Operator> capabilities() {
            return Set.of(Operator.VALUE);
        }

        @Override
        public PreparedDiff prepare(Graph graph, EngineOptions options) {
            openAtPrepare.add(open);
            try {
                Thread.sleep(sleepMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            open++;
            return new PreparedDiff() {
                @Override
                public String engineId() {
                    return id();
                }

                @Override
                public Graph graph() {
                    return graph;
                }

                @Override
                public void value(double[] x, double[] y) {
                    y[0] = x[0] * x[0];
                }

                @Override
                public CallStatistics statistics() {
                    return new CallStatistics(0, 0, 1, 0, 1, Map.of());
                }

                @Override
                public void close() {
                    open--;
                }
            };
        }
    }

    @Test
    void aCheapPrepareIsTimedFiveTimesAndEachObjectIsClosedBeforeTheNext() {
        CountingEngine engine = new CountingEngine(0);

        PreparationTiming.Timed timed = PreparationTiming.prepare(engine, EngineOptions.none(), GRAPH);

        assertThat(engine.openAtPrepare).containsExactly(0, 0, 0, 0, 0);
        assertThat(engine.open).as("the last object stays open for the check").isEqualTo(1);
        assertThat(timed.prepared().graph()).isSameAs(GRAPH);
        Preparation preparation = timed.preparation();
        assertThat(preparation.samples()).isEqualTo(PreparationTiming.MAX_LATER);
        assertThat(preparation.firstNs()).isPositive();
        assertThat(preparation.medianNs()).isPositive();
    }

    @Test
    void aPrepareThatWouldOverrunTheBudgetIsNotRepeated() {
        CountingEngine engine = new CountingEngine(600);

        Preparation preparation = PreparationTiming.prepare(engine, EngineOptions.none(), GRAPH).preparation();

        assertThat(engine.openAtPrepare).as("600 ms, then 600 more would pass 1 s").hasSize(1);
        assertThat(preparation.samples()).isEqualTo(1);
        assertThat(preparation.firstNs()).isGreaterThanOrEqualTo(600e6);
        assertThat(preparation.medianNs()).isEqualTo(preparation.firstNs());
    }

    @Test
    void aPrepareOfAThirdOfTheBudgetIsRepeatedWhileTheNextStillFits() {
        CountingEngine engine = new CountingEngine(300);

        Preparation preparation = PreparationTiming.prepare(engine, EngineOptions.none(), GRAPH).preparation();

        assertThat(engine.openAtPrepare).as("300 + 300 + 300 ms fit in 1 s, a fourth would not").hasSize(3);
        assertThat(preparation.samples()).isEqualTo(2);
        assertThat(preparation.medianNs()).isGreaterThanOrEqualTo(300e6);
    }
}
