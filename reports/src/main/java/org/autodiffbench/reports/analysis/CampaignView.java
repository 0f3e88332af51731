package org.autodiffbench.reports.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.autodiffbench.reports.results.CampaignResults;
import org.autodiffbench.reports.results.CellResult;

/** A campaign's cells grouped into families, and every series in the order the campaign ran it. */
public final class CampaignView {

    private final CampaignResults results;
    private final List<Family> families;
    private final List<String> series;

    public CampaignView(CampaignResults results) {
        this.results = results;
        Map<FamilyKey, List<CellResult>> grouped = new LinkedHashMap<>();
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (CellResult cell : results.cells()) {
            grouped.computeIfAbsent(FamilyKey.of(cell), k -> new ArrayList<>()).add(cell);
            names.add(Family.seriesOf(cell));
        }
        this.families = grouped.entrySet().stream()
                .map(e -> new Family(e.getKey(), e.getValue(), results.baselines())).toList();
        this.series = List.copyOf(names);
    }

    public CampaignResults results() {
        return results;
    }

    public List<Family> families() {
        return families;
    }

    /** Every series of the campaign, in first-appearance order: the order colours are dealt in. */
    public List<String> series() {
        return series;
    }
}
