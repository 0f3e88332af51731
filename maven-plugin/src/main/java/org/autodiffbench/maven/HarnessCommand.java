package org.autodiffbench.maven;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.autodiffbench.api.registry.PluginPath;
import org.autodiffbench.harness.cli.ExitCodes;
import org.autodiffbench.harness.cli.Main;

/**
 * One command of the autodiffbench command line, run by {@link Main#run} in Maven's JVM: what it
 * prints goes to the build log (its warnings as warnings), and its {@code error: } lines become
 * the build failure's message, so a goal refuses bad input with the command line's own words,
 * one line per problem and no stack trace.
 */
final class HarnessCommand {

    private static final String ERROR = "error: ";
    private static final String WARNING = "warning: ";

    private HarnessCommand() {
    }

    /**
     * Runs the command {@code args} with {@code engines} as the thread's context class loader: the
     * harness discovers engines and model families through it, and a cell's JVM gets its jars and
     * those of its parents on the class path. The plugin folders the command adds to the system
     * property {@value PluginPath#PROPERTY} are taken out again afterwards, so they do not reach the
     * next goal or module of the build.
     *
     * @throws MojoFailureException on bad input (exit code 2)
     * @throws MojoExecutionException when the command failed in any other way
     */
    static void run(Log log, ClassLoader engines, List<String> args) throws MojoFailureException,
            MojoExecutionException {
        List<String> errors = new ArrayList<>();
        Thread thread = Thread.currentThread();
        ClassLoader pluginLoader = thread.getContextClassLoader();
        String pluginPath = System.getProperty(PluginPath.PROPERTY);
        int code;
        try (LogLines out = new LogLines(log::info);
             LogLines err = new LogLines(line -> standardError(line, log, errors))) {
            thread.setContextClassLoader(engines);
            code = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
        } finally {
            thread.setContextClassLoader(pluginLoader);
            if (pluginPath == null) {
                System.clearProperty(PluginPath.PROPERTY);
            } else {
                System.setProperty(PluginPath.PROPERTY, pluginPath);
            }
        }
        if (code == ExitCodes.BAD_INPUT) {
            throw new MojoFailureException(String.join(System.lineSeparator(), errors));
        }
        if (code != ExitCodes.AGREE) {
            throw new MojoExecutionException("autodiffbench " + args.get(0) + " ended with exit code " + code + ": "
                    + String.join("; ", errors));
        }
    }

    private static void standardError(String line, Log log, List<String> errors) {
        if (line.startsWith(ERROR)) {
            errors.add(line.substring(ERROR.length()));
        } else if (line.startsWith(WARNING)) {
            log.warn(line.substring(WARNING.length()));
        } else if (!line.isBlank()) {
            log.info(line);
        }
    }
}
