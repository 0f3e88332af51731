package org.autodiffbench.reports.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.autodiffbench.api.EngineMode;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.CellResult;

/**
 * A campaign's cells grouped into families, and every series in the order the campaign ran it,
 * with the mode its engine declared.
 */
public final class CampaignView {

    private final CampaignResults results;
    private final List<Family> families;
    private final Map<String, EngineMode> series;

    public CampaignView(CampaignResults results) {
        this.results = results;
        Map<FamilyKey, List<CellResult>> grouped = new LinkedHashMap<>();
        Map<String, EngineMode> modes = new LinkedHashMap<>();
        for (CellResult cell : results.cells()) {
            grouped.computeIfAbsent(FamilyKey.of(cell), k -> new ArrayList<>()).add(cell);
            modes.merge(cell.series(), cell.mode(), (known, other) -> known == EngineMode.OTHER ? other : known);
        }
        this.families = grouped.entrySet().stream()
                .map(e -> new Family(e.getKey(), e.getValue(), results.baselines())).toList();
        this.series = modes;
    }

    public CampaignResults results() {
        return results;
    }

    public List<Family> families() {
        return families;
    }

    /**
     * Every series of the campaign with its engine's declared mode, in first-appearance order:
     * the order colours are dealt in.
     */
    public Map<String, EngineMode> series() {
        return series;
    }
}
