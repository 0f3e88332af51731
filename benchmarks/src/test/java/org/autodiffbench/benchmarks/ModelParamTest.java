package org.autodiffbench.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.autodiffbench.models.ModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModelParamTest {

    @Test
    void familyAndSizeWithoutOptions() {
        assertThat(ModelParam.parse("ode-chain:1000")).isEqualTo(new ModelParam("ode-chain", 1000, Map.of()));
    }

    @Test
    void optionsAfterTheSizeSeparatedByCommas() {
        assertThat(ModelParam.parse("gb-kmeans:10:points=500,dimension=4"))
                .isEqualTo(new ModelParam("gb-kmeans", 10, Map.of("points", "500", "dimension", "4")));
    }

    @Test
    void theInstanceIsTheFamilysModelAtThatSizeAndOptions() {
        ModelInstance jacobian = ModelParam.parse("jacobian:8:outputs=3").instance();
        assertThat(jacobian.family()).isEqualTo("jacobian");
        assertThat(jacobian.parameterCount()).isEqualTo(8);
        assertThat(jacobian.graph().outputSize()).isEqualTo(3);
    }

    @Test
    void theWorkedExampleIsBuiltAtItsPoint() {
        assertThat(ModelParam.parse("scalar-example:2").instance().point()).containsExactly(2.0, 5.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ode-chain", "ode-chain:1000:outputs=1:x", ":1000", "a:b:c:d"})
    void textOfAnotherFormNamesTheExpectedForm(String text) {
        assertThatThrownBy(() -> ModelParam.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("model parameter '" + text + "' must be family:size or family:size:option=value,…, "
                        + "e.g. ode-chain:1000");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "ode-chain:many; size 'many', not a whole number",
        "jacobian:8:outputs; option 'outputs', not option=value",
        "jacobian:8:=8; option '=8', not option=value",
        "jacobian:8:outputs=; option 'outputs=', not option=value"})
    void aBadSizeOrOptionIsNamed(String text, String problem) {
        assertThatThrownBy(() -> ModelParam.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("model parameter '" + text + "' has " + problem);
    }

    @Test
    void anUnknownFamilyIsRefusedByTheModelsWithTheKnownOnes() {
        assertThatThrownBy(() -> ModelParam.parse("ode-chian:1000").instance())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown model family 'ode-chian'; known families: scalar-example");
    }
}
