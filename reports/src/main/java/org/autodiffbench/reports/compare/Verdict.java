package org.autodiffbench.reports.compare;

import java.util.Locale;

/** What a comparison concludes about one matching measurement. */
public enum Verdict {
    /** Slower beyond the threshold, and the samples differ significantly. */
    REGRESSION,
    /** The cell was ok and no longer is (failed, disagrees, timed out, over budget, unsupported). */
    BROKEN,
    /** The cell was ok in the old run and the new run has no result for it: a partial run hides nothing. */
    MISSING,
    /** Faster beyond the threshold, and the samples differ significantly. */
    IMPROVEMENT,
    /** The cell was not ok and now is. */
    FIXED,
    /** Too few samples on a side for the test (fewer than two). */
    UNTESTED,
    /** Within the threshold, or the difference is not significant. */
    NO_CHANGE,
    /** Neither side has an ok timing to compare. */
    NOT_COMPARED,
    /** In the old run, not ok there, and not in the new run. */
    ONLY_IN_OLD,
    ONLY_IN_NEW;

    /** The lower-case, spaced name shown in reports, e.g. {@code no change}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Does this verdict fail a CI check? */
    public boolean failing() {
        return this == REGRESSION || this == BROKEN || this == MISSING;
    }
}
