package org.autodiffbench.api.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Jacobian by rows, with a stand-in for the sweep that records what it is given. */
class JacobianRowsTest {

    @Test
    void rowIIsTheSweepSeededWithTheUnitVectorEi() {
        List<double[]> seeds = new ArrayList<>();
        double[] jacobian = new double[3 * 2];
        new JacobianRows(3, 2).fill(jacobian, (seed, pointAdjoint) -> {
            seeds.add(seed.clone());
            int i = seeds.size() - 1;
            pointAdjoint[0] = 10 * i + 1;
            pointAdjoint[1] = 10 * i + 2;
        });
        assertThat(seeds).containsExactly(new double[] {1, 0, 0}, new double[] {0, 1, 0}, new double[] {0, 0, 1});
        assertThat(jacobian).containsExactly(1, 2, 11, 12, 21, 22);
    }

    @Test
    void aSingleRowIsWrittenStraightIntoTheJacobian() {
        double[] jacobian = new double[4];
        List<double[]> targets = new ArrayList<>();
        new JacobianRows(1, 4).fill(jacobian, (seed, pointAdjoint) -> targets.add(pointAdjoint));
        assertThat(targets).singleElement().isSameAs(jacobian);
    }
}
