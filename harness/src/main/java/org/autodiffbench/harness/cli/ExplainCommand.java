package org.autodiffbench.harness.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.autodiffbench.api.compile.GeneratedCode;
import org.autodiffbench.harness.check.DerivativeTask;
import org.autodiffbench.harness.explain.Explanation;
import org.autodiffbench.harness.explain.ExplanationPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code explain}: the hand calculation of a gradient, trace by trace, or the code a compiled engine generates. */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Works a gradient out by hand, trace by trace.",
            "The forward primal trace, a tangent trace per input and the reverse adjoint trace in sweep order,"
                + " as in Baydin et al. (2018). Graphs of scalars only.",
            "With --emit-java: the primal, tangent and adjoint code the compiled engines generate for the graph,"
                + " printed with readable names."})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SubjectOptions subjectOptions;

    @Option(names = "--emit-java",
            description = "Print the Java source the compiled engines generate (primal, tangent in one direction dx,"
                    + " adjoint from the cotangent ybar) instead of the traces; any graph, not only scalars.")
    boolean emitJava;

    @Override
    public Integer call() {
        Subject subject = subjectOptions.resolve();
        DerivativeTask task = subject.task();
        PrintWriter out = spec.commandLine().getOut();
        if (emitJava) {
            String code = GeneratedCode.describe(task.graph());
            out.println("explain " + subject.title());
            out.println();
            out.print(code);
            return ExitCodes.AGREE;
        }
        Explanation explanation = Explanation.of(task.graph(), task.point());
        out.println("explain " + subject.title());
        out.println();
        ExplanationPrinter.print(explanation, out);
        return ExitCodes.AGREE;
    }
}
