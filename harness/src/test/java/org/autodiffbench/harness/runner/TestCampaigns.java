package org.autodiffbench.harness.runner;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.Operator;
import org.autodiffbench.harness.campaign.CampaignPlan;
import org.autodiffbench.harness.campaign.Cell;
import org.autodiffbench.harness.campaign.TimingSettings;

/** Small campaign plans built directly, with JMH settings short enough for tests. */
final class TestCampaigns {

    /** One fork, one warmup and three measured iterations of 20 ms: about a second per JMH run. */
    static final TimingSettings FAST = new TimingSettings(1, 1, 20, 3, 20);

    private TestCampaigns() {
    }

    static CampaignPlan plan(String name, double budgetSeconds, List<Cell> cells) {
        ObjectNode source = JsonNodeFactory.instance.objectNode().put("name", name);
        String fingerprint = name + "-" + cells.stream().map(Cell::id).toList().hashCode() + "-" + budgetSeconds;
        return new CampaignPlan(name, name + ".json", source, fingerprint, false, 1, FAST, budgetSeconds, 1e-9, 2,
                cells);
    }

    static Cell gradient(String engine, String model, int size) {
        return new Cell(engine, EngineOptions.none(), model, size, Map.of(), Operator.GRADIENT);
    }

    static Cell gradient(String engine, Map<String, String> options, String model, int size) {
        return new Cell(engine, EngineOptions.of(options), model, size, Map.of(), Operator.GRADIENT);
    }
}
