package org.autodiffbench.harness.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.autodiffbench.harness.check.Failures;
import org.autodiffbench.results.Baseline;
import org.autodiffbench.results.Campaign;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.Environment;
import org.autodiffbench.results.MeasuredShard;
import org.autodiffbench.results.ModelSpec;
import org.autodiffbench.results.ResultsFile;
import org.autodiffbench.results.Shard;

/**
 * Joins the results directories of a campaign's shards ({@code run --shard K/N}) into one run:
 * every cell in plan order, each shard's environment kept beside the cells it measured
 * ({@link MeasuredShard}), JMH's raw results copied under {@code jmh/shard-K/}. Refuses, before
 * writing anything, shards of different campaigns or flags, of different N, a shard given twice and
 * a directory that is not a shard; names the cells no shard measured.
 */
public final class ShardMerge {

    /**
     * The merged run, and the cells of the campaign it lacks.
     *
     * @param missing one line per cell without a result, saying which shard should have measured it
     * @param shardDirectories each shard's results directory, by shard index
     */
    public record Merged(CampaignResults results, List<String> missing, Map<Integer, Path> shardDirectories) {
    }

    private ShardMerge() {
    }

    /**
     * Reads and checks the shards and joins them in memory.
     *
     * @param directories results directories of shards, or their results.json
     * @throws IllegalArgumentException in one line for results that cannot be read or do not belong together
     */
    public static Merged of(List<Path> directories) {
        Map<Integer, Path> byIndex = new TreeMap<>();
        Map<Integer, CampaignResults> shards = new TreeMap<>();
        Path first = null;
        CampaignResults reference = null;
        for (Path given : directories) {
            Path directory = Files.isDirectory(given) ? given : given.toAbsolutePath().getParent();
            CampaignResults results = ResultsFile.read(directory.resolve(ResultsFile.NAME));
            Shard shard = results.shard();
            if (shard == null) {
                throw new IllegalArgumentException(given + " is not a shard" + (results.shards().isEmpty() ? ""
                        : " but already a merge of " + results.shards().size()) + ": merge the results directories"
                        + " of 'autodiffbench run CAMPAIGN.json --shard K/N'");
            }
            if (reference == null) {
                first = given;
                reference = results;
            } else {
                requireSameCampaign(first, reference, given, results);
            }
            Path twice = byIndex.putIfAbsent(shard.index(), directory);
            if (twice != null) {
                throw new IllegalArgumentException("shard " + shard.label() + " is given twice (" + twice + " and "
                        + directory + "); give each shard once");
            }
            shards.put(shard.index(), results);
        }
        if (reference == null) {
            throw new IllegalArgumentException("no shards to merge; give the results directories of the shards");
        }
        return join(reference, shards, byIndex);
    }

    private static void requireSameCampaign(Path first, CampaignResults a, Path given, CampaignResults b) {
        if (!a.campaign().fingerprint().equals(b.campaign().fingerprint())) {
            throw new IllegalArgumentException(given + " and " + first + " are shards of different campaigns ("
                    + describe(b.campaign()) + " and " + describe(a.campaign()) + "); merge shards of one campaign"
                    + " file run with the same flags");
        }
        if (a.shard().count() != b.shard().count() || !a.shard().campaignCells().equals(b.shard().campaignCells())) {
            throw new IllegalArgumentException(given + " is shard " + b.shard().label() + " but " + first
                    + " is shard " + a.shard().label() + (a.shard().count() == b.shard().count()
                    ? " of another expansion of the campaign (different plugins?)" : "")
                    + "; merge shards cut with the same N from the same campaign");
        }
    }

    private static String describe(Campaign campaign) {
        return "'" + campaign.name() + "' from " + campaign.file() + (campaign.quick() ? " with --quick" : "");
    }

