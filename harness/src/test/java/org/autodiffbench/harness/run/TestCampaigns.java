package org.autodiffbench.harness.run;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.autodiffbench.api.Operator;
import org.autodiffbench.api.registry.EngineRegistry;
import org.autodiffbench.harness.campaign.CampaignPlan;
import org.autodiffbench.harness.campaign.TimingSettings;
import org.autodiffbench.harness.testengines.TestEnginePlugins;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.CellSpec;
import org.autodiffbench.results.ModelSpec;

/** Small campaign plans built directly, with JMH settings short enough for tests. */
public final class TestCampaigns {

    /** One fork, one warmup and three measured iterations of 20 ms: about a second per JMH run. */
    public static final TimingSettings FAST = new TimingSettings(1, 1, 20, 3, 20);

    private TestCampaigns() {
    }

    static CampaignPlan plan(String name, double budgetSeconds, List<CellSpec> cells) {
        ObjectNode source = JsonNodeFactory.instance.objectNode().put("name", name);
        String fingerprint = name + "-" + cells.stream().map(CellSpec::id).toList().hashCode() + "-" + budgetSeconds;
        return new CampaignPlan(name, name + ".json", source, fingerprint, false, 1, FAST, budgetSeconds, 1e-9, 2,
                cells);
    }

    /**
     * Runs a plan in this JVM, the test engines visible to it and its cells, with one progress
     * line per cell on {@code err}.
     *
     * @param plugins a scratch folder for the test engines' services file
     */
    static CampaignResults run(CampaignPlan plan, Path plugins, Path out, PrintWriter err) {
        try (TestEnginePlugins ignored = TestEnginePlugins.install(plugins);
             Progress progress = new LineProgress(err, 0);
             ResultsDirectory directory = ResultsDirectory.create(out, plan, RunEnvironment.capture(out))) {
            return new CampaignRunner(plan, directory, EngineRegistry.discover(), progress).run(err);
        }
    }

    static CellSpec gradient(String engine, String model, int size) {
        return gradient(engine, Map.of(), model, size);
    }

    static CellSpec gradient(String engine, Map<String, String> options, String model, int size) {
        return new CellSpec(engine, options, new ModelSpec(model, size, Map.of(), 1), Operator.GRADIENT);
    }
}
