package org.autodiffbench.api.checkpoint;

/**
 * The counting results of binomial checkpointing (Griewank & Walther, ACM TOMS Algorithm 799):
 * with s snapshots (the stored initial state counts as one) and at most t repetitions of any
 * stage, at most β(s, t) = C(s + t, s) stages can be reversed, and the fewest untaped stage
 * evaluations that reverse l stages are p(l, s) = t·l − C(s + t, t − 1) for the t with
 * β(s, t − 1) &lt; l ≤ β(s, t).
 */
public final class Revolve {

    private Revolve() {
    }

    /** The repetition number t: the least t with β(s, t) ≥ l. */
    public static int repetitions(long l, int s) {
        requireArguments(l, s);
        int t = 0;
        long beta = 1; // β(s, 0) = C(s, s)
        while (beta < l) {
            t++;
            beta = beta * (s + t) / t; // C(s+t, t) = C(s+t−1, t−1)·(s+t)/t, exact
        }
        return t;
    }

    /** β(s, t) = C(s + t, s), saturating at {@link Long#MAX_VALUE}. */
    public static long beta(int s, int t) {
        long beta = 1;
        for (int k = 1; k <= t; k++) {
            if (beta > Long.MAX_VALUE / (s + k)) {
                return Long.MAX_VALUE;
            }
            beta = beta * (s + k) / k;
        }
        return beta;
    }

    /** p(l, s): the fewest untaped stage evaluations (advances) that reverse l stages with s snapshots. */
    public static long minimalAdvances(long l, int s) {
        int t = repetitions(l, s);
        if (t == 0) {
            return 0;
        }
        long beta = beta(s, t);
        long binomial = beta * t / (s + 1); // C(s+t, t−1) = C(s+t, t)·t/(s+1)
        return t * l - binomial;
    }

    private static void requireArguments(long l, int s) {
        if (l < 1) {
            throw new IllegalArgumentException("a chain needs at least one stage, got " + l);
        }
        if (s < 1) {
            throw new IllegalArgumentException("checkpointing needs at least one snapshot, got " + s);
        }
    }
}
