package org.autodiffbench.api.compile;

import static org.assertj.core.api.Assertions.assertThat;

import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Var;
import org.junit.jupiter.api.Test;

/**
 * The printed code of the worked example f(x1, x2) = ln(x1) + x1·x2 − sin(x2) is the forward
 * trace of Baydin et al. (2018), Table 2, and the adjoint trace of their Table 3, line for line
 * and in the same order (their v₋₁, v₀, v₁ … v₅ are x1, x2, v2 … v6 here).
 */
class GeneratedCodeTest {

    static Graph workedExample() {
        GraphBuilder b = new GraphBuilder();
        Var x1 = b.scalar("x1");
        Var x2 = b.scalar("x2");
        Var v1 = b.log(x1);
        Var v2 = b.mul(x1, x2);
        Var v3 = b.sin(x2);
        Var v4 = b.add(v1, v2);
        return b.output(b.sub(v4, v3)).build();
    }

    @Test
    void theWorkedExampleReadsAsTheTablesOfBaydinEtAl() {
        assertThat(GeneratedCode.describe(workedExample())).isEqualTo("""
                // primal
                v2 = Math.log(x1);
                v3 = x1 * x2;
                v4 = Math.sin(x2);
                v5 = v2 + v3;
                v6 = v5 - v4;
                // tangent
                dv2 = (1.0 / x1) * dx1;
                dv3 = x2 * dx1 + x1 * dx2;
                dv4 = Math.cos(x2) * dx2;
                dv5 = dv2 + dv3;
                dv6 = dv5 - dv4;
                // adjoint
                v6bar = ybar;
                v5bar = v6bar;
                v4bar = -v6bar;
                v2bar = v5bar;
                v3bar = v5bar;
                x2bar = Math.cos(x2) * v4bar;
                x1bar = x2 * v3bar;
                x2bar += x1 * v3bar;
                x1bar += (1.0 / x1) * v2bar;
                """);
    }

    @Test
    void aVectorNodeIsOneLoopAndAKernelNodeACallOfItsPrimitive() {
        GraphBuilder b = new GraphBuilder();
        Var w = b.matrix("W", 2, 3);
        Var x = b.vector("x", 3);
        Var y = b.tanh(b.matVec(w, b.exp(x)));
        String code = GeneratedCode.describe(b.output(b.sum(y)).build());
        assertThat(code).contains("for (int i = 0; i < 3; i++) { v2[i] = Math.exp(x[i]); }",
                "v3 = matvec(W, v2);",
                "dv3 = matvec.jvp(W, v2; dW, dv2);",
                "sum.vjp(v4; v5bar) -> v4bar (=);",
                "for (int i = 0; i < 2; i++) { v3bar[i] = (1.0 - v4[i] * v4[i]) * v4bar[i]; }",
                "matvec.vjp(W, v2; v3bar) -> Wbar (=), v2bar (=);",
                "for (int i = 0; i < 3; i++) { xbar[i] = v2[i] * v2bar[i]; }");
    }
}
