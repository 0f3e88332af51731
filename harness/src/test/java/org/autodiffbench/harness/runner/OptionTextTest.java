package org.autodiffbench.harness.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionTextTest {

    @Test
    void optionsReadAsKeyValuePairsInKeyOrder() {
        assertThat(OptionText.encode(Map.of("snapshots", "8", "schedule", "binomial")))
                .isEqualTo("schedule=binomial,snapshots=8");
        assertThat(OptionText.encode(Map.of())).isEmpty();
    }

    @Test
    void anyValueSurvivesTheRoundTrip() {
        Map<String, String> awkward = Map.of("a,b", "c=d", "ρ", "1 2%", "empty", "");
        assertThat(OptionText.decode(OptionText.encode(awkward))).isEqualTo(awkward);
        assertThat(OptionText.decode("")).isEmpty();
    }
}
