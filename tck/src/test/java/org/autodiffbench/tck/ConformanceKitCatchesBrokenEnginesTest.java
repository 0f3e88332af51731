package org.autodiffbench.tck;

import static org.assertj.core.api.Assertions.assertThat;

import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.UnsupportedOperatorException;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.tck.broken.AccumulatingEngine;
import org.autodiffbench.api.UnsupportedPrimitiveException;
import org.autodiffbench.tck.broken.MisdeclaredLackEngine;
import org.autodiffbench.tck.broken.MisdeclaredModeEngine;
import org.autodiffbench.tck.broken.OverclaimingEngine;
import org.autodiffbench.tck.broken.ThrowingOnNanEngine;
import org.autodiffbench.tck.broken.UncountedEngine;
import org.autodiffbench.tck.broken.UndeclaredLackEngine;
import org.autodiffbench.tck.broken.UnlistedEngine;
import org.autodiffbench.tck.broken.UnofferedJvpEngine;
import org.autodiffbench.tck.broken.WrongTanhEngine;
import org.junit.jupiter.api.Test;

/**
 * The kit run against engines that are wrong in one way each: the tests that should notice
 * fail with a message that says what is wrong, and the others pass.
 */
class ConformanceKitCatchesBrokenEnginesTest {

    static class WrongTanh extends DiffEngineConformanceTest {
        @Override
        protected DiffEngine engine() {
            return new WrongTanhEngine();
        }
    }

    static class Accumulating extends DiffEngineConformanceTest {
        @Override
        protected DiffEngine engine() {
            return new AccumulatingEngine();
        }
    }

    static class UnofferedJvp extends DiffEngineConformanceTest {
        @Override
        protected DiffEngine engine() {
            return new UnofferedJvpEngine();
        }
    }

    static class Overclaiming extends DiffEngineConformanceTest {
        @Override
        protected DiffEngine engine() {
            return new OverclaimingEngine();
        }
    }

    static class ThrowingOnNan extends DiffEngineConformanceTest {
        @Override
        protected DiffEngine engine() {
            return new ThrowingOnNanEngine();
        }
    }

    static class Uncounted extends DiffEngineConformanceTest {
        @Override
        protected DiffEngine engine() {
            return new UncountedEngine();
        }
    }

    static class MisdeclaredMode extends DiffEngineConformanceTest {
        @Override
        protected DiffEngine engine() {
            return new MisdeclaredModeEngine();
        }
    }

    /** The tangent engine declaring the mode it has. */
    static class DeclaredForward extends DiffEngineConformanceTest {
        @Override
        protected DiffEngine engine() {
            return new TangentTestEngine() {
                @Override
                public EngineMode mode() {
                    return EngineMode.FORWARD;
                }
            };
        }
    }

    static class Unlisted extends DiffEngineConformanceTest {
        @Override
        protected DiffEngine engine() {
            return new UnlistedEngine();
        }
    }

    static class UndeclaredLack extends DiffEngineConformanceTest {
        @Override
        protected DiffEngine engine() {
            return new UndeclaredLackEngine();
        }
    }

    static class MisdeclaredLack extends DiffEngineConformanceTest {
        @Override
        protected DiffEngine engine() {
            return new MisdeclaredLackEngine();
        }
    }

    static class LackingTan extends DiffEngineConformanceTest {
        @Override
        protected DiffEngine engine() {
            return new LackingTanTestEngine();
        }
    }

    /** A correct engine held to a wrong expectation through the statistics hook. */
    static class ExpectsOneAdjointSweep extends DiffEngineConformanceTest {
        @Override
        protected DiffEngine engine() {
            return new TangentTestEngine();
        }

        @Override
        protected void expectStatistics(Operator operator, Graph graph, CallStatistics statistics) {
            assertThat(statistics.adjointSweeps()).as("adjoint sweeps").isEqualTo(operator == Operator.VALUE ? 0 : 1);
        }
    }

