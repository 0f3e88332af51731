package org.autodiffbench.reports.fit;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The non-dominated items when both coordinates are costs (less is better): an item is dominated
 * when another is no worse in both and better in one.
 */
public final class ParetoFront {

    private ParetoFront() {
    }

    /** The non-dominated items, sorted by x. */
    public static <T> List<T> of(List<T> items, ToDoubleFunction<T> x, ToDoubleFunction<T> y) {
        return items.stream()
                .filter(candidate -> items.stream().noneMatch(other -> dominates(other, candidate, x, y)))
                .sorted(Comparator.comparingDouble(x).thenComparingDouble(y))
                .toList();
    }

    private static <T> boolean dominates(T a, T b, ToDoubleFunction<T> x, ToDoubleFunction<T> y) {
        double ax = x.applyAsDouble(a);
        double ay = y.applyAsDouble(a);
        double bx = x.applyAsDouble(b);
        double by = y.applyAsDouble(b);
        return ax <= bx && ay <= by && (ax < bx || ay < by);
    }
}
