package org.autodiffbench.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.models.HandDerivative;
import org.autodiffbench.models.ModelFamily;
import org.autodiffbench.models.ModelFootprint;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.models.SizeRange;
import org.autodiffbench.reference.ReferenceInterpreter;
import org.autodiffbench.reference.Rho;
import org.junit.jupiter.api.DynamicTest;

/**
 * What every {@link ModelFamily} must do, as dynamic tests: the checks of
 * {@link ModelFamilyConformanceTest}, and of the tck's own run over the built-in families.
 *
 * @param sizes the sizes the model checks build (the range's ends are built by the size check alone)
 * @param optionSets the options each model check is run with
 * @param seedMoves does another seed give another point? False for a family that ignores its seed
 */
record FamilyChecks(ModelFamily family, List<Integer> sizes, List<Map<String, String>> optionSets,
                    boolean seedMoves) {

    /** How closely a hand-written derivative must agree with the reference interpreter, in ρ. */
    static final double HAND_TOLERANCE = 1e-10;
    private static final long SEED = 7;
    private static final long OTHER_SEED = 8;

    /** The smallest sizes of the family's range, up to three. */
    static List<Integer> smallSizes(SizeRange range) {
        Set<Integer> sizes = new LinkedHashSet<>();
        for (int k = 0; k < 3 && range.min() + k <= range.max(); k++) {
            sizes.add(range.min() + k);
        }
        return List.copyOf(sizes);
    }

    List<DynamicTest> all() {
        List<DynamicTest> tests = new ArrayList<>(rangeChecks());
        for (Map<String, String> options : optionSets) {
            for (int size : sizes) {
                tests.addAll(modelChecks(size, options));
            }
        }
        return tests;
    }

    /** Sizes just outside the range are refused naming the range; its ends are built at the size asked. */
    List<DynamicTest> rangeChecks() {
        SizeRange range = family.sizes();
        Map<String, String> options = optionSets.get(0);
        List<DynamicTest> tests = new ArrayList<>();
        List<Integer> outside = new ArrayList<>();
        if (range.min() > Integer.MIN_VALUE) {
            outside.add(range.min() - 1);
        }
        if (range.max() < Integer.MAX_VALUE) {
            outside.add(range.max() + 1);
        }
        for (int size : outside) {
            tests.add(dynamicTest(name(size, options) + ": refused, naming the range", () -> {
                assertThat(catchThrowable(() -> family.instance(size, options, SEED)))
                        .as("%s outside its range %d..%d", name(size, options), range.min(), range.max())
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining(Integer.toString(range.min()))
                        .hasMessageContaining(Integer.toString(range.max()));
                if (family.footprint(range.min(), options).isPresent()) {
                    assertThat(catchThrowable(() -> family.footprint(size, options)))
                            .as("footprint of %s", name(size, options))
                            .isInstanceOf(IllegalArgumentException.class);
                }
            }));
        }
        for (int size : new LinkedHashSet<>(List.of(range.min(), range.max()))) {
            tests.add(dynamicTest(name(size, options) + ": built at the size asked, its parameters counted",
                    () -> sizeAndCount(size, options)));
        }
        return tests;
    }

    /** The checks of one model: size and count, determinism, a finite output, the hand derivative. */
    List<DynamicTest> modelChecks(int size, Map<String, String> options) {
        String name = name(size, options);
        return List.of(
                dynamicTest(name + ": built at the size asked, its parameters counted", () -> sizeAndCount(size, options)),
                dynamicTest(name + ": deterministic for a seed", () -> deterministic(size, options)),
                dynamicTest(name + ": finite output at the point", () -> finite(size, options)),
                dynamicTest(name + ": hand derivative agrees with the reference interpreter",
                        () -> handDerivative(size, options)));
    }

    private String name(int size, Map<String, String> options) {
        return family.id() + " size " + size + (options.isEmpty() ? "" : " " + options);
    }

    private void sizeAndCount(int size, Map<String, String> options) {
        String name = name(size, options);
        ModelInstance model = family.instance(size, options, SEED);
        Graph graph = model.graph();
        assertThat(model.size()).as("size() of %s", name).isEqualTo(size);
        assertThat(model.family()).as("family() of %s", name).isEqualTo(family.id());
        assertThat(model.parameterCount()).as("parameterCount() of %s against its graph", name)
                .isEqualTo(graph.parameterCount());
        assertThat(model.point()).as("point of %s against the graph's %d parameters", name, graph.parameterCount())
                .hasSize(graph.parameterCount());
        Optional<ModelFootprint> footprint = family.footprint(size, options);
        footprint.ifPresent(f -> assertThat(f.parameters()).as("parameters of the footprint of %s", name)
                .isEqualTo(graph.parameterCount()));
    }

    private void deterministic(int size, Map<String, String> options) {
        String name = name(size, options);
        ModelInstance first = family.instance(size, options, SEED);
        ModelInstance again = family.instance(size, options, SEED);
        assertThat(again.graph().toString()).as("graph of %s built twice with seed %d", name, SEED)
                .isEqualTo(first.graph().toString());
        assertThat(again.graph().inputs()).as("inputs and data of %s built twice with seed %d", name, SEED)
                .isEqualTo(first.graph().inputs());
        assertThat(again.point()).as("point of %s built twice with seed %d", name, SEED).isEqualTo(first.point());
        if (seedMoves) {
            assertThat(family.instance(size, options, OTHER_SEED).point())
                    .as("point of %s with seed %d against seed %d (a family that ignores its seed says so)",
                            name, OTHER_SEED, SEED)
                    .isNotEqualTo(first.point());
        }
    }

    private void finite(int size, Map<String, String> options) {
        ModelInstance model = family.instance(size, options, SEED);
        double[] y = new ReferenceInterpreter(model.graph()).apply(model.point());
        assertThat(Arrays.stream(y).allMatch(Double::isFinite)).as("output of %s at its point is finite: %s",
                name(size, options), Arrays.toString(y)).isTrue();
    }

    private void handDerivative(int size, Map<String, String> options) {
        String name = name(size, options);
        ModelInstance model = family.instance(size, options, SEED);
        Optional<HandDerivative> found = model.handDerivative();
        if (found.isEmpty()) {
            return;
        }
        HandDerivative hand = found.get();
        Graph graph = model.graph();
        ReferenceInterpreter reference = new ReferenceInterpreter(graph);
        double[] x = model.point();
        double[] expectedValue = reference.apply(x);
        double[] value = new double[graph.outputSize()];
        hand.value(x.clone(), value);
        Rho.assertClose("hand-written value of " + name, value, expectedValue, HAND_TOLERANCE);
        if (graph.hasScalarOutput()) {
            double[] gradient = new double[graph.parameterCount()];
            try {
                double f = hand.gradient(x.clone(), gradient);
                Rho.assertClose("value the hand-written gradient of " + name + " returns", f, expectedValue[0],
                        HAND_TOLERANCE);
                Rho.assertClose("hand-written gradient of " + name, gradient, reference.gradient(x), HAND_TOLERANCE);
            } catch (UnsupportedOperationException e) {
                // the family offers no hand-written gradient
            }
        }
        double[] jacobian = new double[graph.outputSize() * graph.parameterCount()];
        double[] y = new double[graph.outputSize()];
        try {
            hand.jacobian(x.clone(), y, jacobian);
        } catch (UnsupportedOperationException e) {
            return;
        }
        Rho.assertClose("value the hand-written Jacobian of " + name + " gives", y, expectedValue, HAND_TOLERANCE);
        double[] expectedJacobian = graph.hasScalarOutput() ? reference.gradient(x) : jacobianByColumns(reference, x);
        Rho.assertClose("hand-written Jacobian of " + name, jacobian, expectedJacobian, HAND_TOLERANCE);
    }

    /** The m × n Jacobian, row-major, from one exact J·e_j of the reference interpreter per column. */
    private static double[] jacobianByColumns(ReferenceInterpreter reference, double[] x) {
        int n = x.length;
        double[] jacobian = null;
        for (int j = 0; j < n; j++) {
            double[] direction = new double[n];
            direction[j] = 1;
            double[] column = reference.jvp(x, direction);
            if (jacobian == null) {
                jacobian = new double[column.length * n];
            }
            for (int i = 0; i < column.length; i++) {
                jacobian[i * n + j] = column[i];
            }
        }
        return jacobian == null ? new double[0] : jacobian;
    }
}
