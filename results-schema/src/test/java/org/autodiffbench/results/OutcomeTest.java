package org.autodiffbench.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class OutcomeTest {

    @ParameterizedTest
    @CsvSource({"OK, ok", "DISAGREES, disagrees", "FAILED, failed", "TIMEOUT, timeout", "OVER_BUDGET, over-budget",
            "UNSUPPORTED, unsupported"})
    void labelsAreLowerCaseAndHyphenated(Outcome outcome, String label) {
        assertThat(outcome.label()).isEqualTo(label);
        assertThat(Outcome.fromLabel(label)).isEqualTo(outcome);
    }

    @ParameterizedTest
    @EnumSource(Outcome.class)
    void jsonUsesTheLabel(Outcome outcome) throws Exception {
        String json = ResultsJson.mapper().writeValueAsString(outcome);

        assertThat(json).isEqualTo("\"" + outcome.label() + "\"");
        assertThat(ResultsJson.mapper().readValue(json, Outcome.class)).isEqualTo(outcome);
    }

    @Test
    void anUnknownLabelIsRefused() {
        assertThatThrownBy(() -> Outcome.fromLabel("over_budget"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown outcome 'over_budget'");
    }
}
