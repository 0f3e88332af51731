package org.autodiffbench.results;

import java.util.List;

/**
 * The reference timings of one model, shared by every cell on it: the primal (hand-written where
 * the family has it, else the reference engine's value) and the hand-written derivative where it
 * exists.
 *
 * @param problem the model's dimensions; null when the model could not be built
 * @param primalSource {@code hand} or the id of the engine whose value() was timed
 * @param primal null when it could not be timed; {@code note} says why
 * @param hand null where the family has no hand-written derivative or it could not be timed
 * @param namedBaselines further hand-written baselines timed beside {@code hand} (e.g. hand-scalar);
 *                       empty where the model has none, and when read from older files
 */
public record Baseline(ModelSpec model, Problem problem, String primalSource, Timing primal, Timing hand,
                       String note, List<NamedTiming> namedBaselines) {

    public Baseline {
        namedBaselines = namedBaselines == null ? List.of() : List.copyOf(namedBaselines);
    }

    /** A baseline without named baselines. */
    public Baseline(ModelSpec model, Problem problem, String primalSource, Timing primal, Timing hand, String note) {
        this(model, problem, primalSource, primal, hand, note, List.of());
    }
}
