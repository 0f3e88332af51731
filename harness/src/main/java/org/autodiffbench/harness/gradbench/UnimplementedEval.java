package org.autodiffbench.harness.gradbench;

import java.util.Arrays;
import java.util.Optional;

/**
 * GradBench's evals that this project knows and has no module for, each with why: what a
 * {@code define} of it answers instead of a bare "not implemented".
 */
enum UnimplementedEval {

    PARTICLE("particle", Reasons.NESTED),
    SADDLE("saddle", Reasons.NESTED),
    DET("det", Reasons.NOT_YET),
    HT("ht", Reasons.NOT_YET);

    private final String module;
    private final String reason;

    UnimplementedEval(String module, String reason) {
        this.module = module;
        this.reason = reason;
    }

    /** The eval of this module name, when it is one of these. */
    static Optional<UnimplementedEval> of(String module) {
        return Arrays.stream(values()).filter(e -> e.module.equals(module)).findFirst();
    }

    /** Why there is no module, to follow the module's name, e.g. "is not implemented yet". */
    String reason() {
        return reason;
    }

    private static final class Reasons {
        static final String NESTED = "needs nested derivatives: a gradient inside the function being differentiated, "
                + "which this project's engines do not compose";
        static final String NOT_YET = "is not implemented by autodiffbench yet";
    }
}
