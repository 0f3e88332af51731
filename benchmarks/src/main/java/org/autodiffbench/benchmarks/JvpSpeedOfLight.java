package org.autodiffbench.benchmarks;

import java.util.Locale;
import java.util.Optional;

/**
 * One model's JVP against its hand-written JVP, from one run: how many primals one JVP costs
 * written by hand with the best kernels (what any engine's JVP can hope for, and so whether the JVP
 * target's limit is within reach at all) and how far the compiled JVP is from it.
 */
record JvpSpeedOfLight(String model, Optional<MeasuredCall> handPrimal, Optional<MeasuredCall> handJvp,
        Optional<MeasuredCall> compiledJvp) {

    static JvpSpeedOfLight of(MeasuredCalls calls, String model) {
        return new JvpSpeedOfLight(model, calls.find("jvpPrimal", model), calls.find("handJvp", model),
                calls.find("forwardJvp", model));
    }

    /** The hand-written JVP in hand-written primals, or NaN when either was not measured. */
    double handOverPrimal() {
        return MeasuredCall.score(handJvp) / MeasuredCall.score(handPrimal);
    }

    /** The compiled JVP in hand-written JVPs, or NaN when either was not measured. */
    double compiledOverHand() {
        return MeasuredCall.score(compiledJvp) / MeasuredCall.score(handJvp);
    }

    /** A row of the table: | model | hand primal | hand JVP | hand JVP / primal | compiled JVP | compiled / hand JVP |. */
    String row() {
        return String.format(Locale.ROOT, "| %s | %s | %s | %.2f | %s | %.2f |", model,
                MeasuredCall.time(handPrimal), MeasuredCall.time(handJvp), handOverPrimal(),
                MeasuredCall.time(compiledJvp), compiledOverHand());
    }
}
