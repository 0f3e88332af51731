package org.autodiffbench.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.reference.ReferenceInterpreter;
import org.autodiffbench.reference.Rho;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ModelFamiliesTest {

    static Stream<ModelFamily> families() {
        return ModelFamilies.all().stream();
    }

    @Test
    void listsTheFamiliesInAFixedOrder() {
        assertThat(ModelFamilies.ids()).containsExactly(
                "scalar-example", "scalar-dag", "mlp-width", "jacobian", "mlp-depth", "ode-chain", "mlp-batch",
                "gb-hello", "gb-llsq", "gb-lse", "gb-ode", "gb-gmm", "gb-lstm", "gb-ba", "gb-kmeans");
        assertThat(ModelFamilies.all()).extracting(ModelFamily::id).containsExactlyElementsOf(ModelFamilies.ids());
    }

    @Test
    void findsAFamilyByItsId() {
        assertThat(ModelFamilies.find("mlp-width")).map(ModelFamily::id).contains("mlp-width");
        assertThat(ModelFamilies.find("mlp")).isEmpty();
        assertThat(ModelFamilies.require("jacobian").id()).isEqualTo("jacobian");
    }

    @Test
    void anUnknownIdNamesTheKnownFamilies() {
        assertThatThrownBy(() -> ModelFamilies.require("resnet"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown model family 'resnet'; known families: "
                        + String.join(", ", ModelFamilies.ids()));
    }

    /** A small size the family accepts, close to {@code wanted}. */
    private static int smallSize(ModelFamily family, int wanted) {
        return Math.max(family.sizes().min(), Math.min(family.sizes().max(), wanted));
    }

    @ParameterizedTest
    @MethodSource("families")
    void describesItself(ModelFamily family) {
        assertThat(family.description()).isNotBlank();
        assertThat(family.sizes().meaning()).isNotBlank();
        assertThat(family.sizes().min()).isPositive().isLessThanOrEqualTo(family.sizes().max());
    }

    @ParameterizedTest
    @MethodSource("families")
    void refusesSizesOutOfRangeNamingTheRange(ModelFamily family) {
        SizeRange sizes = family.sizes();
        for (int bad : new int[] {sizes.min() - 1, sizes.max() + 1}) {
            assertThatThrownBy(() -> family.instance(bad, 1L))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("size " + bad + " is out of range for model '" + family.id() + "': "
                            + sizes.meaning() + " must be between " + sizes.min() + " and " + sizes.max());
        }
    }

    @ParameterizedTest
    @MethodSource("families")
    void refusesAnUnknownOption(ModelFamily family) {
        assertThatThrownBy(() -> family.instance(family.sizes().min(), Map.of("colour", "blue"), 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown option 'colour' for model '" + family.id() + "'; ");
    }

    @ParameterizedTest
    @MethodSource("families")
    void buildsAnInstanceWhosePointFitsItsGraph(ModelFamily family) {
        int size = smallSize(family, 3);
        ModelInstance instance = family.instance(size, 7L);
        Graph graph = instance.graph();
        assertThat(instance.family()).isEqualTo(family.id());
        assertThat(instance.size()).isEqualTo(size);
        assertThat(instance.point()).hasSize(graph.parameterCount());
        assertThat(instance.parameterCount()).isEqualTo(graph.parameterCount());
        assertThat(family.instance(size, 7L).point()).isEqualTo(instance.point());
    }

    @ParameterizedTest
    @MethodSource("families")
    void handsOutAFreshCopyOfThePoint(ModelFamily family) {
        ModelInstance instance = family.instance(family.sizes().min(), 3L);
        double[] first = instance.point();
        double[] original = first.clone();
        first[0] += 100.0;
        assertThat(instance.point()).isEqualTo(original);
    }

    @ParameterizedTest
    @MethodSource("families")
    void theHandValueIsTheGraphValue(ModelFamily family) {
        ModelInstance instance = family.instance(smallSize(family, 4), 11L);
        Optional<HandDerivative> hand = instance.handDerivative();
        if (hand.isPresent()) {
            double[] y = new double[instance.graph().outputSize()];
            hand.get().value(instance.point(), y);
            Rho.assertClose("hand value of " + family.id(), y,
                    new ReferenceInterpreter(instance.graph()).apply(instance.point()), 1e-13);
        }
    }

    @ParameterizedTest
    @MethodSource("families")
    void itsStagesFormAChain(ModelFamily family) {
        Graph graph = family.instance(smallSize(family, 4), 5L).graph();
        StageChain.assertChain(graph);
        assertThat(graph.node(graph.output(0)).stage()).isEqualTo(graph.stageCount() - 1);
    }
}
