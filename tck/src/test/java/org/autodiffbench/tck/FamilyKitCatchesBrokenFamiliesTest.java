package org.autodiffbench.tck;

import static org.assertj.core.api.Assertions.assertThat;

import org.autodiffbench.models.ModelFamily;
import org.autodiffbench.tck.broken.MisreportedSizeFamily;
import org.autodiffbench.tck.broken.NonDeterministicFamily;
import org.autodiffbench.tck.broken.UncheckedRangeFamily;
import org.autodiffbench.tck.broken.WrongHandGradientFamily;
import org.autodiffbench.tck.families.SquaresFamily;
import org.junit.jupiter.api.Test;

/**
 * The family kit run against a correct family and against families that are wrong in one way
 * each: the checks that should notice fail with a message that says what is wrong, and the
 * others pass.
 */
class FamilyKitCatchesBrokenFamiliesTest {

    static class Squares extends ModelFamilyConformanceTest {
        @Override
        protected ModelFamily family() {
            return new SquaresFamily();
        }
    }

    static class NonDeterministic extends ModelFamilyConformanceTest {
        @Override
        protected ModelFamily family() {
            return new NonDeterministicFamily();
        }
    }

    static class WrongHandGradient extends ModelFamilyConformanceTest {
        @Override
        protected ModelFamily family() {
            return new WrongHandGradientFamily();
        }
    }

    static class MisreportedSize extends ModelFamilyConformanceTest {
        @Override
        protected ModelFamily family() {
            return new MisreportedSizeFamily();
        }
    }

    static class UncheckedRange extends ModelFamilyConformanceTest {
        @Override
        protected ModelFamily family() {
            return new UncheckedRangeFamily();
        }
    }

    @Test
    void aCorrectFamilyPassesEveryCheck() {
        KitOutcome outcome = KitOutcome.run(Squares.class);

        assertThat(outcome.failed()).isEmpty();
        assertThat(outcome.passed()).hasSize(2 + 2 + 3 * 4)
                .contains("tck-squares size 0: refused, naming the range", "tck-squares size 7: refused, naming the range",
                        "tck-squares size 6: built at the size asked, its parameters counted",
                        "tck-squares size 3: hand derivative agrees with the reference interpreter");
    }

    @Test
    void aFamilyWhosePointDoesNotFollowTheSeedIsCaught() {
        KitOutcome outcome = KitOutcome.run(NonDeterministic.class);

        assertThat(outcome.failed().keySet()).containsExactly("tck-squares size 1: deterministic for a seed",
                "tck-squares size 2: deterministic for a seed", "tck-squares size 3: deterministic for a seed");
        assertThat(outcome.failed().get("tck-squares size 1: deterministic for a seed"))
                .hasMessageContaining("point of tck-squares size 1 built twice with seed 7");
    }

    @Test
    void aWrongHandGradientIsCaught() {
        KitOutcome outcome = KitOutcome.run(WrongHandGradient.class);

        assertThat(outcome.failed().keySet()).containsExactly(
                "tck-squares size 1: hand derivative agrees with the reference interpreter",
                "tck-squares size 2: hand derivative agrees with the reference interpreter",
                "tck-squares size 3: hand derivative agrees with the reference interpreter");
        assertThat(outcome.failed().get("tck-squares size 2: hand derivative agrees with the reference interpreter"))
                .hasMessageContaining("hand-written gradient of tck-squares size 2[0] is").hasMessageContaining("ρ =");
    }

    @Test
    void aModelThatMisreportsItsSizeIsCaught() {
        KitOutcome outcome = KitOutcome.run(MisreportedSize.class);

        assertThat(outcome.failed().keySet()).containsExactlyInAnyOrder(
                "tck-squares size 1: built at the size asked, its parameters counted",
                "tck-squares size 2: built at the size asked, its parameters counted",
                "tck-squares size 3: built at the size asked, its parameters counted",
                "tck-squares size 6: built at the size asked, its parameters counted");
        assertThat(outcome.failed().get("tck-squares size 6: built at the size asked, its parameters counted"))
                .hasMessageContaining("size() of tck-squares size 6");
    }

    @Test
    void sizesOutsideTheRangeThatAreBuiltOrRefusedWithoutTheRangeAreCaught() {
        KitOutcome outcome = KitOutcome.run(UncheckedRange.class);

        assertThat(outcome.failed().keySet()).containsExactly("tck-squares size 0: refused, naming the range",
                "tck-squares size 7: refused, naming the range");
        assertThat(outcome.failed().get("tck-squares size 7: refused, naming the range"))
                .hasMessageContaining("tck-squares size 7 outside its range 1..6");
    }
}
