package org.autodiffbench.harness.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.PreparedDiff;
import org.autodiffbench.api.UnsupportedOperatorException;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.models.ModelFamilies;
import org.junit.jupiter.api.Test;

class OperatorCallTest {

    /** f(x, y) = x·y + sin(x): ∇f = (y + cos x, x). */
    private static DerivativeTask product() {
        GraphBuilder b = new GraphBuilder();
        Var x = b.scalar("x");
        Var y = b.scalar("y");
        Graph g = b.output(b.add(b.mul(x, y), b.sin(x))).build();
        return new DerivativeTask(g, new double[] {0.5, 3}, Optional.empty());
    }

    private static OperatorCall prepare(DiffEngine engine, EngineOptions options, DerivativeTask task) {
        return OperatorCall.prepare(engine, options, task.graph(), task.operator(), task.point(), 1);
    }

    private static Answer run(DiffEngine engine, EngineOptions options, DerivativeTask task) {
        OperatorCall call = prepare(engine, options, task);
        call.call();
        return call.answerWithStatistics();
    }

    private static Answer hand(DerivativeTask task) {
        OperatorCall call = task.handCall().orElseThrow();
        call.call();
        return call.answerWithStatistics();
    }

    @Test
    void aScalarGraphGetsAGradientFromEachEngine() {
        EngineRegistry registry = EngineRegistry.discover();
        assertThat(registry.ids()).contains("forward", "reverse", "checkpointed");
        for (DiffEngine engine : registry.available()) {
            Answer answer = run(engine, EngineOptions.none(), product());
            assertThat(answer.source()).isEqualTo(engine.id());
            assertThat(answer.value()[0]).isCloseTo(1.5 + Math.sin(0.5), within(1e-15));
            assertThat(answer.derivative()).containsExactly(new double[] {3 + Math.cos(0.5), 0.5}, within(1e-15));
            assertThat(answer.statistics()).isPresent();
            assertThat(answer.isFinite()).isTrue();
        }
    }

    @Test
    void aVectorOutputGetsAJacobianAndTheHandReference() {
        DerivativeTask task = DerivativeTask.of(ModelFamilies.require("jacobian").instance(4, Map.of("outputs", "2"), 3));
        assertThat(task.operator()).isEqualTo(Operator.JACOBIAN);
        Answer reverse = run(EngineRegistry.discover().require("reverse"), EngineOptions.none(), task);
        Answer hand = hand(task);
        assertThat(hand.source()).isEqualTo(HandPrepared.ID);
        assertThat(hand.statistics()).isEmpty();
        assertThat(reverse.value()).hasSize(2).containsExactly(hand.value(), within(1e-12));
        assertThat(reverse.derivative()).hasSize(8).containsExactly(hand.derivative(), within(1e-12));
    }

    @Test
    void withoutAHandDerivativeThereIsNoReference() {
        assertThat(product().handCall()).isEmpty();
    }

    @Test
    void anEngineWithoutTheOperatorIsRefusedBeforePreparing() {
        assertThatThrownBy(() -> run(new ValueOnlyEngine(), EngineOptions.none(), product()))
                .isInstanceOf(UnsupportedOperatorException.class).hasMessageContaining("does not offer gradient");
    }

    @Test
    void anUnknownOptionIsRefused() {
        EngineOptions options = EngineOptions.of(Map.of("depth", "3"));
        assertThatThrownBy(() -> run(new ValueOnlyEngine(), options, product()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("engine 'value-only' has no option 'depth'; it takes no options");
    }

    @Test
    void aStageOptionOnAGraphWithoutStagesIsRefusedWhilePreparing() {
        DiffEngine checkpointed = EngineRegistry.discover().require("checkpointed");
        EngineOptions options = EngineOptions.of(Map.of("snapshots", "3"));
        assertThatThrownBy(() -> prepare(checkpointed, options, product()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("option 'snapshots' needs a model with stages");
    }

    @Test
    void aPreparedCallAnswersTheSameEveryTime() {
        DerivativeTask task = DerivativeTask.of(ModelFamilies.require("mlp-depth").instance(6, Map.of("width", "5"), 2));
        DiffEngine checkpointed = EngineRegistry.discover().require("checkpointed");
        EngineOptions options = EngineOptions.of(Map.of("snapshots", "2"));
        OperatorCall call = prepare(checkpointed, options, task);
        call.call();
        Answer first = call.answerWithStatistics();
        call.call();
        Answer second = call.answer();
        Answer hand = hand(task);
        assertThat(first.source()).isEqualTo("checkpointed");
        assertThat(first.derivative()).containsExactly(hand.derivative(), within(1e-12));
        assertThat(second.derivative()).containsExactly(first.derivative());
        assertThat(second.statistics()).isEmpty();
        assertThat(run(checkpointed, options, task).derivative()).containsExactly(first.derivative());
    }

    /** An engine that offers only values; preparing it is a test failure. */
    private static final class ValueOnlyEngine implements DiffEngine {

        @Override
        public String id() {
            return "value-only";
        }

        @Override
        public String description() {
            return "offers values only";
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
            throw new AssertionError("must not be prepared");
        }
    }
}
