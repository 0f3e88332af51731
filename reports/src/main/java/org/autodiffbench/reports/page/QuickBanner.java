package org.autodiffbench.reports.page;

import java.util.Optional;
import org.autodiffbench.results.Campaign;

/** What every page of a {@code --quick} run's report says first: its timings are indicative only. */
final class QuickBanner {

    static final String TEXT = "Quick run: the timings in this report are indicative only (quick JMH settings,"
            + " few samples per cell); do not cite them as measurements, run the campaign without --quick for that.";

    private QuickBanner() {
    }

    /** The banner of a quick run's pages; empty for a full run. */
    static Optional<String> of(Campaign campaign) {
        return campaign.quick() ? Optional.of(TEXT) : Optional.empty();
    }
}
