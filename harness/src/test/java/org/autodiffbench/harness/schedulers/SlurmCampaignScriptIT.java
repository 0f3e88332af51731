package org.autodiffbench.harness.schedulers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Slurm job-array script ({@code scripts/slurm-campaign.sh}): the array tasks of a two-shard
 * run by hand with the variables Slurm sets, merged before the last task ran and after, against
 * the cells counted by hand from the campaign; the submit mode against a fake {@code sbatch} that records what it was asked; a rerun
 * task against a fake {@code java} that records how it was started.
 */
class SlurmCampaignScriptIT {

    private static final Path SCRIPT = TinyShardedCampaign.REPOSITORY.resolve("scripts/slurm-campaign.sh");

    @TempDir
    Path scratch;

    @Test
    void aMergeBeforeTheLastTaskListsItsCellsAndAMergeAfterItHasEveryPlannedCell() {
        Path campaign = TinyShardedCampaign.write(scratch.resolve("sharded.json"));
        Path outRoot = scratch.resolve("out");
        ShellRun first = script(arrayTask(1, 2), campaign.toString(), outRoot.toString(), "--quick");
        assertThat(first.exitCode()).as(first.output()).isZero();
        List<String> fromFirst = TinyShardedCampaign.cells(outRoot.resolve("shard-1"));

        ShellRun early = script(submitDirectory(), "merge", outRoot.toString(), "2");
        assertThat(early.exitCode()).as(early.output()).isEqualTo(4);
        assertThat(early.output()).contains("warning: shard 2/2 left no directory " + outRoot.resolve("shard-2"));
        assertThat(TinyShardedCampaign.cells(outRoot.resolve("merged"))).isEqualTo(fromFirst)
                .hasSizeLessThan(TinyShardedCampaign.CELLS.size());
        List<String> missing = early.output().lines().filter(line -> line.startsWith("missing: ")).toList();
        assertThat(missing).hasSize(TinyShardedCampaign.CELLS.size() - fromFirst.size());

        ShellRun second = script(arrayTask(2, 2), campaign.toString(), outRoot.toString(), "--quick");
        assertThat(second.exitCode()).as(second.output()).isZero();
        List<String> fromShards = new ArrayList<>(fromFirst);
        fromShards.addAll(TinyShardedCampaign.cells(outRoot.resolve("shard-2")));
        assertThat(fromShards).containsExactlyInAnyOrderElementsOf(TinyShardedCampaign.CELLS);

        ShellRun merge = script(submitDirectory(), "merge", outRoot.toString(), "2");
        assertThat(merge.exitCode()).as(merge.output()).isZero();
        assertThat(TinyShardedCampaign.cells(outRoot.resolve("merged"))).isEqualTo(TinyShardedCampaign.CELLS);
        assertThat(outRoot.resolve("merged/report/index.html")).isRegularFile();
    }

    @Test
    void submitSendsTheArrayAndAMergeThatWaitsForAnyEndOfIt() throws IOException {
        Path campaign = TinyShardedCampaign.write(scratch.resolve("sharded.json"));
        Path calls = scratch.resolve("sbatch-calls");
        Path bin = fakeCommand("sbatch", """
                #!/usr/bin/env bash
                printf '%s\\n' "$*" >> "$CALLS"
                n=$(wc -l < "$CALLS")
                echo "$((4240 + n));cluster-a"
                """);
        Map<String, String> env = submitDirectory();
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        env.put("CALLS", calls.toString());

        Path outRoot = scratch.resolve("out");
        ShellRun submit = script(env, "submit", campaign.toString(), outRoot.toString(), "4", "--quick");

        assertThat(submit.exitCode()).as(submit.output()).isZero();
        String script = SCRIPT.toRealPath().toString();
        assertThat(Files.readAllLines(calls)).containsExactly(
                "--parsable --array=1-4 " + script + " " + campaign + " " + outRoot + " --quick",
                "--parsable --job-name=autodiffbench-merge --cpus-per-task=1 --mem=2G --time=00:30:00"
                        + " --output=slurm-%x-%j.out --dependency=afterany:4241 " + script + " merge " + outRoot + " 4");
        assertThat(submit.output()).contains("job array 4241").contains("job 4242");
    }

