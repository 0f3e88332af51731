package org.autodiffbench.harness.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.autodiffbench.harness.expr.ExpressionParser;
import org.junit.jupiter.api.Test;

/**
 * The printed traces of the worked example, f(x1, x2) = ln(x1) + x1·x2 − sin(x2) at (2, 5), read
 * back and checked against the primal, tangent and adjoint traces of Baydin, Pearlmutter, Radul
 * and Siskind, "Automatic differentiation in machine learning: a survey", JMLR 18 (2018).
 */
class ExplanationPrinterTest {

    private static final Pattern ADJOINT = Pattern.compile("^\\s*v\u0304(-?\\d+) (\\+?=) .*?(-?[\\d.]+)(?:\\s+→ (-?[\\d.]+))?$");

    private static List<String> print(String formula, double... x) {
        StringWriter text = new StringWriter();
        ExplanationPrinter.print(Explanation.of(ExpressionParser.parse(formula).graph(), x), new PrintWriter(text));
        return text.toString().lines().toList();
    }

    @Test
    void primalTraceLines() {
        List<String> lines = print("ln(x1) + x1*x2 - sin(x2)", 2, 5);
        assertThat(lines).containsSubsequence("Forward primal trace", "  v-1 = x1 = 2", "  v0 = x2 = 5",
                "  v1 = log v-1 = 0.693147", "  v2 = v-1 · v0 = 10", "  v3 = sin v0 = -0.958924",
                "  v4 = v1 + v2 = 10.693147", "  v5 = v4 − v3 = 11.652071", "  y = v5 = 11.652071");
    }

    @Test
    void tangentTraceLinesForBothSeeds() {
        List<String> lines = print("ln(x1) + x1*x2 - sin(x2)", 2, 5);
        assertThat(lines).containsSubsequence("Forward tangent trace, seeded with ẋ1 = 1, ẋ2 = 0",
                "  v̇-1 = 1", "  v̇0 = 0", "  v̇1 = 0.5", "  v̇2 = 5", "  v̇3 = 0", "  v̇4 = 5.5", "  v̇5 = 5.5",
                "  ∂y/∂x1 = v̇5 = 5.5",
                "Forward tangent trace, seeded with ẋ1 = 0, ẋ2 = 1", "  v̇5 = 1.716338", "  ∂y/∂x2 = v̇5 = 1.716338");
    }

    @Test
    void adjointTraceLinesInReferenceOrder() {
        List<String> lines = print("ln(x1) + x1*x2 - sin(x2)", 2, 5);
        List<String> read = new ArrayList<>();
        for (String line : lines.subList(lines.indexOf("Reverse adjoint trace, in sweep order"), lines.size())) {
            Matcher m = ADJOINT.matcher(line);
            if (m.matches()) {
                String total = m.group(4) != null ? m.group(4) : m.group(3);
                read.add("v" + m.group(1) + " " + m.group(2) + " " + total);
            }
        }
        assertThat(read).containsExactly("v5 = 1", "v4 = 1", "v3 = -1", "v1 = 1", "v2 = 1", "v0 = -0.283662",
                "v-1 = 5", "v0 += 1.716338", "v-1 += 5.5");
        assertThat(lines).contains("  v̄0 += v̄2 · ∂v2/∂v0 = 2  → 1.716338", "  ∂y/∂x1 = v̄-1 = 5.5",
                "  ∂y/∂x2 = v̄0 = 1.7163378145367738");
    }
}
