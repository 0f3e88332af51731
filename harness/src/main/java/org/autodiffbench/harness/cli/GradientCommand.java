package org.autodiffbench.harness.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.UnsupportedOperatorException;
import org.autodiffbench.api.UnsupportedPrimitiveException;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.harness.check.Answer;
import org.autodiffbench.harness.check.AnswerAgreement;
import org.autodiffbench.harness.check.Candidate;
import org.autodiffbench.harness.check.DerivativeTask;
import org.autodiffbench.harness.check.OperatorCall;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gradient}: every chosen engine differentiates the subject, and their answers are compared. */
@Command(name = "gradient", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Differentiates a formula or a model with each engine and checks that they agree.",
            "Exit code: 0 all agree, 1 disagreement, a non-finite result, a failed engine or one over its budget,"
                    + " 2 bad input."})
final class GradientCommand implements Callable<Integer> {

    /** The gradient and the Jacobian need no random direction; the seed only fills the call's signature. */
    private static final long SEED = 1;

    @Spec
    CommandSpec spec;

    @Mixin
    PluginPathOption pluginPath;

    @Mixin
    SubjectOptions subjectOptions;

    @Option(names = "--engine", paramLabel = "ID", defaultValue = EngineRegistry.ALL,
            description = "Which engine differentiates: an id from 'autodiffbench engines', or all (default).")
    String engine;

    @Option(names = "--option", paramLabel = "NAME=VALUE",
            description = "An option of the engine named with --engine, e.g. lanes=4 or snapshots=5; repeatable. "
                    + "'autodiffbench engines' lists each engine's options.")
    List<String> options = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json.")
    OutputFormat format;

    @Option(names = "--brief", description = "Leave the full gradient or Jacobian of a model out of the output.")
    boolean brief;

    @Option(names = "--budget", paramLabel = "SECONDS", defaultValue = "" + EngineBudget.DEFAULT_SECONDS,
            description = "How long may each engine take to prepare and answer? An engine still at work after that is"
                    + " reported as over budget and the others go on; default ${DEFAULT-VALUE} s.")
    int budgetSeconds;

    @Override
    public Integer call() throws Exception {
        if (budgetSeconds < 1) {
            throw new IllegalArgumentException("--budget must be at least 1 second, was " + budgetSeconds);
        }
        Subject subject = subjectOptions.resolve();
        EngineRegistry registry = EngineRegistry.discoverProbingPlugins();
        List<DiffEngine> engines = chooseEngines(registry);
        EngineOptions engineOptions = EngineOptions.of(NameValuePairs.parse("--option", "lanes=4", options));
        DerivativeTask task = subject.task();

        List<Answer> answers = new ArrayList<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        Map<String, String> failed = new LinkedHashMap<>();
        PrintWriter err = spec.commandLine().getErr();
        String computing = "computing the " + task.operator().label();
        for (DiffEngine e : engines) {
            EngineBudget budget = new EngineBudget(e.id(), budgetSeconds, err);
            OperatorCall call;
            try {
                call = budget.step("preparing", () -> OperatorCall.prepare(e, engineOptions, task.graph(),
                        task.operator(), task.point(), SEED));
            } catch (EngineBudget.OverBudgetException overBudget) {
                failed.put(e.id(), overBudget.getMessage());
                continue;
            } catch (UnsupportedOperatorException | UnsupportedPrimitiveException unsupported) {
                if (!EngineRegistry.ALL.equals(engine)) {
                    throw unsupported;
                }
                skipped.put(e.id(), unsupported.getMessage());
                continue;
            } catch (IllegalArgumentException badInput) {
                // An option or a graph the engine refuses while preparing is the user's to fix.
                throw badInput;
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError crash) {
                failed.put(e.id(), describe(crash));
                continue;
            }
            try {
                OperatorCall prepared = call;
                answers.add(budget.step(computing, () -> {
                    prepared.call();
                    return prepared.answerWithStatistics();
                }));
            } catch (EngineBudget.OverBudgetException overBudget) {
                failed.put(e.id(), overBudget.getMessage());
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError crash) {
                // The engine accepted the graph and the options, so even an IllegalArgumentException is its failure.
                failed.put(e.id(), describe(crash));
            }
        }
        if (answers.isEmpty() && failed.isEmpty()) {
            throw new IllegalArgumentException("no engine offers the " + task.operator().label()
                    + " this subject needs; run 'autodiffbench engines' to see what each offers");
        }
        Optional<Answer> reference = handAnswer(task);
        List<Candidate> candidates = new ArrayList<>();
        answers.forEach(a -> candidates.add(a.candidate()));
        reference.ifPresent(r -> candidates.add(r.candidate()));
        AnswerAgreement agreement = AnswerAgreement.compare(candidates, AnswerAgreement.DEFAULT_TOLERANCE);
        GradientReport report = new GradientReport(subject, engineOptions, answers, reference, skipped, failed,
                registry.failures(), agreement);

        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(GradientJson.of(report, brief)));
            out.flush();
        } else {
            GradientText.print(report, out);
        }
        return report.ok() ? ExitCodes.AGREE : ExitCodes.DISAGREE;
    }

    /** The hand-written derivative's answer, if the subject has one that offers its operator. */
    private static Optional<Answer> handAnswer(DerivativeTask task) {
        return task.handCall().flatMap(call -> {
            try {
                call.call();
                return Optional.of(call.answer());
            } catch (UnsupportedOperatorException e) {
                return Optional.empty();
            }
        });
    }

    private static String describe(Throwable crash) {
        return crash.getClass().getSimpleName() + ": " + crash.getMessage();
    }

    private List<DiffEngine> chooseEngines(EngineRegistry registry) {
        if (registry.available().isEmpty()) {
            throw new IllegalArgumentException("no engines found; put an engine jar such as engine-reverse on the "
                    + "class path (see 'autodiffbench engines')");
        }
        if (!EngineRegistry.ALL.equals(engine)) {
            return List.of(registry.require(engine));
        }
        if (!options.isEmpty()) {
            throw new IllegalArgumentException("--option applies to one engine; name it with --engine ID (one of "
                    + String.join(", ", registry.ids()) + ")");
        }
        return registry.available();
    }
}
