package org.autodiffbench.models;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Var;
import org.junit.jupiter.api.Test;

class StageChainTest {

    @Test
    void acceptsAChainThatReadsInputsAndConstantsFromAnyStage() {
        GraphBuilder b = new GraphBuilder();
        Var x = b.scalar("x");
        Var two = b.constant(2.0);
        Var first = b.mul(x, two);
        b.nextStage();
        Var second = b.sin(b.add(first, x));
        b.nextStage();
        StageChain.assertChain(b.output(b.mul(second, two)).build());
    }

    @Test
    void refusesAStageThatReadsTwoStagesBack() {
        GraphBuilder b = new GraphBuilder();
        Var x = b.scalar("x");
        Var first = b.sin(x);
        b.nextStage();
        Var second = b.cos(first);
        b.nextStage();
        Graph graph = b.output(b.add(second, first)).build();
        assertThatThrownBy(() -> StageChain.assertChain(graph))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("in stage 2 reads v1");
    }
}
