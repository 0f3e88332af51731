package org.autodiffbench.harness.run;

import java.time.Duration;
import java.util.Locale;

/** Times as people read them: {@code 1:05} for elapsed time, {@code 12.3 µs} for a call. */
final class Durations {

    private Durations() {
    }

    /** {@code m:ss}, or {@code h:mm:ss} from an hour. */
    static String clock(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** Three significant figures in ns, µs, ms or s. */
    static String ofNanos(double ns) {
        if (ns < 1e3) {
            return String.format(Locale.ROOT, "%.3g ns", ns);
        }
        if (ns < 1e6) {
            return String.format(Locale.ROOT, "%.3g µs", ns / 1e3);
        }
        if (ns < 1e9) {
            return String.format(Locale.ROOT, "%.3g ms", ns / 1e6);
        }
        return String.format(Locale.ROOT, "%.3g s", ns / 1e9);
    }
}
