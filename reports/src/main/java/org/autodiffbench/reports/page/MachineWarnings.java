package org.autodiffbench.reports.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.autodiffbench.reports.analysis.Family;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.Environment;

/**
 * The warnings of a run whose cells were measured on more than one machine, as a merge of shards
 * can be: one per family whose charts mix machines, naming each machine and its cells, since a
 * step between two points may then be the machines' and not the engines'.
 */
final class MachineWarnings {

    private MachineWarnings() {
    }

    static List<String> of(CampaignResults results, List<Family> families) {
        List<String> warnings = new ArrayList<>();
        for (Family family : families) {
            Map<String, Integer> cellsPerMachine = new LinkedHashMap<>();
            for (CellResult cell : family.cells()) {
                Environment where = results.environmentOf(cell);
                cellsPerMachine.merge(where == null ? "an unrecorded machine" : where.machine(), 1, Integer::sum);
            }
            if (cellsPerMachine.size() > 1) {
                warnings.add("the charts of " + family.key().label() + " mix cells measured on "
                        + cellsPerMachine.size() + " machines (" + cellsPerMachine.entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue() + (e.getValue() == 1 ? " cell" : " cells"))
                        .collect(Collectors.joining(", "))
                        + "); a difference between their points may be the machines' rather than the engines'");
            }
        }
        return warnings;
    }
}
