package org.autodiffbench.harness.schedulers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.autodiffbench.harness.schedulers.WorkflowRehearsal.StepRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Actions workflow that spreads a campaign over runners
 * ({@code .github/workflows/campaign.yml}): its shape read from the file, then the file itself run
 * job by job on this machine with a four-cell campaign in three shards, against the cells
 * counted by hand from the campaign.
 */
class CampaignWorkflowIT {

    private static final Path WORKFLOW = TinyShardedCampaign.REPOSITORY.resolve(".github/workflows/campaign.yml");
    private static final String CAMPAIGN = "campaigns/sharded.json";
    private static final Pattern JAVA_JAR = Pattern.compile("java\\s+(?:-\\S+\\s+)*-jar\\s+(\\S+)");

    @TempDir
    Path scratch;

    @Test
    void shardsComeFromThePlanJobAndEachUploadsItsOwnArtifact() {
        JsonNode workflow = WorkflowRehearsal.read(WORKFLOW);
        JsonNode inputs = workflow.path("on").path("workflow_dispatch").path("inputs");
        assertThat(inputs.has("campaign") && inputs.has("shards") && inputs.has("quick")).as(inputs.toString()).isTrue();

        JsonNode jobs = workflow.path("jobs");
        String matrix = jobs.path("shard").path("strategy").path("matrix").path("shard").asText();
        Matcher planOutput = Pattern.compile("\\$\\{\\{\\s*fromJSON\\(needs\\.plan\\.outputs\\.(\\w+)\\)\\s*}}")
                .matcher(matrix);
        assertThat(planOutput.matches()).as(matrix).isTrue();
        assertThat(jobs.path("plan").path("outputs").has(planOutput.group(1))).isTrue();
        assertThat(needs(jobs.path("shard"))).contains("plan");
        assertThat(jobs.path("shard").path("strategy").path("fail-fast").asBoolean(true)).isFalse();

        JsonNode upload = step(jobs.path("shard"), "actions/upload-artifact@v4");
        assertThat(upload.path("with").path("name").asText()).contains("${{ matrix.shard }}");
        assertThat(upload.path("if").asText()).contains("always()");

        JsonNode merge = jobs.path("merge");
        assertThat(needs(merge)).contains("shard");
        assertThat(merge.path("if").asText()).contains("always()");
        JsonNode download = step(merge, "actions/download-artifact@v4").path("with");
        assertThat(download.path("merge-multiple").asBoolean(true)).isFalse();
        String artifactPrefix = upload.path("with").path("name").asText().replace("${{ matrix.shard }}", "");
        assertThat(download.path("pattern").asText()).isEqualTo(artifactPrefix + "*");

        for (String job : List.of("shard", "merge")) {
            JsonNode java = step(jobs.path(job), "actions/setup-java@v4").path("with");
            assertThat(java.path("distribution").asText()).isEqualTo("temurin");
            assertThat(java.path("java-version").asText()).isEqualTo("17");
            assertThat(java.path("cache").asText()).isEqualTo("maven");
            assertThat(step(jobs.path(job), "actions/checkout@v4").isMissingNode()).isFalse();
        }
    }

    @Test
    void everyJarTheCommandsStartIsTheOneTheBuildStepMakes() {
        JsonNode workflow = WorkflowRehearsal.read(WORKFLOW);
        List<String> jars = new ArrayList<>();
        List<String> builds = new ArrayList<>();
        workflow.path("jobs").forEach(job -> job.path("steps").forEach(step -> {
            String run = step.path("run").asText();
            if (run.strip().startsWith("mvn ")) {
                builds.add(run.strip());
            }
            Matcher jar = JAVA_JAR.matcher(run);
            while (jar.find()) {
                jars.add(jar.group(1));
            }
        }));
        assertThat(builds).isNotEmpty().allSatisfy(build ->
                assertThat(build).contains(" package").contains("-DskipTests"));
        assertThat(jars).hasSize(2).containsOnly(TinyShardedCampaign.JAR);
        assertThat(TinyShardedCampaign.REPOSITORY.resolve(TinyShardedCampaign.JAR)).isRegularFile();
    }

