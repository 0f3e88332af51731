package org.autodiffbench.results;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A results file of the right version with a part missing or null is described in the file's
 * terms: never with a NullPointerException's text, Java class names or a location Jackson does
 * not know ("line -1", "UNKNOWN").
 */
class MalformedResultsTest {

    static Stream<Arguments> damaged() {
        return Stream.of(
                damage("cells null", root -> root.putNull("cells")),
                damage("cells missing", root -> root.remove("cells")),
                damage("a cell null", root -> root.withArray("cells").insertNull(0)),
                damage("baselines missing", root -> root.remove("baselines")),
                damage("campaign null", root -> root.putNull("campaign")),
                damage("campaign missing", root -> root.remove("campaign")),
                damage("a cell's spec null", root -> ((ObjectNode) root.withArray("cells").get(0)).putNull("spec")),
                damage("a cell's id missing", root -> ((ObjectNode) root.withArray("cells").get(0)).remove("id")),
                damage("a cell's id a list", root -> ((ObjectNode) root.withArray("cells").get(0)).putArray("id")));
    }

    private static Arguments damage(String what, Consumer<ObjectNode> change) {
        return Arguments.of(what, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damaged")
    void isDescribedInTheFilesTerms(String what, Consumer<ObjectNode> change) {
        JsonNode tree = ResultsJson.mapper().valueToTree(SampleResults.sample());
        change.accept((ObjectNode) tree);

        assertThatThrownBy(() -> ResultsFile.fromTree(tree, "results.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("results.json does not hold results of schema version 2: ")
                .message()
                .doesNotContain("Cannot invoke", "NullPointerException", "line -1", "UNKNOWN", "java.", "org.")
                .containsAnyOf("missing or null", "cells[0].id");
    }
}
