package org.autodiffbench.harness.explain;

import java.io.PrintWriter;
import java.util.List;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Input;
import org.autodiffbench.api.graph.Node;

/**
 * Prints an {@link Explanation} as the three traces of the AD literature: the forward primal
 * trace, a forward tangent trace per input, and the reverse adjoint trace with each {@code +=}.
 */
public final class ExplanationPrinter {

    private static final char DOT = '\u0307';
    private static final char BAR = '\u0304';

    private ExplanationPrinter() {
    }

    public static void print(Explanation e, PrintWriter out) {
        Graph graph = e.graph();
        NodeLabels labels = e.labels();
        int output = graph.output(0);
        List<Input> inputs = graph.differentiableInputs();

        out.println("Forward primal trace");
        for (Node node : graph.nodes()) {
            int id = node.id();
            if (labels.isNumbered(id) || node.isInput()) {
                String label = labels.isNumbered(id) ? labels.label(id) + " = " : "";
                String data = labels.isNumbered(id) ? "" : "  (data)";
                out.println("  " + label + labels.definition(id) + " = " + TraceNumber.format(e.value(id)) + data);
            }
        }
        out.println("  y = " + labels.label(output) + " = " + TraceNumber.format(e.output()));

        for (int k = 0; k < inputs.size(); k++) {
            out.println();
            out.println("Forward tangent trace, seeded with " + seedDescription(inputs, k));
            for (Node node : graph.nodes()) {
                if (labels.isNumbered(node.id())) {
                    out.println("  " + labels.accented(node.id(), DOT) + " = " + TraceNumber.format(e.tangent(k, node.id())));
                }
            }
            out.println("  ∂y/∂" + inputs.get(k).name() + " = " + labels.accented(output, DOT) + " = "
                    + TraceNumber.format(e.tangent(k, output)));
        }

        out.println();
        out.println("Reverse adjoint trace, in sweep order");
        out.println("  " + labels.accented(output, BAR) + " = 1");
        for (AdjointStep step : e.adjointSteps()) {
            String term = labels.accented(step.from(), BAR) + " · ∂" + labels.label(step.from()) + "/∂"
                    + labels.label(step.target());
            String target = labels.accented(step.target(), BAR);
            if (step.first()) {
                out.println("  " + target + " = " + term + " = " + TraceNumber.format(step.contribution()));
            } else {
                out.println("  " + target + " += " + term + " = " + TraceNumber.format(step.contribution())
                        + "  → " + TraceNumber.format(step.total()));
            }
        }

        out.println();
        out.println("Gradient");
        double[] gradient = e.gradient();
        for (int k = 0; k < inputs.size(); k++) {
            out.println("  ∂y/∂" + inputs.get(k).name() + " = " + labels.accented(inputs.get(k).nodeId(), BAR)
                    + " = " + gradient[k]);
        }
        out.flush();
    }

    private static String seedDescription(List<Input> inputs, int k) {
        StringBuilder s = new StringBuilder();
        for (int j = 0; j < inputs.size(); j++) {
            String name = inputs.get(j).name();
            s.append(j == 0 ? "" : ", ").append(name.charAt(0)).append(DOT).append(name.substring(1))
                    .append(" = ").append(j == k ? 1 : 0);
        }
        return s.toString();
    }
}
