package org.autodiffbench.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.ExecutionStyle;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The execution style an engine declares and the time its prepare took travel typed from the
 * cell to the file and back: the style by its label, the preparation as first, median and count.
 */
class PreparationAndExecutionStyleTest {

    @TempDir
    Path folder;

    /** An engine that declares a style, or throws when asked for it. */
    private static DiffEngine engine(ExecutionStyle style) {
        return new DiffEngine() {
            @Override
            public String id() {
                return "declaring";
            }

            @Override
            public String description() {
                return "declares a mode and an execution style, prepares nothing";
            }

            @Override
            public EngineMode mode() {
                return EngineMode.FORWARD;
            }

            @Override
            public ExecutionStyle executionStyle() {
                if (style == null) {
                    throw new IllegalStateException("no style today");
                }
                return style;
            }

            @Override
            public int apiVersion() {
                return ApiVersion.CURRENT;
            }

            @Override
            public Set<Operator> capabilities() {
                return Set.of(Operator.VALUE);
            }

            @Override
            public PreparedDiff prepare(Graph graph, EngineOptions options) {
                throw new UnsupportedOperationException("not prepared in these tests");
            }
        };
    }

    @Test
    void anEngineIsRecordedWithTheStyleItDeclaresAndOtherWhenTheDeclarationThrows() {
        assertThat(EngineFacts.of(engine(ExecutionStyle.COMPILED)))
                .isEqualTo(new EngineFacts("dev", EngineMode.FORWARD, ExecutionStyle.COMPILED));
        EngineFacts throwing = EngineFacts.of(engine(null));
        assertThat(throwing.executionStyle()).isEqualTo(ExecutionStyle.OTHER);
        assertThat(throwing.mode()).as("the other declarations are kept").isEqualTo(EngineMode.FORWARD);
        assertThat(new EngineFacts("1", EngineMode.REVERSE).executionStyle()).isEqualTo(ExecutionStyle.OTHER);
    }

    @Test
    void theFileCarriesTheStyleAsItsLabelAndThePreparationAsNumbersAndReadsThemBackTyped() throws IOException {
        CellResult written = SampleResults.okCell();
        Path file = folder.resolve(ResultsFile.NAME);
        ResultsFile.write(file, SampleResults.withCells(1, List.of(written)));

        JsonNode tree = ResultsJson.mapper().readTree(file.toFile());
        assertThat(tree.at("/cells/0/engine/executionStyle").asText()).isEqualTo("interpreted");
        assertThat(tree.at("/cells/0/preparation/firstNs").asDouble()).isEqualTo(4_200_000.0);
        assertThat(tree.at("/cells/0/preparation/medianNs").asDouble()).isEqualTo(850_500.5);
        assertThat(tree.at("/cells/0/preparation/samples").asInt()).isEqualTo(4);
        assertThat(SchemaCheck.violations(file)).isEmpty();

        CellResult read = ResultsFile.read(file).cells().get(0);
        assertThat(read.executionStyle()).isEqualTo(ExecutionStyle.INTERPRETED);
        assertThat(read.preparation()).isEqualTo(new Preparation(4_200_000, 850_500.5, 4));
        assertThat(read).isEqualTo(written);
    }

    @Test
    void everyDeclaredStyleRoundTripsByItsLabel() {
        for (ExecutionStyle style : ExecutionStyle.values()) {
            EngineFacts facts = new EngineFacts("1", EngineMode.REVERSE, style);
            JsonNode tree = ResultsJson.mapper().valueToTree(facts);
            assertThat(tree.get("executionStyle").asText()).isEqualTo(style.label());
            assertThat(ResultsJson.mapper().convertValue(tree, EngineFacts.class)).isEqualTo(facts);
        }
    }

    @Test
    void theSchemaRefusesAnUndeclaredStyleAndAPreparationOfNoPrepares() throws IOException {
        ObjectNode style = ResultsJson.mapper().readValue(
                ResultsJson.mapper().writeValueAsString(SampleResults.sample()), ObjectNode.class);
        ((ObjectNode) style.at("/cells/0/engine")).put("executionStyle", "jitted");
        ObjectNode preparation = ResultsJson.mapper().readValue(
                ResultsJson.mapper().writeValueAsString(SampleResults.sample()), ObjectNode.class);
        ((ObjectNode) preparation.at("/cells/0/preparation")).put("samples", 0);

        assertThat(SchemaCheck.violations(style)).anyMatch(v -> v.contains("executionStyle"));
        assertThat(SchemaCheck.violations(preparation)).anyMatch(v -> v.contains("samples"));
        assertThatThrownBy(() -> new Preparation(1, 1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a preparation time rests on at least one prepare, not 0");
    }

    @Test
    void theMedianIsOfThePreparesAfterTheFirstOrTheFirstAloneWhenNoneFollowed() {
        assertThat(Preparation.of(900, List.of(30L, 10L, 20L))).isEqualTo(new Preparation(900, 20, 3));
        assertThat(Preparation.of(900, List.of(40L, 10L, 30L, 20L))).isEqualTo(new Preparation(900, 25, 4));
        assertThat(Preparation.of(900, List.of())).isEqualTo(new Preparation(900, 900, 1));
    }
}
