package org.autodiffbench.harness.cli;

import java.io.PrintWriter;
import org.autodiffbench.api.UnsupportedOperatorException;
import org.autodiffbench.api.UnsupportedPrimitiveException;
import org.autodiffbench.harness.expr.ParseException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on stderr that starts with {@code error: } and says what to do.
 * Bad input exits with 2; anything else is a bug and exits with 3. A stack trace is printed only
 * when the environment variable {@value #DEBUG_VARIABLE} is 1.
 */
final class ErrorReporter implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {

    static final String DEBUG_VARIABLE = "AUTODIFFBENCH_DEBUG";

    private final boolean debug;

    ErrorReporter(boolean debug) {
        this.debug = debug;
    }

    /** True when {@value #DEBUG_VARIABLE} asks for stack traces. */
    static boolean debugRequested() {
        return "1".equals(System.getenv(DEBUG_VARIABLE));
    }

    /** A command-line option that picocli could not accept, or one a command refused while starting. */
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        command.getErr().println("error: " + oneLine(ex.getMessage()) + "; see '"
                + command.getCommandSpec().qualifiedName() + " --help'");
        command.getErr().flush();
        return ExitCodes.BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        if (ex instanceof ParseException parse) {
            err.println("error: " + oneLine(parse.located()));
        } else if (ex instanceof IllegalArgumentException || ex instanceof UnsupportedOperatorException
                || ex instanceof UnsupportedPrimitiveException) {
            err.println("error: " + oneLine(ex.getMessage()));
        } else {
            return internal(ex, err);
        }
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    /** A bug: names the exception in one line, with the stack trace only in debug mode. */
    int internal(Throwable t, PrintWriter err) {
        err.println("error: internal: " + t.getClass().getName() + ": " + oneLine(t.getMessage())
                + (debug ? "" : " (set " + DEBUG_VARIABLE + "=1 for a stack trace)"));
        if (debug) {
            t.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }

    private static String oneLine(String message) {
        return message == null ? "(no message)" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
