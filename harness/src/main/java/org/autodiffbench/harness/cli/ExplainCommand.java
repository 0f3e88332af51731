package org.autodiffbench.harness.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.autodiffbench.harness.check.DerivativeTask;
import org.autodiffbench.harness.explain.Explanation;
import org.autodiffbench.harness.explain.ExplanationPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code explain}: the hand calculation of a gradient, trace by trace. */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Works a gradient out by hand, trace by trace.",
            "The forward primal trace, a tangent trace per input and the reverse adjoint trace in sweep order,"
                + " as in Baydin et al. (2018). Graphs of scalars only."})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SubjectOptions subjectOptions;

    @Override
    public Integer call() {
        Subject subject = subjectOptions.resolve();
        DerivativeTask task = subject.task();
        Explanation explanation = Explanation.of(task.graph(), task.point());
        PrintWriter out = spec.commandLine().getOut();
        out.println("explain " + subject.title());
        out.println();
        ExplanationPrinter.print(explanation, out);
        return ExitCodes.AGREE;
    }
}
