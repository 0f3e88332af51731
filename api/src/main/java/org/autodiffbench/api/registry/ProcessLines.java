package org.autodiffbench.api.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Reads what a child JVM prints, line by line, on a daemon thread of its own, so that a child
 * that fills its pipe never blocks and a killed child ends the reading; tells the stderr lines
 * that say something from stack frames; and ends a child with everything it started. The plugin
 * probe handles its JVM with it, and the harness its cells' JVMs.
 */
public final class ProcessLines {

    /** How the JVM's line on standard error about incubator modules begins. */
    private static final String INCUBATOR_NOTICE = "WARNING: Using incubator modules";

    private ProcessLines() {
    }

    /** Starts a daemon thread that hands each UTF-8 line of {@code stream} to {@code lines}; join it to wait. */
    public static Thread drain(InputStream stream, Consumer<String> lines, String threadName) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    lines.accept(line);
                }
            } catch (IOException e) {
                // the JVM was killed; what was read so far is all there is
            }
        }, threadName);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /**
     * A stderr line that says something, not a stack frame, a frame count or the JVM's notice that
     * it runs an incubator module (every JVM with the vector kernels prints it).
     */
    public static boolean meaningful(String line) {
        String s = line.strip();
        return !s.isEmpty() && !s.startsWith("at ") && !s.matches("\\.\\.\\. \\d+ (more|common frames omitted)")
                && !s.startsWith(INCUBATOR_NOTICE);
    }

    /** Kills a JVM and every process it started (JMH's forks, say) first, so none outlives it. */
    public static void killTree(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
