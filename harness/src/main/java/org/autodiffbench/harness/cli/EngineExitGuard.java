package org.autodiffbench.harness.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a System.exit called by an engine's code inside a command's own JVM into a clear end: a
 * shutdown hook looks for an engine thread ({@link EngineBudget}) that is exiting, prints
 * {@code error: engine ID called System.exit during gradient; …} and halts with
 * {@link ExitCodes#DISAGREE} (an engine failed) instead of the engine's own status. An exit the
 * command itself makes passes untouched.
 */
final class EngineExitGuard {

    private record Watched(String engineId, PrintWriter err) {
    }

    private static final Map<Thread, Watched> ENGINE_THREADS = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(EngineExitGuard::onExit, "autodiffbench-engine-exit-guard"));
    }

    private EngineExitGuard() {
    }

    /** From now on, an exit called on {@code thread} is {@code engineId}'s. */
    static void watch(Thread thread, String engineId, PrintWriter err) {
        ENGINE_THREADS.put(thread, new Watched(engineId, err));
    }

    /** The thread's engine work is over. */
    static void forget(Thread thread) {
        ENGINE_THREADS.remove(thread);
    }

    private static void onExit() {
        ENGINE_THREADS.forEach((thread, watched) -> {
            if (isExiting(thread)) {
                watched.err().println("error: engine " + watched.engineId() + " called System.exit during gradient;"
                        + " the answers of the other engines are lost: leave it out with --engine ID, or remove it"
                        + " from the plugin folder or fix it");
                watched.err().flush();
                Runtime.getRuntime().halt(ExitCodes.DISAGREE);
            }
        });
    }

    /** Is the thread inside Runtime.exit, waiting for the shutdown it started? */
    private static boolean isExiting(Thread thread) {
        for (StackTraceElement frame : thread.getStackTrace()) {
            if (frame.getClassName().equals("java.lang.Shutdown")
                    || frame.getClassName().equals("java.lang.Runtime") && frame.getMethodName().equals("exit")) {
                return true;
            }
        }
        return false;
    }
}
