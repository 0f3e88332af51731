package org.autodiffbench.harness.cell;

import java.util.List;
import org.autodiffbench.results.NamedTiming;
import org.autodiffbench.results.Problem;
import org.autodiffbench.results.Timing;

/**
 * A model's baseline timings from its JVM: the model's dimensions, who computed the primal, and
 * the primal's and the hand-written derivative's timings (null when missing; the note says why),
 * then the model's named baselines' timings (empty when it has none or they failed; the note says
 * why).
 */
public record BaselineReport(Problem problem, String primalSource, Timing primal, Timing hand, String note,
                             List<NamedTiming> namedBaselines) {

    public BaselineReport {
        namedBaselines = namedBaselines == null ? List.of() : List.copyOf(namedBaselines);
    }

    /** A report without named baselines. */
    public BaselineReport(Problem problem, String primalSource, Timing primal, Timing hand, String note) {
        this(problem, primalSource, primal, hand, note, List.of());
    }
}
