package org.autodiffbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The subject x·y at x = 2, y = 3 that plugin tests differentiate: its gradient is (3, 2). */
final class ProductGradient {

    private ProductGradient() {
    }

    /** The engines that answered in {@code gradient --format json} output, each checked to have answered (3, 2). */
    static List<String> enginesThatAnswered(JsonNode json) {
        List<String> answered = new ArrayList<>();
        for (JsonNode result : json.get("results")) {
            answered.add(result.get("engine").asText());
            assertThat(result.get("gradient").get("x").asDouble()).isEqualTo(3.0);
            assertThat(result.get("gradient").get("y").asDouble()).isEqualTo(2.0);
        }
        return answered;
    }
}
