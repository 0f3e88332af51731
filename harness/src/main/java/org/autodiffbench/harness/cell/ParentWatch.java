package org.autodiffbench.harness.cell;

import java.io.IOException;

/**
 * Ends a cell's JVM, and the JMH forks it started, as soon as the campaign that started it is
 * gone (its end of this JVM's stdin closes, even after kill -9), so no orphan keeps running or
 * writes into a resumed run's directory.
 */
final class ParentWatch {

    private ParentWatch() {
    }

    static void start() {
        Thread watch = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // the campaign never writes; reading only waits for the end of the stream
                }
            } catch (IOException e) {
                // a broken pipe means the same: the campaign is gone
            }
            ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
            Runtime.getRuntime().halt(4);
        }, "autodiffbench-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
