package org.autodiffbench.api.registry;

import java.io.IOException;

/**
 * Ends a child JVM (a cell's, with the JMH forks it started, or a plugin probe's), as soon as
 * the process that started it is gone (its end of this JVM's stdin closes, even after kill -9),
 * so no orphan keeps running: a cell writing into a resumed run's directory, or a probe stuck in
 * a plugin's constructor.
 */
public final class ParentWatch {

    private ParentWatch() {
    }

    /** Starts watching, on a daemon thread; the parent must never write to this JVM's stdin. */
    public static void start() {
        Thread watch = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // the parent never writes; reading only waits for the end of the stream
                }
            } catch (IOException e) {
                // a broken pipe means the same: the parent is gone
            }
            ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
            Runtime.getRuntime().halt(4);
        }, "autodiffbench-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
