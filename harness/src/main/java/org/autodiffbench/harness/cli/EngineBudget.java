package org.autodiffbench.harness.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * One engine's in-process work for a command, run on a daemon thread of its own within a
 * budget: while the engine works a progress line on stderr says what it is doing, first after
 * {@value #PROGRESS_AFTER_SECONDS} s (or half the budget, if that is sooner; never for a budget
 * under 2 s) and then every
 * {@value #PROGRESS_EVERY_SECONDS} s; when the budget is spent the engine is given up. Its thread
 * is left behind, a daemon that cannot keep the JVM alive, and the command goes on. While a step
 * runs, {@link EngineExitGuard} knows which engine the thread belongs to.
 */
final class EngineBudget {

    /** The budget of each engine when --budget is not given. */
    static final int DEFAULT_SECONDS = 120;
    static final int PROGRESS_AFTER_SECONDS = 5;
    static final int PROGRESS_EVERY_SECONDS = 15;

    private final String engineId;
    private final int budgetSeconds;
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long nextProgress;

    /** Starts the engine's clock: every step counts against one budget. */
    EngineBudget(String engineId, int budgetSeconds, PrintWriter err) {
        this.engineId = engineId;
        this.budgetSeconds = budgetSeconds;
        this.err = err;
        int firstProgress = Math.min(PROGRESS_AFTER_SECONDS, budgetSeconds / 2);
        this.nextProgress = firstProgress > 0 ? Duration.ofSeconds(firstProgress).toNanos() : Long.MAX_VALUE;
    }

    /** The engine gave no answer within its budget. */
    static final class OverBudgetException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        OverBudgetException(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Runs one step of the engine's work and returns its result; what the work throws comes out
     * as it was thrown.
     *
     * @param doing what the step does, e.g. "preparing" or "computing the gradient"
     * @throws OverBudgetException when the budget is spent first; its message is the reason to record
     */
    <T> T step(String doing, Supplier<T> work) {
        FutureTask<T> task = new FutureTask<>(work::get);
        Thread worker = new Thread(task, "autodiffbench-engine-" + engineId);
        worker.setDaemon(true);
        EngineExitGuard.watch(worker, engineId, err);
        worker.start();
        long budget = Duration.ofSeconds(budgetSeconds).toNanos();
        try {
            while (true) {
                long elapsed = System.nanoTime() - start;
                try {
                    return task.get(Math.max(1, Math.min(budget, nextProgress) - elapsed), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    elapsed = System.nanoTime() - start;
                    if (elapsed >= budget) {
                        err.println("error: engine " + engineId + " gave no answer within its budget of " + budgetSeconds
                                + " s while " + doing + "; it was given up and the others went on (give it more with"
                                + " --budget SECONDS)");
                        err.flush();
                        throw new OverBudgetException("over budget: no answer within " + budgetSeconds + " s while "
                                + doing);
                    }
                    if (elapsed >= nextProgress) {
                        err.println(engineId + ": still " + doing + " after " + TimeUnit.NANOSECONDS.toSeconds(nextProgress)
                                + " s (budget " + budgetSeconds + " s)");
                        err.flush();
                        nextProgress += Duration.ofSeconds(PROGRESS_EVERY_SECONDS).toNanos();
                    }
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while engine " + engineId + " was " + doing, e);
        } finally {
            if (task.isDone()) {
                EngineExitGuard.forget(worker);
            }
        }
    }
}
