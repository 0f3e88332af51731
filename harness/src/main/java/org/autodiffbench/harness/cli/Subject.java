package org.autodiffbench.harness.cli;

import java.util.Map;
import org.autodiffbench.harness.check.DerivativeTask;
import org.autodiffbench.harness.expr.Formula;
import org.autodiffbench.models.ModelInstance;

/** What a command differentiates: a formula at a point, or a model family at one size. */
sealed interface Subject {

    DerivativeTask task();

    /** One line naming the subject, e.g. {@code ln(x1) + x1*x2 at x1=2, x2=5}. */
    String title();

    /** A formula given with --expr, at the point given with --at. */
    record FormulaSubject(Formula formula, PointAssignment at, DerivativeTask task) implements Subject {

        @Override
        public String title() {
            return formula.text() + " at " + at;
        }
    }

    /** A model given with --model and --size. */
    record ModelSubject(ModelInstance instance, Map<String, String> options, long seed, DerivativeTask task)
            implements Subject {

        @Override
        public String title() {
            String opts = options.isEmpty() ? "" : " " + options;
            return "model " + instance.family() + ", size " + instance.size() + opts + ", seed " + seed + ": "
                    + instance.parameterCount() + " parameters, " + task.graph().outputSize() + " output"
                    + (task.graph().outputSize() == 1 ? "" : "s");
        }
    }
}
