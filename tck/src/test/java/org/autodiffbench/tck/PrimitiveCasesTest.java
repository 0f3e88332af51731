package org.autodiffbench.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.DoubleStream;
import org.autodiffbench.api.graph.Input;
import org.autodiffbench.api.primitives.Primitive;
import org.autodiffbench.api.primitives.Primitives;
import org.junit.jupiter.api.Test;

/** The kit's points lie inside each primitive's domain and away from its kinks. */
class PrimitiveCasesTest {

    /** Every value a case feeds its primitive: the differentiable point and the fixed data. */
    private static double[] values(GraphCase c) {
        DoubleStream data = c.graph().inputs().stream().filter(input -> !input.isDifferentiable())
                .map(Input::data).flatMapToDouble(DoubleStream::of);
        return DoubleStream.concat(DoubleStream.of(c.point()), data).toArray();
    }

    @Test
    void primitivesWithKinksGetValuesAwayFromZeroAndFromEachOther() {
        for (Primitive p : List.of(Primitives.ABS, Primitives.MINIMUM, Primitives.MAXIMUM, Primitives.MAX,
                Primitives.MAX_PER_ROW, Primitives.MAX_PER_COLUMN)) {
            assertThat(PrimitiveCases.of(p)).as(p.describe()).isNotEmpty();
            for (GraphCase c : PrimitiveCases.of(p)) {
                double[] values = values(c);
                for (int i = 0; i < values.length; i++) {
                    assertThat(Math.abs(values[i])).as("%s value %d", c, i).isGreaterThanOrEqualTo(0.05);
                    for (int j = 0; j < i; j++) {
                        assertThat(Math.abs(values[i] - values[j])).as("%s values %d and %d", c, j, i)
                                .isGreaterThanOrEqualTo(0.05);
                    }
                }
            }
        }
    }

    @Test
    void log1pIsDrawnAboveMinusOne() {
        for (GraphCase c : PrimitiveCases.of(Primitives.LOG1P)) {
            assertThat(DoubleStream.of(values(c)).min().orElseThrow()).as(c.label()).isGreaterThan(-1.0);
        }
    }
}
