package org.autodiffbench.models;

import java.lang.management.ManagementFactory;

/** Measures the heap bytes the current thread allocates, to check that derivative calls allocate nothing. */
public final class Allocations {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Allocations() {
    }

    /** The bytes this thread allocates while running {@code work}. */
    public static long bytesAllocatedBy(Runnable work) {
        long before = THREADS.getCurrentThreadAllocatedBytes();
        work.run();
        return THREADS.getCurrentThreadAllocatedBytes() - before;
    }
}
