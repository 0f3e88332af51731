package org.autodiffbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExplainCommandTest {

    @Test
    void workedExampleShowsTheThreeTracesAndTheGradient() {
        CliRun run = CliRun.of("explain", "--expr", "ln(x1) + x1*x2 - sin(x2)", "--at", "x1=2,x2=5");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsSubsequence(
                "explain ln(x1) + x1*x2 - sin(x2) at x1=2, x2=5",
                "Forward primal trace",
                "  v1 = log v-1 = 0.693147",
                "  y = v5 = 11.652071",
                "Forward tangent trace, seeded with x\u03071 = 1, x\u03072 = 0",
                "  v\u03075 = 5.5",
                "Reverse adjoint trace, in sweep order",
                "  v\u03045 = 1",
                "  v\u03040 = v\u03043 · ∂v3/∂v0 = -0.283662",
                "  v\u0304-1 = v\u03042 · ∂v2/∂v-1 = 5",
                "  v\u03040 += v\u03042 · ∂v2/∂v0 = 2  → 1.716338",
                "  v\u0304-1 += v\u03041 · ∂v1/∂v-1 = 0.5  → 5.5",
                "  ∂y/∂x1 = v\u0304-1 = 5.5");
    }

    @Test
    void aScalarModelCanBeExplainedToo() {
        CliRun run = CliRun.of("explain", "--model", "scalar-example", "--size", "2");
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).anyMatch(l -> l.matches("  ∂y/∂\\w+ = v\u0304-1 = 5\\.5"));
    }

    /** Baydin et al. (2018), Tables 2 and 3: the tangent and adjoint statements of the worked example, as code. */
    @Test
    void emitJavaPrintsTheCompiledEnginesTangentAndAdjointCode() {
        CliRun run = CliRun.of("explain", "--expr", "ln(x1) + x1*x2 - sin(x2)", "--at", "x1=2,x2=5", "--emit-java");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).containsSubsequence(
                "// primal",
                "v2 = Math.log(x1);",
                "v6 = v5 - v4;",
                "// tangent",
                "dv2 = (1.0 / x1) * dx1;",
                "dv3 = x2 * dx1 + x1 * dx2;",
                "dv4 = Math.cos(x2) * dx2;",
                "dv6 = dv5 - dv4;",
                "// adjoint",
                "v6bar = ybar;",
                "v4bar = -v6bar;",
                "x2bar = Math.cos(x2) * v4bar;",
                "x1bar = x2 * v3bar;",
                "x2bar += x1 * v3bar;",
                "x1bar += (1.0 / x1) * v2bar;");
    }

    @Test
    void emitJavaPrintsKernelCallsForATensorModel() {
        CliRun run = CliRun.of("explain", "--model", "mlp-width", "--size", "2", "--emit-java");
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).contains("// tangent", "// adjoint").anyMatch(l -> l.contains("matvec"));
    }
}
