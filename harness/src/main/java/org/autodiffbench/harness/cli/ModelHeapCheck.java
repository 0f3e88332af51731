package org.autodiffbench.harness.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.autodiffbench.models.ModelFamily;
import org.autodiffbench.models.ModelFootprint;

/**
 * Keeps an in-process command from running out of memory on a model too big for the heap: the
 * family's footprint, plus the copies of the point and the derivative a call needs, is compared
 * with the heap before anything is built, and a model that does not fit is refused with both
 * numbers and how to give the JVM more. An OutOfMemoryError while building is the last resort,
 * refused the same way.
 */
final class ModelHeapCheck {

    /** The task's copy of the point, the call's copy and the derivative: doubles of n each. */
    private static final int CALL_COPIES = 3;
    /** What to suggest above the estimate, for the engine's own buffers. */
    private static final double HEADROOM = 1.25;
    private static final double GIB = 1L << 30;

    private ModelHeapCheck() {
    }

    /**
     * Builds the model with {@code build} if it fits in the heap.
     *
     * @throws IllegalArgumentException when the estimate or the building itself exceeds the heap
     */
    static <T> T build(ModelFamily family, int size, Map<String, String> options, Supplier<T> build) {
        long heap = Runtime.getRuntime().maxMemory();
        Optional<ModelFootprint> footprint = family.footprint(size, options);
        if (footprint.isPresent()) {
            long parameters = footprint.get().parameters();
            long needs = footprint.get().bytes() + CALL_COPIES * ModelFootprint.doubles(parameters);
            if (needs > heap) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%s needs about %.1f GiB (%.1e parameters) but the heap is %.1f GiB; %s",
                        model(family, size, options), needs / GIB, (double) parameters, heap / GIB, advice(needs)));
            }
        }
        try {
            return build.get();
        } catch (OutOfMemoryError e) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s ran out of memory while it was built: the"
                    + " heap is %.1f GiB; %s", model(family, size, options), heap / GIB, advice(2 * heap)));
        }
    }

    private static String model(ModelFamily family, int size, Map<String, String> options) {
        String with = options.isEmpty() ? "" : " with " + options.entrySet().stream()
                .map(o -> o.getKey() + "=" + o.getValue()).collect(Collectors.joining(", "));
        return family.id() + " size " + size + with;
    }

    /** How to get a heap of about {@code bytes}; java -jar is how the harness is started. */
    private static String advice(long bytes) {
        return "choose a smaller size or give more heap with java -Xmx…, e.g. java -Xmx"
                + (long) Math.ceil(bytes * HEADROOM / GIB) + "g -jar autodiffbench.jar …";
    }
}