    @Test
    void aRerunTaskWhoseDirectoryHoldsResultsResumesThem() throws IOException {
        Path campaign = TinyShardedCampaign.write(scratch.resolve("sharded.json"));
        Path outRoot = scratch.resolve("out");
        Path calls = scratch.resolve("java-calls");
        Path bin = fakeCommand("java", "#!/usr/bin/env bash\nprintf '%s\\n' \"$*\" >> \"$CALLS\"\n");
        Map<String, String> env = arrayTask(2, 3);
        env.put("JAVA", bin.resolve("java").toString());
        env.put("CALLS", calls.toString());

        assertThat(script(env, campaign.toString(), outRoot.toString()).exitCode()).isZero();
        Files.createDirectories(outRoot.resolve("shard-2"));
        Files.writeString(outRoot.resolve("shard-2/results.json"), "{}");
        assertThat(script(env, campaign.toString(), outRoot.toString()).exitCode()).isZero();

        String jar = TinyShardedCampaign.REPOSITORY.resolve(TinyShardedCampaign.JAR).toString();
        assertThat(Files.readAllLines(calls)).containsExactly(
                "-jar " + jar + " run " + campaign + " --shard 2/3 --out " + outRoot.resolve("shard-2"),
                "-jar " + jar + " run " + campaign + " --shard 2/3 --resume " + outRoot.resolve("shard-2"));
    }

    @Test
    void withoutItsArgumentsOrOutsideAnArrayTheScriptSaysWhatToDoInOneLine() {
        ShellRun bare = script(submitDirectory());
        assertThat(bare.exitCode()).isEqualTo(2);
        assertThat(bare.output().lines().toList()).singleElement().asString().startsWith("error: usage: ");

        Path campaign = TinyShardedCampaign.write(scratch.resolve("sharded.json"));
        ShellRun notInArray = script(submitDirectory(), campaign.toString(), scratch.resolve("out").toString());
        assertThat(notInArray.exitCode()).isEqualTo(2);
        assertThat(notInArray.output().lines().toList()).singleElement().asString()
                .contains("SLURM_ARRAY_TASK_ID").contains("sbatch --array=1-N");

        ShellRun fromZero = script(arrayTask(0, 3), campaign.toString(), scratch.resolve("out").toString());
        assertThat(fromZero.exitCode()).isEqualTo(2);
        assertThat(fromZero.output().lines().toList()).singleElement().asString()
                .contains("task 0 is not in 1..3");

        ShellRun noCount = script(submitDirectory(), "submit", campaign.toString(), scratch.resolve("out").toString());
        assertThat(noCount.exitCode()).isEqualTo(2);
        assertThat(noCount.output().lines().toList()).singleElement().asString()
                .startsWith("error: submit needs CAMPAIGN.json OUTROOT N");
    }

    /** Runs the script from the repository root, as a job submitted from there does. */
    private ShellRun script(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        return ShellRun.of(command, TinyShardedCampaign.REPOSITORY, env);
    }

    /** What Slurm sets in every job submitted from the repository root, and what the jar's JVMs need here. */
    private static Map<String, String> submitDirectory() {
        Map<String, String> env = new HashMap<>(TinyShardedCampaign.JVM_ENVIRONMENT);
        env.put("SLURM_SUBMIT_DIR", TinyShardedCampaign.REPOSITORY.toString());
        return env;
    }

    /** What Slurm sets in task {@code task} of {@code sbatch --array=1-count}. */
    private static Map<String, String> arrayTask(int task, int count) {
        Map<String, String> env = submitDirectory();
        env.put("SLURM_ARRAY_JOB_ID", "4241");
        env.put("SLURM_ARRAY_TASK_ID", Integer.toString(task));
        env.put("SLURM_ARRAY_TASK_COUNT", Integer.toString(count));
        env.put("SLURM_JOB_ID", Integer.toString(4241 + task));
        return env;
    }

    /** A folder holding one executable {@code name} with this text, to put first on PATH. */
    private Path fakeCommand(String name, String text) throws IOException {
        Path bin = Files.createDirectories(scratch.resolve("bin-" + name));
        Path command = Files.writeString(bin.resolve(name), text);
        Files.setPosixFilePermissions(command, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }
}
