package org.autodiffbench.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.OptionSpec;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.UnsupportedOperatorException;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.api.primitives.Primitive;
import org.autodiffbench.api.primitives.Primitives;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.models.HandDerivative;
import org.autodiffbench.models.ModelFamilies;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.reference.Rho;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance kit: what every {@link DiffEngine} must do, as a JUnit 5 test class that an
 * engine's own build subclasses by saying which engine to test.
 *
 * <pre>{@code
 * class MyEngineConformanceTest extends DiffEngineConformanceTest {
 *     protected DiffEngine engine() { return new MyEngine(); }
 * }
 * }</pre>
 *
 * <p>It checks the engine's metadata and that {@link java.util.ServiceLoader} finds it; every
 * primitive on small graphs of scalars, vectors and matrices (broadcasting included) against
 * central finite differences of the reference interpreter; the worked example of Baydin et al.
 * against its known value, gradient and tangents; random scalar DAGs against finite
 * differences; the mlp-width, jacobian, mlp-depth and ode-chain families against their
 * hand-written derivatives; that the statistics of every call are plausible; that an operator
 * the engine does not offer is refused and every one it offers works; that non-finite values
 * come back as NaN or ±∞, not as exceptions; and that a prepared object can be called again.
 *
 * <p>A graph that uses a primitive the engine declares lacking
 * ({@link DiffEngine#unsupportedPrimitives()}) is checked to be refused at preparation with
 * {@link org.autodiffbench.api.UnsupportedPrimitiveException} naming it, and its values are not
 * checked; an engine that refuses a primitive it does not declare lacking fails. A primitive the
 * kit has no graphs for fails whatever the engine declares.
 *
 * <p>Every operator the engine lists in {@link DiffEngine#capabilities()} is held to the same
 * references: value, gradient, J·v, uᵀ·J and the full Jacobian. Agreement is measured in
 * ρ(a, b) = |a − b| / max(1, |a| + |b|) and bounded by {@link #tolerance()}.
 */
public abstract class DiffEngineConformanceTest {

    /** f(x1, x2) = ln(x1) + x1·x2 − sin(x2) at (2, 5): its value and gradient (Baydin et al., 2018). */
    static final double WORKED_VALUE = 11.652071455223084;
    static final double[] WORKED_POINT = {2.0, 5.0};
    static final double[] WORKED_GRADIENT = {5.5, 1.7163378145367738};

    /** The engine under test. The kit calls this often: return a shared instance or a cheap new one. */
    protected abstract DiffEngine engine();

    /** The options every graph is prepared with; none by default. */
    protected EngineOptions options() {
        return EngineOptions.none();
    }

    /** How closely the engine must agree; override for an engine with other arithmetic, e.g. float kernels. */
    protected Tolerance tolerance() {
        return Tolerance.DEFAULT;
    }

    /**
     * Exact expectations on the statistics of one call, on top of the plausibility every engine
     * must meet (sweeps ≥ 1 for a derivative, no negative count). Called after every call the
     * kit makes; the default expects nothing more. A forward engine might check
     * {@code tangentSweeps == ⌈n / lanes⌉} for a gradient, a reverse one {@code adjointSweeps == 1}.
     *
     * @param operator the operator just called
     * @param graph the graph it was called on
     * @param statistics what {@link PreparedDiff#statistics()} reported right after the call
     */
    protected void expectStatistics(Operator operator, Graph graph, CallStatistics statistics) {
    }

    private OperatorChecks checks() {
        return new OperatorChecks(engine(), options(), this::plausibleStatistics);
    }

    private void plausibleStatistics(Operator operator, Graph graph, CallStatistics s) {
        String call = operator.label() + " by '" + engine().id() + "'";
        assertThat(s).as("statistics after %s", call).isNotNull();
        if (operator != Operator.VALUE) {
            assertThat(s.sweeps()).as("derivative sweeps reported after %s (count tangent or adjoint sweeps)", call)
                    .isGreaterThanOrEqualTo(1);
        }
        assertThat(s.tangentSweeps()).as("tangent sweeps after %s", call).isNotNegative();
        assertThat(s.adjointSweeps()).as("adjoint sweeps after %s", call).isNotNegative();
        assertThat(s.stageEvaluations()).as("stage evaluations after %s", call).isNotNegative();
        assertThat(s.retainedBytes()).as("retained bytes after %s", call).isNotNegative();
        assertThat(s.flops()).as("flops after %s", call).isNotNegative();
        assertThat(s.details()).as("details after %s", call).isNotNull();
        s.details().forEach((name, value) -> assertThat(value).as("detail '%s' after %s", name, call).isNotNegative());
        if (operator == Operator.GRADIENT) {
            sweepsOfTheDeclaredMode(call, s);
        }
        expectStatistics(operator, graph, s);
    }

    /**
     * A gradient counted as the declared mode makes it, since reports take their theory from the
     * mode: forward and numeric modes sweep tangents (one per input, or per block of lanes) and no
     * adjoints; reverse modes make exactly one adjoint sweep and no tangent sweep.
     */
    private void sweepsOfTheDeclaredMode(String call, CallStatistics s) {
        EngineMode mode = engine().mode();
        switch (mode) {
            case FORWARD, NUMERIC -> {
                assertThat(s.tangentSweeps()).as("tangent sweeps after %s of a %s-mode engine", call, mode.label())
                        .isGreaterThanOrEqualTo(1);
                assertThat(s.adjointSweeps()).as("adjoint sweeps after %s of a %s-mode engine", call, mode.label())
                        .isZero();
            }
            case REVERSE, CHECKPOINTED_REVERSE -> {
                assertThat(s.adjointSweeps()).as("adjoint sweeps after %s of a %s-mode engine", call, mode.label())
                        .isEqualTo(1);
                assertThat(s.tangentSweeps()).as("tangent sweeps after %s of a %s-mode engine", call, mode.label())
                        .isZero();
            }
            case OTHER -> {
                // an engine that declares no mode is held to nothing more
            }
        }
    }

    // ---- metadata -------------------------------------------------------------------------

    @Test
    public void identifiesItself() {
        DiffEngine engine = engine();
        assertThat(engine.id()).as("id").isNotNull().matches("[A-Za-z0-9][A-Za-z0-9._-]*")
                .as("id 'all' is reserved for every engine").isNotEqualTo("all");
        assertThat(engine.description()).as("description of '%s'", engine.id()).isNotBlank();
        assertThat(engine.version()).as("version of '%s'", engine.id()).isNotBlank();
        assertThat(engine.apiVersion()).as("apiVersion() of '%s'", engine.id()).isEqualTo(ApiVersion.CURRENT);
        assertThat(engine.capabilities()).as("capabilities of '%s' (value is every engine's)", engine.id())
                .contains(Operator.VALUE);
        assertThat(engine.mode()).as("mode of '%s' (OTHER when it declares none)", engine.id()).isNotNull();
    }

    @Test
    public void isFoundByServiceLoaderUnderItsId() {
        DiffEngine engine = engine();
        EngineRegistry registry = EngineRegistry.discover(engine.getClass().getClassLoader());
        String hint = "list " + engine.getClass().getName() + " in META-INF/services/" + DiffEngine.class.getName()
                + "; failed providers: " + registry.failures() + "; warnings: " + registry.warnings();
        assertThat(registry.find(engine.id())).as("engine '%s' found by ServiceLoader (%s)", engine.id(), hint)
                .isPresent();
        assertThat(registry.require(engine.id()).getClass()).as("class of the engine registered as '%s'", engine.id())
                .isEqualTo(engine.getClass());
        assertThat(registry.warnings()).as("warnings about the id '%s'", engine.id())
                .noneMatch(w -> w.contains("'" + engine.id() + "'"));
    }

    @Test
    public void describesItsOptionsAndRefusesAnUnknownOne() {
        DiffEngine engine = engine();
        List<String> names = new ArrayList<>();
        for (OptionSpec option : engine.options()) {
            assertThat(option.name()).as("option name of '%s'", engine.id()).isNotBlank();
            assertThat(option.description()).as("description of option '%s'", option.name()).isNotBlank();
            assertThat(option.defaultValue()).as("default of option '%s'", option.name()).isNotNull();
            names.add(option.name());
        }
        assertThat(names).as("option names of '%s'", engine.id()).doesNotHaveDuplicates();
        Map<String, String> unknown = new HashMap<>(options().asMap());
        unknown.put("tck-no-such-option", "1");
        assertThatThrownBy(() -> engine.prepare(workedExample(), EngineOptions.of(unknown)))
                .as("preparing '%s' with an unknown option", engine.id())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tck-no-such-option");
    }

    // ---- the worked example ---------------------------------------------------------------

    /** f(x1, x2) = ln(x1) + x1·x2 − sin(x2), built in the order of the paper's trace. */
    static Graph workedExample() {
        return ModelFamilies.require("scalar-example").instance(2, 1L).graph();
    }

    private Reference workedReference() {
        return new Reference("the worked example", workedExample(), WORKED_POINT.clone(),
                new double[] {WORKED_VALUE}, WORKED_GRADIENT.clone(), tolerance().exact(), tolerance().exact());
    }

    @Test
    public void workedExampleValue() {
        checks().check(Operator.VALUE, checks().prepare(workedExample()), workedReference());
    }

    @Test
    public void workedExampleGradientIsTheAdjointTrace() {
        assumeOffered(Operator.GRADIENT);
        checks().check(Operator.GRADIENT, checks().prepare(workedExample()), workedReference());
    }

    @Test
    public void workedExampleTangentsAreTheTangentTrace() {
        assumeOffered(Operator.JVP);
        PreparedDiff prepared = checks().prepare(workedExample());
        for (int j = 0; j < 2; j++) {
            double[] seed = new double[2];
            seed[j] = 1.0;
            double[] y = OperatorChecks.filled(1);
            double[] yDot = OperatorChecks.filled(1);
            prepared.jvp(WORKED_POINT.clone(), seed, y, yDot);
            Rho.assertClose("value of the worked example from jvp", y[0], WORKED_VALUE, tolerance().exact());
            Rho.assertClose("tangent ẏ of the worked example for the seed ẋ" + (j + 1) + " = 1", yDot[0],
                    WORKED_GRADIENT[j], tolerance().exact());
            plausibleStatistics(Operator.JVP, prepared.graph(), prepared.statistics());
        }
    }

    @Test
    public void workedExampleAdjointOfOneIsTheGradient() {
        assumeOffered(Operator.VJP);
        checks().check(Operator.VJP, checks().prepare(workedExample()), workedReference());
    }

    @Test
    public void workedExampleJacobianIsTheGradientAsARow() {
        assumeOffered(Operator.JACOBIAN);
        checks().check(Operator.JACOBIAN, checks().prepare(workedExample()), workedReference());
    }

    // ---- primitives and random graphs against finite differences --------------------------

    @TestFactory
    public Stream<DynamicTest> everyPrimitiveAgreesWithFiniteDifferences() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Primitive primitive : Primitives.all()) {
            List<GraphCase> cases = PrimitiveCases.of(primitive);
            if (cases.isEmpty()) {
                tests.add(DynamicTest.dynamicTest(primitive.describe(), () -> {
                    throw new AssertionError("the conformance kit has no graphs for primitive '" + primitive.name()
                            + "'; use a kit of the same version as the api");
                }));
            }
            boolean lacking = engine().unsupportedPrimitives().contains(primitive.name());
            for (GraphCase graphCase : cases) {
                String name = lacking ? graphCase.label() + " is refused, " + primitive.name() + " declared lacking"
                        : graphCase.label();
                tests.add(DynamicTest.dynamicTest(name,
                        () -> checks().checkOffered(Reference.byFiniteDifferences(graphCase, tolerance()))));
            }
        }
        return tests.stream();
    }

    @TestFactory
    public Stream<DynamicTest> randomScalarDagsAgreeWithFiniteDifferences() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int n : new int[] {2, 5, 12}) {
            for (long seed = 1; seed <= 3; seed++) {
                ModelInstance instance = ModelFamilies.require("scalar-dag").instance(n, seed);
                String label = "scalar-dag n=" + n + " seed=" + seed;
                GraphCase graphCase = new GraphCase(label, instance.graph(), instance.point());
                tests.add(DynamicTest.dynamicTest(label,
                        () -> checks().checkOffered(Reference.byFiniteDifferences(graphCase, tolerance()))));
            }
        }
        return tests.stream();
    }

    /** Inputs no output depends on and outputs that depend on no input have zero derivatives. */
    @Test
    public void inactiveInputsAndOutputsHaveZeroDerivatives() {
        GraphBuilder b = new GraphBuilder();
        Var x = b.scalar("x");
        b.scalar("unused");
        Var v = b.vector("v", 2);
        b.output(b.mul(b.sin(x), b.sum(b.square(v))));
        b.output(b.constant(3.0));
        b.output(b.cos(b.constant(0.5)));
        Graph graph = b.build();
        double[] point = {0.7, 9.0, 0.3, -0.4};
        double sumSquares = 0.3 * 0.3 + 0.4 * 0.4;
        double[] jacobian = {
            Math.cos(0.7) * sumSquares, 0.0, Math.sin(0.7) * 2 * 0.3, Math.sin(0.7) * 2 * -0.4,
            0, 0, 0, 0,
            0, 0, 0, 0};
        Reference reference = new Reference("sin(x)·Σv² with an unused input and constant outputs", graph, point,
                new double[] {Math.sin(0.7) * sumSquares, 3.0, Math.cos(0.5)}, jacobian, tolerance().exact(),
                tolerance().exact());
        checks().checkOffered(reference);
        GraphBuilder s = new GraphBuilder();
        Var y = s.scalar("y");
        s.scalar("z");
        s.output(s.square(y));
        checks().checkOffered(new Reference("y² with an unused input z", s.build(), new double[] {1.5, 2.0},
                new double[] {2.25}, new double[] {3.0, 0.0}, tolerance().exact(), tolerance().exact()));
    }

    // ---- model families against hand-written derivatives ----------------------------------

    @TestFactory
    public Stream<DynamicTest> modelFamiliesAgreeWithTheirHandDerivatives() {
        List<DynamicTest> tests = new ArrayList<>();
        addFamily(tests, "mlp-width", 1, Map.of());
        addFamily(tests, "mlp-width", 3, Map.of());
        addFamily(tests, "jacobian", 1, Map.of("outputs", "1"));
        addFamily(tests, "jacobian", 4, Map.of("outputs", "3"));
        addFamily(tests, "mlp-depth", 3, Map.of("width", "2"));
        addFamily(tests, "ode-chain", 10, Map.of());
        addFamily(tests, "mlp-batch", 3, Map.of("width", "3"));
        addFamily(tests, "gb-gmm", 2, Map.of("d", "3", "n", "6"));
        return tests.stream();
    }

    private void addFamily(List<DynamicTest> tests, String family, int size, Map<String, String> familyOptions) {
        String label = family + " size " + size + (familyOptions.isEmpty() ? "" : " " + familyOptions);
        tests.add(DynamicTest.dynamicTest(label, () -> {
            ModelInstance instance = ModelFamilies.require(family).instance(size, familyOptions, 7);
            checks().checkOffered(handReference(label, instance));
        }));
    }

    private Reference handReference(String label, ModelInstance instance) {
        Graph graph = instance.graph();
        double[] x = instance.point();
        double[] y = new double[graph.outputSize()];
        double[] jacobian = new double[graph.outputSize() * graph.parameterCount()];
        HandDerivative hand = instance.handDerivative().orElseThrow(
                () -> new IllegalStateException("model " + label + " has no hand derivative"));
        if (graph.hasScalarOutput()) {
            y[0] = hand.gradient(x, jacobian);
        } else {
            hand.jacobian(x, y, jacobian);
        }
        return new Reference(label, graph, x, y, jacobian, tolerance().exact(), tolerance().exact());
    }

    // ---- capabilities ----------------------------------------------------------------------

    /**
     * One test per operator: an offered one answers the worked example and a vector-valued
     * graph correctly; one not offered throws {@link UnsupportedOperatorException} rather than
     * answer.
     */
    @TestFactory
    public Stream<DynamicTest> capabilitiesAreHonoured() {
        Set<Operator> offered = engine().capabilities();
        List<DynamicTest> tests = new ArrayList<>();
        for (Operator operator : Operator.values()) {
            if (offered.contains(operator)) {
                tests.add(DynamicTest.dynamicTest(operator.label() + " is offered and answers", () -> {
                    OperatorChecks checks = checks();
                    checks.check(operator, checks.prepare(workedExample()), workedReference());
                    Reference vectorValued = vectorValuedReference();
                    if (OperatorChecks.applies(operator, vectorValued.graph())) {
                        checks.check(operator, checks.prepare(vectorValued.graph()), vectorValued);
                    }
                }));
            } else {
                tests.add(DynamicTest.dynamicTest(operator.label() + " is not offered and is refused",
                        () -> assertRefused(operator)));
            }
        }
        return tests.stream();
    }

    /** y = (x1·x2, sin(x1)) at (0.5, −2). */
    private Reference vectorValuedReference() {
        GraphBuilder b = new GraphBuilder();
        Var x1 = b.scalar("x1");
        Var x2 = b.scalar("x2");
        b.output(b.mul(x1, x2)).output(b.sin(x1));
        double[] x = {0.5, -2.0};
        return new Reference("(x1·x2, sin x1)", b.build(), x, new double[] {-1.0, Math.sin(0.5)},
                new double[] {-2.0, 0.5, Math.cos(0.5), 0.0}, tolerance().exact(), tolerance().exact());
    }

    private void assertRefused(Operator operator) {
        PreparedDiff prepared = checks().prepare(workedExample());
        double[] x = WORKED_POINT.clone();
        Runnable call = switch (operator) {
            case VALUE -> () -> prepared.value(x, new double[1]);
            case GRADIENT -> () -> prepared.gradient(x, new double[2]);
            case JVP -> () -> prepared.jvp(x, new double[] {1, 0}, new double[1], new double[1]);
            case VJP -> () -> prepared.vjp(x, new double[] {1}, new double[1], new double[2]);
            case JACOBIAN -> () -> prepared.jacobian(x, new double[1], new double[2]);
        };
        assertThatThrownBy(call::run)
                .as("%s, which '%s' does not list in capabilities()", operator.label(), engine().id())
                .isInstanceOf(UnsupportedOperatorException.class);
    }

    @Test
    public void aGradientOfAVectorValuedGraphIsRefused() {
        assumeOffered(Operator.GRADIENT);
        PreparedDiff prepared = checks().prepare(vectorValuedReference().graph());
        assertThatThrownBy(() -> prepared.gradient(new double[] {0.5, -2.0}, new double[2]))
                .as("gradient of a graph with two outputs")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @TestFactory
    public Stream<DynamicTest> aPointOfTheWrongLengthIsRefused() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Operator operator : engine().capabilities()) {
            tests.add(DynamicTest.dynamicTest(operator.label() + " at a point of the wrong length", () -> {
                PreparedDiff prepared = checks().prepare(workedExample());
                double[] x = {2.0, 5.0, 1.0};
                Runnable call = switch (operator) {
                    case VALUE -> () -> prepared.value(x, new double[1]);
                    case GRADIENT -> () -> prepared.gradient(x, new double[2]);
                    case JVP -> () -> prepared.jvp(x, new double[] {1, 0}, new double[1], new double[1]);
                    case VJP -> () -> prepared.vjp(x, new double[] {1}, new double[1], new double[2]);
                    case JACOBIAN -> () -> prepared.jacobian(x, new double[1], new double[2]);
                };
                assertThatThrownBy(call::run).as("%s at a point of 3 entries for a graph of 2", operator.label())
                        .isInstanceOf(IllegalArgumentException.class);
            }));
        }
        return tests.stream();
    }

    // ---- non-finite values -----------------------------------------------------------------

    /**
     * A domain error is a value, not an exception: log and sqrt of a negative number are NaN,
     * 1/0 is +∞, and what is computed from them is not finite either.
     */
    @TestFactory
    public Stream<DynamicTest> nonFiniteValuesComeBackAsNumbersNotExceptions() {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(nonFinite("log(x) at x = -1", g -> g.output(g.log(g.scalar("x"))), new double[] {-1}, true, false));
        tests.add(nonFinite("sin(log(x)) at x = -1", g -> g.output(g.sin(g.log(g.scalar("x")))), new double[] {-1},
                true, true));
        tests.add(nonFinite("sqrt(x)·x at x = -4", g -> {
            Var x = g.scalar("x");
            g.output(g.mul(g.sqrt(x), x));
        }, new double[] {-4}, true, true));
        tests.add(nonFinite("1/x at x = 0", g -> g.output(g.div(g.constant(1.0), g.scalar("x"))), new double[] {0},
                false, true));
        tests.add(nonFinite("x·y at (NaN, 2)", g -> g.output(g.mul(g.scalar("x"), g.scalar("y"))),
                new double[] {Double.NaN, 2}, true, false));
        return tests.stream();
    }

    /**
     * @param valueIsNaN NaN expected as the value, else an infinity
     * @param derivativesNonFinite every derivative is expected not to be finite
     */
    private DynamicTest nonFinite(String label, Consumer<GraphBuilder> body, double[] point, boolean valueIsNaN,
                                  boolean derivativesNonFinite) {
        return DynamicTest.dynamicTest(label, () -> {
            GraphBuilder b = new GraphBuilder();
            body.accept(b);
            Graph graph = b.build();
            PreparedDiff prepared = checks().prepare(graph);
            int n = graph.parameterCount();
            List<double[]> values = new ArrayList<>();
            List<double[]> derivatives = new ArrayList<>();
            Set<Operator> offered = engine().capabilities();
            callWithoutException(label, Operator.VALUE, () -> {
                double[] y = new double[1];
                prepared.value(point.clone(), y);
                values.add(y);
            });
            if (offered.contains(Operator.GRADIENT)) {
                callWithoutException(label, Operator.GRADIENT, () -> {
                    double[] gradient = new double[n];
                    values.add(new double[] {prepared.gradient(point.clone(), gradient)});
                    derivatives.add(gradient);
                });
            }
            if (offered.contains(Operator.JVP)) {
                callWithoutException(label, Operator.JVP, () -> {
                    double[] y = new double[1];
                    double[] yDot = new double[1];
                    double[] v = new double[n];
                    v[0] = 1.0;
                    prepared.jvp(point.clone(), v, y, yDot);
                    values.add(y);
                    derivatives.add(yDot);
                });
            }
            if (offered.contains(Operator.VJP)) {
                callWithoutException(label, Operator.VJP, () -> {
                    double[] y = new double[1];
                    double[] xBar = new double[n];
                    prepared.vjp(point.clone(), new double[] {1.0}, y, xBar);
                    values.add(y);
                    derivatives.add(new double[] {xBar[0]});
                });
            }
            if (offered.contains(Operator.JACOBIAN)) {
                callWithoutException(label, Operator.JACOBIAN, () -> {
                    double[] y = new double[1];
                    double[] jacobian = new double[n];
                    prepared.jacobian(point.clone(), y, jacobian);
                    values.add(y);
                    derivatives.add(new double[] {jacobian[0]});
                });
            }
            for (double[] value : values) {
                if (valueIsNaN) {
                    assertThat(value[0]).as("value of %s", label).isNaN();
                } else {
                    assertThat(value[0]).as("value of %s", label).isInfinite();
                }
            }
            if (derivativesNonFinite) {
                for (double[] derivative : derivatives) {
                    assertThat(Double.isFinite(derivative[0])).as("derivative of %s is %s, expected NaN or ±∞", label,
                            derivative[0]).isFalse();
                }
            }
        });
    }

    private void callWithoutException(String label, Operator operator, Runnable call) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).as("%s of %s by '%s' threw; a domain error must come back as NaN or ±∞",
                operator.label(), label, engine().id()).isNull();
    }

    // ---- reuse -----------------------------------------------------------------------------

    /**
     * One prepared object answers a sequence of calls at different points like fresh ones: no
     * state leaks from one call into the next.
     */
    @Test
    public void aPreparedObjectAnswersRepeatedCallsLikeAFreshOne() {
        ModelInstance first = ModelFamilies.require("scalar-dag").instance(6, 11);
        double[] otherPoint = ModelFamilies.require("scalar-dag").instance(6, 12).point();
        Graph graph = first.graph();
        Reference atFirst = Reference.byFiniteDifferences(new GraphCase("scalar-dag n=6 at x", graph, first.point()),
                tolerance());
        Reference atOther = Reference.byFiniteDifferences(new GraphCase("scalar-dag n=6 at x'", graph, otherPoint),
                tolerance());
        OperatorChecks checks = checks();
        PreparedDiff prepared = checks.prepare(graph);
        for (int round = 0; round < 2; round++) {
            for (Operator operator : engine().capabilities()) {
                checks.check(operator, prepared, atFirst);
                checks.check(operator, prepared, atOther);
            }
        }
    }

    private void assumeOffered(Operator operator) {
        assumeTrue(engine().capabilities().contains(operator),
                () -> "'" + engine().id() + "' does not offer " + operator.label());
    }
}