    @Test
    void aWrongRuleForOnePrimitiveFailsExactlyTheGraphsThatUseIt() {
        KitOutcome outcome = KitOutcome.run(WrongTanh.class, "everyPrimitiveAgreesWithFiniteDifferences",
                "modelFamiliesAgreeWithTheirHandDerivatives", "workedExampleGradientIsTheAdjointTrace");

        assertThat(outcome.failed().keySet()).contains("tanh(scalar)", "tanh(vector[3])", "Σ c·tanh(matrix[2×3])",
                "mlp-width size 1", "jacobian size 4 {outputs=3}", "mlp-depth size 3 {width=2}");
        assertThat(outcome.failed().keySet()).allMatch(name -> name.contains("tanh") || name.startsWith("mlp-")
                || name.startsWith("jacobian"));
        assertThat(outcome.passed()).contains("sin(scalar)", "matvec(matrix[2×3], vector[3])", "ode-chain size 10",
                "workedExampleGradientIsTheAdjointTrace()");
        assertThat(outcome.failed().get("tanh(scalar)")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("of tanh(scalar) by 'tck-wrong-tanh'").hasMessageContaining("ρ =");
    }

    @Test
    void derivativesAddedIntoTheCallersArrayAreCaught() {
        KitOutcome outcome = KitOutcome.run(Accumulating.class, "workedExampleGradientIsTheAdjointTrace");

        assertThat(outcome.failed().get("workedExampleGradientIsTheAdjointTrace()"))
                .hasMessageContaining("gradient of the worked example by 'tck-accumulating'[0] is "
                        + (OperatorChecks.SENTINEL + 5.5));
    }

    @Test
    void anOperatorAnsweredButNotOfferedIsCaught() {
        KitOutcome outcome = KitOutcome.run(UnofferedJvp.class, "capabilitiesAreHonoured");

        assertThat(outcome.failed().keySet()).containsExactly("jvp is not offered and is refused");
        assertThat(outcome.passed()).contains("vjp is not offered and is refused", "gradient is offered and answers");
    }

    @Test
    void anOperatorOfferedButNotAnsweredIsCaught() {
        KitOutcome outcome = KitOutcome.run(Overclaiming.class, "capabilitiesAreHonoured",
                "workedExampleAdjointOfOneIsTheGradient");

        assertThat(outcome.failed().keySet()).containsExactlyInAnyOrder("vjp is offered and answers",
                "workedExampleAdjointOfOneIsTheGradient()");
        assertThat(outcome.failed().get("vjp is offered and answers")).isInstanceOf(UnsupportedOperatorException.class);
    }

    @Test
    void anExceptionForADomainErrorIsCaught() {
        KitOutcome outcome = KitOutcome.run(ThrowingOnNan.class, "nonFiniteValuesComeBackAsNumbersNotExceptions");

        assertThat(outcome.failed().keySet()).contains("log(x) at x = -1", "sqrt(x)·x at x = -4")
                .doesNotContain("1/x at x = 0");
        assertThat(outcome.failed().get("log(x) at x = -1"))
                .hasMessageContaining("value of log(x) at x = -1 by 'tck-throwing-on-nan' threw");
    }

    @Test
    void uncountedSweepsAreCaught() {
        KitOutcome outcome = KitOutcome.run(Uncounted.class, "workedExampleGradientIsTheAdjointTrace",
                "workedExampleValue");

        assertThat(outcome.failed().keySet()).containsExactly("workedExampleGradientIsTheAdjointTrace()");
        assertThat(outcome.failed().get("workedExampleGradientIsTheAdjointTrace()"))
                .hasMessageContaining("derivative sweeps reported after gradient by 'tck-uncounted'");
    }

    @Test
    void aModeThatTheSweepsContradictIsCaught() {
        KitOutcome wrong = KitOutcome.run(MisdeclaredMode.class, "workedExampleGradientIsTheAdjointTrace",
                "workedExampleValue");
        KitOutcome right = KitOutcome.run(DeclaredForward.class, "workedExampleGradientIsTheAdjointTrace",
                "workedExampleValue");

        assertThat(wrong.failed().keySet()).containsExactly("workedExampleGradientIsTheAdjointTrace()");
        assertThat(wrong.failed().get("workedExampleGradientIsTheAdjointTrace()"))
                .hasMessageContaining("adjoint sweeps after gradient by 'tck-misdeclared-mode' of a reverse-mode engine");
        assertThat(right.failed()).isEmpty();
        assertThat(right.passed()).hasSize(2);
    }

    @Test
    void anEngineMissingFromTheServiceFileIsCaught() {
        KitOutcome outcome = KitOutcome.run(Unlisted.class, "isFoundByServiceLoaderUnderItsId", "identifiesItself");

        assertThat(outcome.failed().keySet()).containsExactly("isFoundByServiceLoaderUnderItsId()");
        assertThat(outcome.failed().get("isFoundByServiceLoaderUnderItsId()"))
                .hasMessageContaining("list " + UnlistedEngine.class.getName() + " in META-INF/services/");
    }

    @Test
    void theStatisticsHookIsCalledAfterEveryCall() {
        KitOutcome outcome = KitOutcome.run(ExpectsOneAdjointSweep.class, "workedExampleGradientIsTheAdjointTrace",
                "workedExampleValue");

        assertThat(outcome.failed().keySet()).containsExactly("workedExampleGradientIsTheAdjointTrace()");
        assertThat(outcome.passed()).containsExactly("workedExampleValue()");
    }

    @Test
    void aPrimitiveRefusedButNotDeclaredLackingIsCaught() {
        KitOutcome outcome = KitOutcome.run(UndeclaredLack.class, "everyPrimitiveAgreesWithFiniteDifferences");

        assertThat(outcome.failed().keySet()).contains("tan(scalar)", "Σ c·tan(matrix[2×3])")
                .allMatch(name -> name.contains("tan("));
        assertThat(outcome.passed()).contains("sin(scalar)", "tanh(vector[3])");
        assertThat(outcome.failed().get("tan(scalar)")).isInstanceOf(AssertionError.class)
                .hasMessage("'tck-undeclared-lack' refused tan(scalar) for lacking primitive 'tan', which it does not"
                        + " declare lacking; list it in unsupportedPrimitives()")
                .hasCauseInstanceOf(UnsupportedPrimitiveException.class);
    }

    @Test
    void aPrimitiveDeclaredLackingButComputedOrRefusedOtherwiseIsCaught() {
        KitOutcome outcome = KitOutcome.run(MisdeclaredLack.class, "everyPrimitiveAgreesWithFiniteDifferences");

        assertThat(outcome.failed().keySet()).contains("tan(scalar) is refused, tan declared lacking",
                "cos(vector[3]) is refused, cos declared lacking").allMatch(name -> name.contains(" declared lacking"));
        assertThat(outcome.passed()).contains("sin(scalar)", "tanh(vector[3])");
        assertThat(outcome.failed().get("tan(scalar) is refused, tan declared lacking"))
                .hasMessage("preparing tan(scalar) by 'tck-misdeclared-lack', which declares primitive 'tan' lacking,"
                        + " succeeded; throw UnsupportedPrimitiveException for a primitive the engine lacks, or remove"
                        + " it from unsupportedPrimitives()");
        assertThat(outcome.failed().get("cos(vector[3]) is refused, cos declared lacking"))
                .hasMessageContaining("threw java.lang.IllegalArgumentException: no cos here; it must throw"
                        + " UnsupportedPrimitiveException");
    }

    @Test
    void aPrimitiveDeclaredLackingAndRefusedByNamePasses() {
        KitOutcome outcome = KitOutcome.run(LackingTan.class, "everyPrimitiveAgreesWithFiniteDifferences",
                "modelFamiliesAgreeWithTheirHandDerivatives");

        assertThat(outcome.failed()).isEmpty();
        assertThat(outcome.passed()).contains("tan(scalar) is refused, tan declared lacking", "sin(scalar)",
                "mlp-width size 3");
    }
}