    @Test
    void threeShardsOnThreeRunnersMergeIntoEveryPlannedCell() {
        WorkflowRehearsal run = rehearsal((job, matrix) -> false);
        run.dispatch(Map.of("campaign", CAMPAIGN, "shards", "3", "quick", "true"));

        assertThat(results(run)).as(log(run)).containsExactly(
                "plan success", "shard 1 success", "shard 2 success", "shard 3 success", "merge success");
        List<String> fromShards = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            fromShards.addAll(TinyShardedCampaign.cells(run.artifact("campaign-shard-" + k)));
        }
        assertThat(fromShards).containsExactlyInAnyOrderElementsOf(TinyShardedCampaign.CELLS);
        Path merged = run.artifact("campaign-results");
        assertThat(TinyShardedCampaign.cells(merged)).isEqualTo(TinyShardedCampaign.CELLS);
        assertThat(merged.resolve("report/index.html")).isRegularFile();
    }

    @Test
    void aLostShardRunnerStillGetsTheOthersMergedAndTheGapReported() {
        WorkflowRehearsal run = rehearsal((job, matrix) -> job.equals("shard") && matrix.path("shard").asInt() == 2);
        run.dispatch(Map.of("campaign", CAMPAIGN, "shards", "3", "quick", "true"));

        assertThat(results(run)).as(log(run)).containsExactly(
                "plan success", "shard 1 success", "shard 2 cancelled", "shard 3 success", "merge failure");
        assertThat(Files.exists(run.artifact("campaign-shard-2"))).isFalse();
        List<String> survivors = new ArrayList<>(TinyShardedCampaign.cells(run.artifact("campaign-shard-1")));
        survivors.addAll(TinyShardedCampaign.cells(run.artifact("campaign-shard-3")));
        Path merged = run.artifact("campaign-results");
        assertThat(TinyShardedCampaign.cells(merged)).containsExactlyInAnyOrderElementsOf(survivors)
                .hasSizeLessThan(TinyShardedCampaign.CELLS.size());
        StepRun mergeStep = run.steps().stream().filter(s -> s.job().equals("merge") && s.outcome().equals("failure"))
                .findFirst().orElseThrow();
        assertThat(mergeStep.log()).containsIgnoringCase("missing");
    }

    @Test
    void aShardCountThatIsNotAWholeNumberStopsThePlanWithOneLine() {
        WorkflowRehearsal run = rehearsal((job, matrix) -> false);
        run.dispatch(Map.of("campaign", CAMPAIGN, "shards", "three", "quick", "true"));

        assertThat(results(run)).as(log(run)).containsExactly("plan failure", "shard skipped", "merge skipped");
        StepRun plan = run.steps().stream().filter(s -> s.outcome().equals("failure")).findFirst().orElseThrow();
        assertThat(plan.log().lines().toList()).containsExactly(
                "error: shards must be a whole number from 1 to 256 (GitHub runs at most 256 jobs per matrix),"
                        + " not 'three'");
    }

    private WorkflowRehearsal rehearsal(BiPredicate<String, JsonNode> lostRunner) {
        Path campaign = TinyShardedCampaign.write(scratch.resolve("source").resolve(CAMPAIGN));
        return new WorkflowRehearsal(WorkflowRehearsal.read(WORKFLOW), scratch, Map.of(CAMPAIGN, campaign),
                Map.of(TinyShardedCampaign.JAR, TinyShardedCampaign.REPOSITORY.resolve(TinyShardedCampaign.JAR)),
                TinyShardedCampaign.JVM_ENVIRONMENT, lostRunner);
    }

    /** Each job run's result, in the order they ran, a matrix job's with its shard number. */
    private static List<String> results(WorkflowRehearsal run) {
        return run.jobs().stream().map(job -> {
            String shard = job.matrix() == null ? "" : job.matrix().path("shard").asText();
            return job.job() + (shard.isEmpty() ? "" : " " + shard) + " " + job.result();
        }).toList();
    }

    private static List<String> needs(JsonNode job) {
        List<String> needs = new ArrayList<>();
        if (job.path("needs").isTextual()) {
            needs.add(job.path("needs").asText());
        }
        job.path("needs").forEach(n -> needs.add(n.asText()));
        return needs;
    }

    private static JsonNode step(JsonNode job, String uses) {
        for (JsonNode step : job.path("steps")) {
            if (step.path("uses").asText().equals(uses)) {
                return step;
            }
        }
        return MissingNode.getInstance();
    }

    private static String log(WorkflowRehearsal run) {
        StringBuilder log = new StringBuilder();
        run.steps().forEach(s -> log.append(s.job()).append(' ').append(s.matrix()).append(' ').append(s.step())
                .append(": ").append(s.outcome()).append('\n').append(s.log()).append('\n'));
        return log.toString();
    }
}
