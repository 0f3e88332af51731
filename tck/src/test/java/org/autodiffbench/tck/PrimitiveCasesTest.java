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

    /** How far a central difference of the kit reaches from its point, 2h with h ≤ 1.2e-3. */
    private static final double STENCIL_REACH = 2.4e-3;

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
                    assertThat(Math.abs(values[i])).as("%s value %d", c, i).isGreaterThanOrEqualTo(STENCIL_REACH);
                    for (int j = 0; j < i; j++) {
                        assertThat(Math.abs(values[i] - values[j])).as("%s values %d and %d", c, j, i)
                                .isGreaterThanOrEqualTo(STENCIL_REACH);
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
