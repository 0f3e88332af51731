package org.autodiffbench.api.compile;

import java.util.List;
import org.autodiffbench.api.graph.Graph;

/**
 * The code a compiled engine generates for a graph, printed with readable names: the primal, the
 * tangent code (one direction, dx) and the adjoint code (from the cotangent ybar), straight-line,
 * as a person would write them by hand, e.g. Baydin et al. (2018), Tables 2 and 3. The compiled
 * program runs the same statements on arrays, split into methods and with loops over repeated
 * stages.
 */
public final class GeneratedCode {

    private GeneratedCode() {
    }

    /** The three programs of a graph as text, each under a comment naming it. */
    public static String describe(Graph graph) {
        ProgramLayout layout = new ProgramLayout(graph);
        AdjointPlan plan = new AdjointPlan(layout);
        ProgramSource source = new ProgramSource(layout, plan, List.of(), new ReadableNames(layout, plan));
        StringBuilder s = new StringBuilder();
        section(s, "primal", source.primal());
        section(s, "tangent", source.tangent());
        section(s, "adjoint", source.adjoint());
        return s.toString();
    }

    private static void section(StringBuilder s, String title, List<String> statements) {
        s.append("// ").append(title).append('\n');
        statements.forEach(statement -> s.append(statement).append('\n'));
    }
}
