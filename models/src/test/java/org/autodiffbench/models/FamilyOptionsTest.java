package org.autodiffbench.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.OptionSpec;
import org.junit.jupiter.api.Test;

class FamilyOptionsTest {

    /** A family that only declares options; building it is not what these tests are about. */
    private static ModelFamily familyWith(OptionSpec... options) {
        return new ModelFamily() {
            @Override
            public String id() {
                return "toy";
            }

            @Override
            public int apiVersion() {
                return ApiVersion.CURRENT;
            }

            @Override
            public String description() {
                return "a toy";
            }

            @Override
            public SizeRange sizes() {
                return new SizeRange(1, 1, "nothing");
            }

            @Override
            public List<OptionSpec> options() {
                return List.of(options);
            }

            @Override
            public ModelInstance instance(int size, Map<String, String> options, long seed) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static final ModelFamily TWO_OPTIONS = familyWith(
            new OptionSpec("outputs", "How many outputs?", "32"),
            new OptionSpec("depth", "How deep?", "4"));

    @Test
    void acceptsDeclaredOptions() {
        FamilyOptions.requireKnown(TWO_OPTIONS, Map.of("depth", "2", "outputs", "3"));
        FamilyOptions.requireKnown(familyWith(), Map.of());
    }

    @Test
    void namesTheUnknownOptionsAndTheAcceptedOnes() {
        assertThatThrownBy(() -> FamilyOptions.requireKnown(TWO_OPTIONS, Map.of("width", "1", "depht", "2", "depth", "3")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown option 'depht', 'width' for model 'toy'; accepted options: outputs, depth");
    }

    @Test
    void saysWhenAFamilyTakesNoOptions() {
        assertThatThrownBy(() -> FamilyOptions.requireKnown(familyWith(), Map.of("width", "1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown option 'width' for model 'toy'; it accepts no options");
    }

    @Test
    void readsAnIntegerOrItsDeclaredDefault() {
        assertThat(FamilyOptions.intOption(TWO_OPTIONS, Map.of(), "outputs", 1, 100)).isEqualTo(32);
        assertThat(FamilyOptions.intOption(TWO_OPTIONS, Map.of("outputs", " 7 "), "outputs", 1, 100)).isEqualTo(7);
        assertThat(FamilyOptions.intOption(TWO_OPTIONS, Map.of("outputs", "100"), "outputs", 1, 100)).isEqualTo(100);
    }

    @Test
    void refusesAValueThatIsNotAnIntegerInRange() {
        for (String bad : new String[] {"0", "101", "ten", "2.5", ""}) {
            assertThatThrownBy(() -> FamilyOptions.intOption(TWO_OPTIONS, Map.of("outputs", bad), "outputs", 1, 100))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("option 'outputs' of model 'toy' must be an integer between 1 and 100, was '" + bad + "'");
        }
    }

    @Test
    void anUndeclaredOptionIsAProgrammingError() {
        assertThatThrownBy(() -> FamilyOptions.intOption(TWO_OPTIONS, Map.of(), "width", 1, 10))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not declare it in options()");
    }
}
