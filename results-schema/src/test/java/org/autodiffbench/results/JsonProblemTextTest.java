package org.autodiffbench.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonProblemTextTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A mapping from a parsed tree knows no line: Jackson reports line -1 and "[Source: UNKNOWN; …]". */
    @Test
    void aLocationJacksonDoesNotKnowIsLeftOut() {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class,
                () -> MAPPER.treeToValue(MAPPER.readTree("{\"schemaVersion\": [1]}"), Campaign.class));

        assertThat(e.getLocation().getLineNr()).isEqualTo(-1);
        assertThat(JsonProblemText.location(e)).isEmpty();
        assertThat(JsonProblemText.reason(e)).doesNotContain("-1", "UNKNOWN", "Source");
    }

    @Test
    void aKnownLocationIsGivenAsLineAndColumn() {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class,
                () -> MAPPER.readTree("{\"a\": [1, 2}"));

        assertThat(JsonProblemText.location(e)).isEqualTo(" at line 1, column 12");
        assertThat(JsonProblemText.reason(e))
                .isEqualTo("Unexpected close marker '}': expected ']' (for Array starting at line 1, column 7)");
    }

    @Test
    void aNullWhereARecordNeedsAValueIsSaidSoWithItsPath() {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class,
                () -> MAPPER.readValue("{\"runs\": [{\"names\": null}]}", Runs.class));

        assertThat(JsonProblemText.reason(e)).isEqualTo("a value it needs is missing or null in runs[0]");
    }

    record Runs(java.util.List<Run> runs) {
    }

    record Run(java.util.List<String> names) {
        Run {
            names = java.util.List.copyOf(names);
        }
    }
}
