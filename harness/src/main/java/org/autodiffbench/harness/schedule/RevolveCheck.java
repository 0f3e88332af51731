package org.autodiffbench.harness.schedule;

import java.math.BigInteger;
import org.autodiffbench.api.checkpoint.Revolve;

/**
 * The closed form of binomial checkpointing checked three ways: p(l, s) = t·l − C(s + t, t − 1)
 * worked out here with exact integers, {@link Revolve#minimalAdvances}, and the advances a
 * schedule actually makes.
 *
 * @param repetitions t, the least t with C(s + t, s) ≥ l
 * @param binomial C(s + t, t − 1)
 * @param formula t·l − C(s + t, t − 1)
 * @param minimalAdvances what {@link Revolve#minimalAdvances} says
 * @param scheduleAdvances the ADVANCE actions of the schedule
 */
public record RevolveCheck(int stages, int snapshots, int repetitions, long binomial, long formula,
                           long minimalAdvances, long scheduleAdvances) {

    /** Works the formula out for l stages and s snapshots and sets it beside the schedule's advances. */
    public static RevolveCheck of(int stages, int snapshots, long scheduleAdvances) {
        int t = Revolve.repetitions(stages, snapshots);
        long binomial = choose(snapshots + t, t - 1);
        return new RevolveCheck(stages, snapshots, t, binomial, (long) t * stages - binomial,
                Revolve.minimalAdvances(stages, snapshots), scheduleAdvances);
    }

    /** C(n, k) exactly; 0 for k &lt; 0. */
    static long choose(int n, int k) {
        if (k < 0) {
            return 0;
        }
        BigInteger c = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            c = c.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return c.longValueExact();
    }

    /** The formula, Revolve and the schedule give the same number. */
    public boolean ok() {
        return formula == minimalAdvances && minimalAdvances == scheduleAdvances;
    }

    /** One line, e.g. {@code p(10, 3) = t·l − C(s+t, t−1) = 2·10 − C(5, 1) = 15; …: ok}. */
    public String describe() {
        return "p(" + stages + ", " + snapshots + ") = t·l − C(s+t, t−1) = " + repetitions + "·" + stages
                + " − C(" + (snapshots + repetitions) + ", " + (repetitions - 1) + ") = " + (long) repetitions * stages
                + " − " + binomial + " = " + formula + "; Revolve.minimalAdvances gives " + minimalAdvances
                + "; the schedule advances " + scheduleAdvances + " times: " + (ok() ? "ok" : "MISMATCH");
    }
}
