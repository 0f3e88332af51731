package org.autodiffbench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parsing, typed reading and validation of engine options, and the messages of each refusal. */
class EngineOptionsTest {

    private static final List<OptionSpec> LANES_AND_SCHEDULE = List.of(
            new OptionSpec("lanes", "How many tangents does one sweep carry?", "1"),
            new OptionSpec("schedule", "Which checkpoint schedule?", "binomial"));

    @Test
    void parsesNameValuePairsAndTrimsThem() {
        EngineOptions o = EngineOptions.parse(List.of("lanes=8", " schedule = uniform "));
        assertThat(o.asMap()).containsExactlyInAnyOrderEntriesOf(Map.of("lanes", "8", "schedule", "uniform"));
        assertThat(o.get("schedule", "binomial")).isEqualTo("uniform");
        assertThat(o.get("absent", "fallback")).isEqualTo("fallback");
        assertThat(o).isEqualTo(EngineOptions.of(Map.of("schedule", "uniform", "lanes", "8")));
        assertThat(o).hasToString("lanes=8,schedule=uniform");
    }

    @Test
    void aValueMayContainAnEqualsSign() {
        assertThat(EngineOptions.parse(List.of("expr=a=b")).get("expr", null)).isEqualTo("a=b");
    }

    @Test
    void noOptionsIsEmpty() {
        assertThat(EngineOptions.none().isEmpty()).isTrue();
        assertThat(EngineOptions.parse(List.of())).isEqualTo(EngineOptions.none());
        assertThat(EngineOptions.none()).hasToString("");
    }

    @Test
    void aPairWithoutNameOrValueIsRefused() {
        for (String bad : List.of("lanes", "=8", "lanes=")) {
            assertThatThrownBy(() -> EngineOptions.parse(List.of(bad))).as("'%s'", bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("option '" + bad + "' is not of the form name=value");
        }
    }

    /** Names and values are trimmed, so a blank one is as missing as an empty one. */
    @Test
    void aPairWithABlankNameOrValueIsRefused() {
        for (String bad : List.of(" =8", "lanes= ")) {
            assertThatThrownBy(() -> EngineOptions.parse(List.of(bad))).as("'%s'", bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("option '" + bad + "' is not of the form name=value");
        }
    }

    @Test
    void getIntReadsAnIntegerOrTheDefault() {
        EngineOptions o = EngineOptions.parse(List.of("lanes=8"));
        assertThat(o.getInt("lanes", 1, 1)).isEqualTo(8);
        assertThat(o.getInt("snapshots", 4, 1)).isEqualTo(4);
    }

    @Test
    void getIntRefusesANonIntegerAndATooSmallValue() {
        assertThatThrownBy(() -> EngineOptions.parse(List.of("lanes=many")).getInt("lanes", 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option lanes=many is not an integer");
        assertThatThrownBy(() -> EngineOptions.parse(List.of("lanes=0")).getInt("lanes", 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("option lanes=0 must be at least 1");
    }

    @Test
    void requireKnownNamesTheEngineTheOptionAndWhatItAccepts() {
        EngineOptions o = EngineOptions.parse(List.of("lanes=8", "lnaes=2"));
        assertThatThrownBy(() -> o.requireKnown("forward", LANES_AND_SCHEDULE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("engine 'forward' has no option 'lnaes'; it takes lanes, schedule");
        assertThatThrownBy(() -> o.requireKnown("reverse", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("; it takes no options");
    }

    @Test
    void requireKnownAcceptsListedOptions() {
        EngineOptions.parse(List.of("schedule=uniform")).requireKnown("checkpointed", LANES_AND_SCHEDULE);
        EngineOptions.none().requireKnown("reverse", List.of());
    }
}
