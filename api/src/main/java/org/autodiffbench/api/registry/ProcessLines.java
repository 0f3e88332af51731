package org.autodiffbench.api.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Reads what a child JVM prints, line by line, on a daemon thread of its own, so that a child
 * that fills its pipe never blocks and a killed child ends the reading. The plugin probe reads
 * its JVM with it, and the harness its cells' JVMs.
 */
public final class ProcessLines {

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
}
