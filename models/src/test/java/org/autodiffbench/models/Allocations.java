package org.autodiffbench.models;

import java.lang.management.ManagementFactory;

/** Measures the heap bytes the current thread allocates, to check that derivative calls allocate nothing. */
public final class Allocations {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private static final long STEADY_STATE_SECONDS = 20;

    private Allocations() {
    }

    /** The bytes this thread allocates while running {@code work}. */
    public static long bytesAllocatedBy(Runnable work) {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        work.run();
        return THREADS.getCurrentThreadAllocatedBytes() - before;
    }

    /**
     * The bytes this thread allocates while running {@code work} once the JIT has compiled it: the
     * least over repetitions, for up to {@value #STEADY_STATE_SECONDS} seconds or until a repetition
     * allocates nothing. Work on the vector kernels boxes its vectors until C2 compiles it; work
     * that allocates for real allocates in every repetition.
     */
    public static long bytesAllocatedInSteadyState(Runnable work) {
        long deadline = System.nanoTime() + STEADY_STATE_SECONDS * 1_000_000_000L;
        long least = bytesAllocatedBy(work);
        while (least > 0 && System.nanoTime() < deadline) {
            least = Math.min(least, bytesAllocatedBy(work));
        }
        return least;
    }
}
