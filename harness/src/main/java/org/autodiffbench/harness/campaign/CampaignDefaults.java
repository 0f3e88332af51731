package org.autodiffbench.harness.campaign;

/** The values a campaign file may leave out, in one place; campaigns/README.md lists the same. */
public final class CampaignDefaults {

    /** Seeds every model's point when the file gives no {@code seed}. */
    public static final long SEED = 1;

    /** Timing without {@code --quick} when the file has no {@code timing} section. */
    public static final TimingSettings TIMING = new TimingSettings(1, 2, 200, 3, 200);

    /** Timing with {@code --quick} when the file has no {@code quick} section. */
    public static final TimingSettings QUICK_TIMING = new TimingSettings(1, 1, 100, 3, 100);

    /** The most seconds one cell may take. */
    public static final double CELL_BUDGET_SECONDS = 20;

    /** The largest ρ at which two derivatives still agree. */
    public static final double TOLERANCE = 1e-9;

    /** How many random directions the central-difference check takes. */
    public static final int FINITE_DIFFERENCE_DIRECTIONS = 3;

    /** JMH reports no confidence interval with fewer measurement iterations. */
    public static final int MIN_MEASUREMENT_ITERATIONS = 3;

    private CampaignDefaults() {
    }
}
