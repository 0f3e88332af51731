package org.autodiffbench.harness.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.graph.Input;
import org.autodiffbench.harness.check.Answer;
import org.autodiffbench.harness.check.AnswerAgreement;

/**
 * The table form of a {@link GradientReport}: one row per engine (and the hand-written
 * reference) with value, derivative and statistics, then each engine's own counters and the
 * verdict. A formula shows each partial derivative; a model, too large for that, shows norms.
 */
final class GradientText {

    private GradientText() {
    }

    static void print(GradientReport report, PrintWriter out) {
        boolean formula = report.subject() instanceof Subject.FormulaSubject;
        out.println((report.isJacobian() ? "Jacobian" : "gradient") + " of " + report.subject().title());
        if (!report.engineOptions().isEmpty()) {
            out.println("engine options: " + pairs(report.engineOptions().asMap()));
        }
        out.println();
        List<String> header = new ArrayList<>(List.of("source", report.isJacobian() ? "‖y‖" : "value"));
        if (formula) {
            for (Input input : report.subject().task().graph().differentiableInputs()) {
                header.add("∂f/∂" + input.name());
            }
        } else {
            header.add(report.isJacobian() ? "‖J‖" : "‖∇f‖");
        }
        header.addAll(List.of("sweeps", "stage evals", "retained bytes", "flops"));
        TextTable table = new TextTable(header.toArray(String[]::new));
        for (Answer answer : report.answers()) {
            table.row(row(answer, formula, report.isJacobian()));
        }
        report.reference().ifPresent(reference -> table.row(row(reference, formula, report.isJacobian())));
        table.print(out);
        for (Answer answer : report.answers()) {
            answer.statistics().filter(s -> !s.details().isEmpty())
                    .ifPresent(s -> out.println(answer.source() + " details: " + pairs(s.details())));
        }
        report.skipped().forEach((engine, reason) -> out.println("skipped " + engine + ": " + reason));
        report.failed().forEach((engine, reason) -> out.println("FAILED " + engine + ": " + reason));
        report.brokenProviders().forEach(f -> out.println("broken provider " + f));
        out.println();
        out.println(verdict(report));
        out.flush();
    }

    private static String[] row(Answer answer, boolean formula, boolean jacobian) {
        List<String> cells = new ArrayList<>();
        cells.add(answer.source());
        double[] value = answer.value();
        double[] derivative = answer.derivative();
        cells.add(NumberText.format(jacobian ? norm(value) : value[0]));
        if (formula) {
            for (double d : derivative) {
                cells.add(NumberText.format(d));
            }
        } else {
            cells.add(NumberText.format(norm(derivative)));
        }
        if (answer.statistics().isPresent()) {
            CallStatistics s = answer.statistics().get();
            cells.addAll(List.of(Long.toString(s.sweeps()), Long.toString(s.stageEvaluations()),
                    Long.toString(s.retainedBytes()), Long.toString(s.flops())));
        } else {
            cells.addAll(List.of("-", "-", "-", "-"));
        }
        return cells.toArray(String[]::new);
    }

    /** {@code a=1, b=2}, sorted by name. */
    private static String pairs(Map<String, ?> values) {
        return new TreeMap<>(values).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static double norm(double[] v) {
        double sum = 0.0;
        for (double x : v) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    private static String verdict(GradientReport report) {
        AnswerAgreement a = report.agreement();
        String rho = "max ρ = " + NumberText.format(a.maxRho()) + (a.worst() == null ? "" : " (" + a.worst() + ")")
                + ", tolerance " + NumberText.format(a.tolerance());
        if (!report.failed().isEmpty()) {
            return "NOT OK: an engine failed; " + rho;
        }
        if (!a.finite()) {
            return "NOT OK: " + a.note();
        }
        return (a.ok() ? "ok: " : "NOT OK: ") + a.note() + ", " + rho;
    }
}
