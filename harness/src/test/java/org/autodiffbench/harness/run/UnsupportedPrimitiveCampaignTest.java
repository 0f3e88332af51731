package org.autodiffbench.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.autodiffbench.api.graph.Node;
import org.autodiffbench.harness.campaign.CampaignPlan;
import org.autodiffbench.harness.testengines.FewPrimitivesTestEngine;
import org.autodiffbench.harness.testengines.UndeclaredTanhTestEngine;
import org.autodiffbench.harness.timing.Workload;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cells whose graph uses a primitive their engine lacks are unsupported, naming the primitive,
 * whether the engine declares the lack or its preparation finds it; the same engine on a graph
 * without such a primitive is checked and timed as usual.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnsupportedPrimitiveCampaignTest {

    private static final Pattern REASON = Pattern.compile(
            "engine '([^']+)' lacks primitive '([^']+)' \\(used by node v(\\d+)\\); see 'autodiffbench engines' .*");

    private Map<String, CellResult> byId;

    @BeforeAll
    void runTheCampaign(@TempDir Path plugins, @TempDir Path out) {
        CampaignPlan plan = TestCampaigns.plan("lacking", 30, List.of(
                TestCampaigns.gradient(FewPrimitivesTestEngine.ID, "scalar-example", 2),
                TestCampaigns.gradient(FewPrimitivesTestEngine.ID, "mlp-width", 1),
                TestCampaigns.gradient(UndeclaredTanhTestEngine.ID, "mlp-width", 1)));
        PrintWriter err = new PrintWriter(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        CampaignResults results = TestCampaigns.run(plan, plugins, out, err);
        byId = results.cells().stream().collect(Collectors.toMap(c -> c.spec().engine() + " "
                + c.spec().model().family(), Function.identity()));
    }

    @Test
    void aDeclaredLackIsUnsupportedNamingAPrimitiveTheGraphUses() {
        String primitive = unsupportedPrimitive(FewPrimitivesTestEngine.ID);

        assertThat(primitive).isNotIn(FewPrimitivesTestEngine.TRANSLATED)
                .isIn(new FewPrimitivesTestEngine().unsupportedPrimitives());
    }

    @Test
    void aLackFoundWhilePreparingIsUnsupportedNamingThePrimitive() {
        assertThat(unsupportedPrimitive(UndeclaredTanhTestEngine.ID)).isEqualTo("tanh");
    }

    /**
     * The primitive named by the engine's mlp-width cell, which must be unsupported, untimed, and
     * name a node of the graph that uses that primitive.
     */
    private String unsupportedPrimitive(String engine) {
        CellResult cell = byId.get(engine + " mlp-width");
        List<Node> nodes = Workload.instance(cell.spec().model()).graph().nodes();

        assertThat(cell.outcome()).isEqualTo(Outcome.UNSUPPORTED);
        assertThat(cell.timing()).isNull();
        Matcher reason = REASON.matcher(cell.reason());
        assertThat(reason.matches()).as(cell.reason()).isTrue();
        assertThat(reason.group(1)).isEqualTo(engine);
        assertThat(nodes.get(Integer.parseInt(reason.group(3))).primitive().name()).isEqualTo(reason.group(2));
        return reason.group(2);
    }

    @Test
    void theSameEngineOnAGraphOfPrimitivesItHasIsCheckedAndTimed() {
        CellResult cell = byId.get(FewPrimitivesTestEngine.ID + " scalar-example");
        Set<String> used = Workload.instance(cell.spec().model()).graph().nodes().stream()
                .filter(n -> !n.isInput()).map(n -> n.primitive().name()).collect(Collectors.toSet());

        assertThat(FewPrimitivesTestEngine.TRANSLATED).as("the graph uses only what the engine has")
                .containsAll(used);
        assertThat(cell.outcome()).as(cell.reason()).isEqualTo(Outcome.OK);
        assertThat(cell.agreement().maxRho()).isLessThan(1e-15);
        assertThat(cell.timing().medianNs()).isPositive();
    }
}
