package org.autodiffbench.harness.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.autodiffbench.api.CallStatistics;
import org.autodiffbench.api.graph.Input;
import org.autodiffbench.harness.check.Answer;
import org.autodiffbench.harness.check.AnswerAgreement;

/**
 * The JSON form of a {@link GradientReport}:
 * {@code {"results":[{"engine", "value", "gradient", "stats"}], "agreement":{"maxRho", "ok"}}} plus
 * the subject, the engine options, the hand-written reference and any skipped or failed engine.
 * An engine's own counters (a checkpointing engine's snapshots, say) are in {@code stats.details}.
 * A formula's gradient is an object keyed by variable; a model's is an array, and a Jacobian is an
 * array of rows.
 */
final class GradientJson {

    private final GradientReport report;
    private final boolean brief;

    private GradientJson(GradientReport report, boolean brief) {
        this.report = report;
        this.brief = brief;
    }

    /** The report as a JSON tree; {@code brief} leaves out the derivatives of a model. */
    static ObjectNode of(GradientReport report, boolean brief) {
        return new GradientJson(report, brief).root();
    }

    private ObjectNode root() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("operator", report.isJacobian() ? "jacobian" : "gradient");
        subject(root);
        if (!report.engineOptions().isEmpty()) {
            ObjectNode options = root.putObject("engineOptions");
            new TreeMap<>(report.engineOptions().asMap()).forEach(options::put);
        }
        ArrayNode results = root.putArray("results");
        for (Answer answer : report.answers()) {
            results.add(answer(answer, "engine"));
        }
        report.reference().ifPresent(reference -> root.set("reference", answer(reference, "source")));
        notes(root, "skipped", report.skipped());
        notes(root, "failed", report.failed());
        if (!report.brokenProviders().isEmpty()) {
            ArrayNode broken = root.putArray("brokenProviders");
            report.brokenProviders().forEach(f -> broken.addObject().put("provider", f.provider())
                    .put("reason", f.reason()));
        }
        root.set("agreement", agreement(report.agreement(), report.ok()));
        return root;
    }

    private void subject(ObjectNode root) {
        if (report.subject() instanceof Subject.FormulaSubject formula) {
            root.put("expr", formula.formula().text());
            ObjectNode at = root.putObject("at");
            List<String> names = formula.at().names();
            double[] point = formula.at().point();
            for (int i = 0; i < names.size(); i++) {
                at.put(names.get(i), point[i]);
            }
        } else {
            Subject.ModelSubject model = (Subject.ModelSubject) report.subject();
            ObjectNode m = root.putObject("model");
            m.put("family", model.instance().family());
            m.put("size", model.instance().size());
            m.put("seed", model.seed());
            ObjectNode options = m.putObject("options");
            model.options().forEach(options::put);
            m.put("parameters", model.instance().parameterCount());
            m.put("outputs", model.task().graph().outputSize());
        }
    }

    private ObjectNode answer(Answer answer, String sourceField) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put(sourceField, answer.source());
        double[] value = answer.value();
        double[] derivative = answer.derivative();
        if (report.isJacobian()) {
            JsonNumbers.addAll(node.putArray("value"), value, 0, value.length);
        } else {
            JsonNumbers.put(node, "value", value[0]);
        }
        boolean formula = report.subject() instanceof Subject.FormulaSubject;
        if (formula) {
            ObjectNode gradient = node.putObject("gradient");
            List<Input> inputs = report.subject().task().graph().differentiableInputs();
            for (int i = 0; i < inputs.size(); i++) {
                JsonNumbers.put(gradient, inputs.get(i).name(), derivative[i]);
            }
        } else if (!brief && report.isJacobian()) {
            ArrayNode rows = node.putArray("jacobian");
            int n = report.subject().task().graph().parameterCount();
            for (int row = 0; row < value.length; row++) {
                JsonNumbers.addAll(rows.addArray(), derivative, row * n, (row + 1) * n);
            }
        } else if (!brief) {
            JsonNumbers.addAll(node.putArray("gradient"), derivative, 0, derivative.length);
        }
        node.put("finite", answer.isFinite());
        answer.statistics().ifPresent(stats -> node.set("stats", statistics(stats)));
        return node;
    }

    private static ObjectNode statistics(CallStatistics stats) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("sweeps", stats.sweeps());
        node.put("tangentSweeps", stats.tangentSweeps());
        node.put("adjointSweeps", stats.adjointSweeps());
        node.put("stageEvaluations", stats.stageEvaluations());
        node.put("retainedBytes", stats.retainedBytes());
        node.put("flops", stats.flops());
        ObjectNode details = node.putObject("details");
        new TreeMap<>(stats.details()).forEach(details::put);
        return node;
    }

    private static void notes(ObjectNode root, String field, Map<String, String> notes) {
        if (!notes.isEmpty()) {
            ArrayNode array = root.putArray(field);
            notes.forEach((engine, reason) -> array.addObject().put("engine", engine).put("reason", reason));
        }
    }

    /** {@code ok} is the report's verdict: agreement, and no engine failed. */
    private static ObjectNode agreement(AnswerAgreement agreement, boolean ok) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        JsonNumbers.put(node, "maxRho", agreement.maxRho());
        node.put("ok", ok);
        node.put("finite", agreement.finite());
        node.put("tolerance", agreement.tolerance());
        if (agreement.worst() != null) {
            node.put("worst", agreement.worst());
        }
        node.put("note", agreement.note());
        return node;
    }
}
