package org.autodiffbench.harness.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.autodiffbench.api.kernels.KernelSelection;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code autodiffbench} command line: {@code engines}, {@code models}, {@code gradient},
 * {@code explain}, {@code schedule}, {@code run}, {@code merge}, {@code report}, {@code compare} and {@code gradbench}.
 * Exit codes: 0 success and agreement, 1 disagreement or a non-finite result, 2 bad input,
 * 3 an internal error, 4 a merge of shards that lacks cells.
 */
@Command(name = "autodiffbench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {EnginesCommand.class, ModelsCommand.class, GradientCommand.class, ExplainCommand.class,
            ScheduleCommand.class, RunCommand.class, MergeCommand.class, ReportCommand.class, CompareCommand.class,
            GradBenchCommand.class},
        description = "Compares automatic-differentiation engines on formulas and model families.")
public final class Main implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Before the command's name too: {@code autodiffbench --plugin-path DIR engines}. */
    @Mixin
    PluginPathOption pluginPath;

    /** Runs the command line and exits with its code. Output is UTF-8. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /**
     * Runs the command line without exiting, writing to the given streams.
     *
     * @return the exit code
     */
    public static int run(PrintStream out, PrintStream err, String... args) {
        PrintWriter outWriter = new PrintWriter(new PrintStreamWriter(out), true);
        PrintWriter errWriter = new PrintWriter(new PrintStreamWriter(err), true);
        ErrorReporter reporter = new ErrorReporter(ErrorReporter.debugRequested());
        CommandLine commandLine = new CommandLine(new Main())
                .setOut(outWriter)
                .setErr(errWriter)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(reporter)
                .setExecutionExceptionHandler(reporter);
        try {
            KernelSelection.requireUsableProperty();
        } catch (IllegalArgumentException e) {
            errWriter.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        try {
            return commandLine.execute(args);
        } catch (RuntimeException | Error e) {
            return reporter.internal(e, errWriter);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    /** Without a command there is nothing to do. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command; use one of: "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
