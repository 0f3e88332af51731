package org.autodiffbench.harness.gradbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.models.gradbench.HelloFamily;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The hello eval's functions: a bare number in, a bare number out, as its README types them. */
class HelloModuleTest {

    private final HelloModule module = new HelloModule();

    /** Each built-in engine answers square and double at the hello eval's inputs as x² and 2x. */
    @ParameterizedTest
    @CsvSource({"forward, 1", "reverse, 2", "checkpointed, 8", "reverse, 16384", "forward, -0.75"})
    void squareIsXSquaredAndDoubleIsTwoXOnEveryEngine(String engine, double x) {
        JsonNode input = DoubleNode.valueOf(x);
        assertThat(run(engine, module.task("square", input))).isEqualTo(DoubleNode.valueOf(x * x));
        assertThat(run(engine, module.task("double", input))).isEqualTo(DoubleNode.valueOf(2 * x));
    }

    @Test
    void anIntegerInputIsANumberToo() {
        assertThat(run("reverse", module.task("double", IntNode.valueOf(121)))).isEqualTo(DoubleNode.valueOf(242));
    }

    @Test
    void squareAndDoubleAreTwoKeysOfOneGraph() {
        GradBenchTask square = module.task("square", DoubleNode.valueOf(3));
        GradBenchTask doubled = module.task("double", DoubleNode.valueOf(3));
        assertThat(square.key()).isNotEqualTo(doubled.key());
        assertThat(module.task("square", DoubleNode.valueOf(-4)).key()).isEqualTo(square.key());
        assertThat(square.graph().parameterCount()).isEqualTo(1);
        assertThat(module.family()).isEqualTo(HelloFamily.ID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"square", "double"})
    void anInputThatIsNotANumberIsRefusedByName(String function) {
        assertThatThrownBy(() -> module.task(function, TextNode.valueOf("3")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hello's input must be a number, was \"3\"");
    }

    @Test
    void isRegisteredAsTheHelloModule() {
        assertThat(GradBenchModules.find("hello")).containsInstanceOf(HelloModule.class);
        assertThat(module.functions()).containsExactly("square", "double");
    }

    private static JsonNode run(String engine, GradBenchTask task) {
        try (PreparedDiff prepared = EngineRegistry.discover().require(engine).prepare(task.graph(), EngineOptions.none())) {
            task.run(prepared);
            return task.output();
        }
    }
}