    private static Merged join(CampaignResults reference, Map<Integer, CampaignResults> shards,
                               Map<Integer, Path> directories) {
        Shard plan = reference.shard();
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < plan.campaignCells().size(); i++) {
            order.put(plan.campaignCells().get(i), i);
        }
        Map<String, Integer> measuredBy = new HashMap<>();
        List<CellResult> cells = new ArrayList<>();
        Map<ModelSpec, Baseline> baselines = new LinkedHashMap<>();
        List<MeasuredShard> measured = new ArrayList<>();
        for (CampaignResults shard : shards.values()) {
            int index = shard.shard().index();
            for (CellResult cell : shard.cells()) {
                Integer other = measuredBy.putIfAbsent(cell.id(), index);
                if (other != null) {
                    throw new IllegalArgumentException("cell " + cell.id() + " was measured by shard " + other + "/"
                            + plan.count() + " (" + directories.get(other) + ") and by shard " + index + "/"
                            + plan.count() + " (" + directories.get(index) + "); merge shards of one partition");
                }
                cells.add(withJmhFileIn(cell, index));
            }
            shard.baselines().forEach(b -> baselines.putIfAbsent(b.model(), b));
            measured.add(new MeasuredShard(shard.shard(), shard.environment()));
        }
        cells.sort(Comparator.comparingInt(c -> order.getOrDefault(c.id(), Integer.MAX_VALUE)));
        Campaign campaign = reference.campaign();
        Campaign whole = new Campaign(campaign.name(), campaign.file(), campaign.fingerprint(), campaign.quick(),
                plan.campaignCells().size(), campaign.source());
        CampaignResults results = new CampaignResults(CampaignResults.SCHEMA_VERSION, whole,
                environment(shards, plan.count()), List.copyOf(baselines.values()), cells, null, measured);
        return new Merged(results, missing(plan, shards, measuredBy), directories);
    }

    /** The first shard's environment, from the earliest start to the last end (open while a shard is unfinished). */
    private static Environment environment(Map<Integer, CampaignResults> shards, int count) {
        List<Environment> all = shards.values().stream().map(CampaignResults::environment)
                .filter(Objects::nonNull).toList();
        if (all.isEmpty()) {
            return null;
        }
        String start = all.stream().map(Environment::startedAt).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .orElse(null);
        boolean allFinished = shards.size() == count && all.size() == count
                && all.stream().allMatch(e -> e.finishedAt() != null);
        String end = allFinished ? all.stream().map(Environment::finishedAt).max(Comparator.naturalOrder()).get()
                : null;
        return all.get(0).during(start, end);
    }

    /** A cell's JMH results as the merged run holds them: under {@code jmh/shard-K/}. */
    private static CellResult withJmhFileIn(CellResult c, int index) {
        if (c.jmhFile() == null) {
            return c;
        }
        String prefix = ResultsDirectory.JMH + "/";
        String inside = c.jmhFile().startsWith(prefix) ? c.jmhFile().substring(prefix.length()) : c.jmhFile();
        return new CellResult(c.id(), c.spec(), c.outcome(), c.reason(), c.problem(), c.engine(), c.agreement(),
                c.statistics(), c.timing(), c.baselines(), prefix + shardFolder(index) + "/" + inside,
                c.startedAt(), c.finishedAt(), c.load(), c.unreliable(), c.preparation());
    }

    private static String shardFolder(int index) {
        return "shard-" + index;
    }

    /** One line per planned cell without a result, in plan order. */
    private static List<String> missing(Shard plan, Map<Integer, CampaignResults> shards,
                                        Map<String, Integer> measuredBy) {
        Map<String, Integer> plannedIn = new HashMap<>();
        shards.values().forEach(s -> s.shard().cells().forEach(id -> plannedIn.put(id, s.shard().index())));
        List<String> missing = new ArrayList<>();
        for (String id : plan.campaignCells()) {
            if (!measuredBy.containsKey(id)) {
                Integer index = plannedIn.get(id);
                missing.add(id + (index == null ? " (its shard was not given: " + absentShards(plan, shards) + ")"
                        : " (shard " + index + "/" + plan.count() + " has not measured it; resume that shard)"));
            }
        }
        return missing;
    }

    private static String absentShards(Shard plan, Map<Integer, CampaignResults> shards) {
        List<String> absent = new ArrayList<>();
        for (int k = 1; k <= plan.count(); k++) {
            if (!shards.containsKey(k)) {
                absent.add(k + "/" + plan.count());
            }
        }
        return "one of shards " + String.join(", ", absent);
    }

    /**
     * Writes the merged run into {@code out}: results.json and the shards' JMH results.
     *
     * @throws IllegalArgumentException if {@code out} already holds results or cannot be written
     */
    public static Path write(Merged merged, Path out) {
        if (Files.exists(out.resolve(ResultsFile.NAME))) {
            throw new IllegalArgumentException(out + " already holds " + ResultsFile.NAME
                    + "; merge into another directory with --out");
        }
        try {
            for (Map.Entry<Integer, Path> shard : merged.shardDirectories().entrySet()) {
                copyTree(shard.getValue().resolve(ResultsDirectory.JMH),
                        out.resolve(ResultsDirectory.JMH).resolve(shardFolder(shard.getKey())));
            }
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write the merged run into " + out + " ("
                    + Failures.describe(e) + "); choose a writable directory with --out");
        }
        Path file = out.resolve(ResultsFile.NAME);
        ResultsFile.write(file, merged.results());
        return file;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
