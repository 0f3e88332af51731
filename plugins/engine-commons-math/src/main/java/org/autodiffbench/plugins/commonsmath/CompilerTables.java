package org.autodiffbench.plugins.commonsmath;

import org.apache.commons.math3.analysis.differentiation.DSCompiler;

/**
 * Commons Math's derivative tables. {@code DSCompiler.getCompiler(P, 1)} builds and caches, in
 * a static field, a compiler for every parameter count up to P, each holding an index table of
 * about p² ints: about 4P³/3 bytes in all (measured: 175 MB at P = 500, 1.36 GB at P = 1000,
 * 4.56 GB at P = 1500, within 1% of 4P³/3 + 32P²). They are built once per JVM, here, at
 * preparation, and refused when they would not fit.
 */
final class CompilerTables {

    /** The share of the maximum heap the tables may take. */
    private static final double HEAP_SHARE = 0.75;

    /** The largest parameter count whose tables this JVM already holds. */
    private static int built;

    private CompilerTables() {
    }

    /** The estimated bytes of the tables for P parameters: 4P³/3 + 32P². */
    static long bytes(int parameters) {
        double p = parameters;
        return (long) (4.0 * p * p * p / 3.0 + 32.0 * p * p);
    }

    /** The estimate in words, e.g. {@code "4.6 GB"}. */
    static String describe(int parameters) {
        double bytes = bytes(parameters);
        return bytes >= 1e9 ? String.format(java.util.Locale.ROOT, "%.1f GB", bytes / 1e9)
                : String.format(java.util.Locale.ROOT, "%.0f MB", Math.ceil(bytes / 1e6));
    }

    /**
     * Builds the tables for P parameters, or refuses with an IllegalArgumentException when
     * they would take more than three quarters of the maximum heap.
     */
    static synchronized void require(int parameters) {
        if (parameters <= built) {
            return;
        }
        long heap = Runtime.getRuntime().maxMemory();
        if (bytes(parameters) > HEAP_SHARE * heap) {
            throw new IllegalArgumentException(tooLarge(parameters, heap));
        }
        try {
            DSCompiler.getCompiler(parameters, 1);
        } catch (OutOfMemoryError e) {
            throw new IllegalArgumentException(tooLarge(parameters, heap));
        }
        built = parameters;
    }

    private static String tooLarge(int parameters, long heap) {
        return "engine '" + CommonsMathEngine.ID + "' cannot differentiate P = " + parameters + " parameters in this JVM:"
                + " DerivativeStructure needs about " + describe(parameters) + " of heap for its tables and the heap"
                + " holds at most " + String.format(java.util.Locale.ROOT, "%.1f GB", heap / 1e9)
                + "; give the JVM more heap (-Xmx) or use a smaller model";
    }
}
