package org.autodiffbench.harness.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.autodiffbench.harness.campaign.CampaignPlan;
import org.autodiffbench.harness.check.Failures;
import org.autodiffbench.results.Baseline;
import org.autodiffbench.results.Campaign;
import org.autodiffbench.results.CampaignResults;
import org.autodiffbench.results.CellResult;
import org.autodiffbench.results.CellSpec;
import org.autodiffbench.results.Environment;
import org.autodiffbench.results.ModelSpec;
import org.autodiffbench.results.ResultsFile;
import org.autodiffbench.results.ResultsJournal;
import org.autodiffbench.results.ResultsJson;
import org.autodiffbench.results.ResultsWriteException;
import org.autodiffbench.results.Shard;
import org.autodiffbench.results.UnreadableResultsException;

/**
 * One run's directory: {@code results.json}, rewritten atomically after every baseline and cell
 * so that a run killed at any moment keeps everything it finished, {@code cells.jsonl}, the
 * journal that gets each record appended after it ({@link ResultsJournal}), and {@code jmh/} with
 * JMH's raw JSON per cell. A run holds the directory's lock ({@link RunLock}) from before it reads
 * anything until it is closed. Holds what the run has finished, in plan order.
 */
public final class ResultsDirectory implements AutoCloseable {

    /** The folder of JMH's raw results, inside the run's directory. */
    public static final String JMH = "jmh";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneId.systemDefault());

    /** How many cells to redo a recovery notice names before it counts the rest. */
    private static final int NAMED_CELLS_TO_REDO = 3;

    private final Path path;
    private final CampaignPlan plan;
    private final RunLock lock;
    private final Shard shard;
    private final Map<String, Integer> order = new HashMap<>();
    private final Map<String, CellResult> cells = new HashMap<>();
    private final Map<ModelSpec, Baseline> baselines = new LinkedHashMap<>();
    private Environment environment;
    private ResultsJournal journal;
    private String recovery;

    private ResultsDirectory(Path path, CampaignPlan plan, RunLock lock, Environment environment, Shard shard) {
        this.path = path;
        this.plan = plan;
        this.lock = lock;
        this.shard = shard;
        this.environment = environment;
        List<CellSpec> planned = plan.cells();
        for (int i = 0; i < planned.size(); i++) {
            order.put(planned.get(i).id(), i);
        }
    }

    /** {@code results/<campaign>-<yyyyMMdd-HHmmss>} under {@code workingDirectory}, with a suffix if that is taken. */
    public static Path defaultLocation(Path workingDirectory, String campaignName, Instant now) {
        Path base = workingDirectory.resolve("results").resolve(campaignName + "-" + STAMP.format(now));
        Path candidate = base;
        for (int k = 2; Files.exists(candidate); k++) {
            candidate = base.resolveSibling(base.getFileName() + "-" + k);
        }
        return candidate;
    }

    /**
     * Creates a new run's directory, takes its lock and writes its first, empty results.
     *
     * @throws IllegalArgumentException if the directory cannot be created or written, already holds results, or
     *     another run is writing it
     */
    public static ResultsDirectory create(Path dir, CampaignPlan plan, Environment environment) {
        return create(dir, plan, environment, null);
    }

    /**
     * Creates a new run's directory for one shard of a campaign: {@code plan} holds the shard's cells, and the
     * results record {@code shard}.
     *
     * @param shard the shard the plan holds, or null for a whole campaign
     * @throws IllegalArgumentException as {@link #create(Path, CampaignPlan, Environment)} does
     */
    public static ResultsDirectory create(Path dir, CampaignPlan plan, Environment environment, Shard shard) {
        refuseIfItHoldsResults(dir);
        try {
            Files.createDirectories(dir.resolve(JMH));
            Files.delete(Files.createTempFile(dir, ".write-test", ".tmp"));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            throw new IllegalArgumentException("cannot write the results directory " + dir + " ("
                    + Failures.describe(e) + "); choose a writable directory with --out");
        }
        RunLock lock = RunLock.take(dir);
        try {
            refuseIfItHoldsResults(dir);
            ResultsDirectory directory = new ResultsDirectory(dir, plan, lock, environment, shard);
            directory.write();
            directory.journal = ResultsJournal.start(dir.resolve(ResultsJournal.NAME), directory.results());
            return directory;
        } catch (ResultsWriteException e) {
            lock.close();
            throw new IllegalArgumentException(e.getMessage() + "; free space or choose another directory with --out");
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static void refuseIfItHoldsResults(Path dir) {
        if (Files.exists(dir.resolve(ResultsFile.NAME))) {
            throw new IllegalArgumentException(dir + " already holds " + ResultsFile.NAME
                    + "; finish it with --resume " + dir + " or choose another directory with --out");
        }
    }

    /**
     * Takes the lock of an interrupted run of the same campaign and reopens it, keeping every finished cell and
     * baseline. A results.json that is missing, cut short or overwritten is rebuilt from the journal, keeping
     * every record whose line is whole; {@link #recovery()} then says what was recovered and what will be redone.
     *
     * @throws IllegalArgumentException if another run is writing it, there are no results to resume, they belong
     *     to another campaign or flags, or the run is already complete
     * @throws ResultsWriteException if the rebuilt results or the journal cannot be written
     */
    public static ResultsDirectory resume(Path dir, CampaignPlan plan) {
        return resume(dir, plan, null);
    }

    /**
     * Reopens an interrupted run of one shard, as {@link #resume(Path, CampaignPlan)} does a whole campaign's.
     *
     * @param plan the shard's plan
     * @param shard the shard the run must have recorded, or null for a run of a whole campaign
     * @throws IllegalArgumentException also when the run recorded another shard, or is a merge of shards
     */
    public static ResultsDirectory resume(Path dir, CampaignPlan plan, Shard shard) {
        if (!Files.isDirectory(dir)) {
            ResultsFile.read(dir.resolve(ResultsFile.NAME)); // throws, saying there are no results there
        }
        RunLock lock = RunLock.take(dir);
        try {
            return reopen(dir, plan, lock, shard);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * The shard an interrupted run in {@code dir} measures, read from its results or, when they are damaged, its
     * journal; empty for a run of a whole campaign.
     *
     * @throws IllegalArgumentException when there are no results to read
     */
    public static Optional<Shard> recordedShard(Path dir) {
        return Optional.ofNullable(previous(dir).results().shard());
    }

    /** What an earlier run left: its results, or what its journal recovers when they are damaged. */
    private record Previous(CampaignResults results, String damage, int unreadableLines) {
    }

    private static Previous previous(Path dir) {
        try {
            return new Previous(ResultsFile.read(dir.resolve(ResultsFile.NAME)), null, 0);
        } catch (UnreadableResultsException e) {
            Path journal = dir.resolve(ResultsJournal.NAME);
            if (!Files.isRegularFile(journal)) {
                throw new IllegalArgumentException(e.getMessage() + "; " + dir + " has no " + ResultsJournal.NAME
                        + " to recover finished cells from: start the run again with --out");
            }
            ResultsJournal.Recovered recovered = ResultsJournal.recover(journal);
            return new Previous(recovered.results(), e.damage(), recovered.unreadableLines());
        }
    }

    private static ResultsDirectory reopen(Path dir, CampaignPlan plan, RunLock lock, Shard shard) {
        Previous earlier = previous(dir);
        CampaignResults previous = earlier.results();
        String damage = earlier.damage();
        int unreadableLines = earlier.unreadableLines();
        if (!previous.campaign().fingerprint().equals(plan.fingerprint())) {
            throw new IllegalArgumentException(dir + " was written by a different campaign ('"
                    + previous.campaign().name() + "' from " + previous.campaign().file()
                    + (previous.campaign().quick() ? " with --quick" : "")
                    + "); resume it with the same campaign file and flags");
        }
        if (!previous.shards().isEmpty()) {
            throw new IllegalArgumentException(dir + " is a merge of " + previous.shards().size() + " shards, not a"
                    + " run to resume; resume the shard whose cells are missing, then merge again");
        }
        if (!Objects.equals(previous.shard(), shard)) {
            throw new IllegalArgumentException(dir + " is " + (previous.shard() == null ? "a run of the whole campaign"
                    : "shard " + previous.shard().label()) + ", not " + (shard == null ? "the whole campaign"
                    : "shard " + shard.label()) + "; resume it without --shard, and it keeps its own");
        }
        if (damage == null && previous.complete()) {
            throw new IllegalArgumentException(dir + " is complete (" + previous.cells().size() + " of "
                    + previous.campaign().plannedCells() + " cells); nothing to resume");
        }
        ResultsDirectory directory = new ResultsDirectory(dir, plan, lock, previous.environment(), shard);
        for (CellResult cell : previous.cells()) {
            if (directory.order.containsKey(cell.id())) {
                directory.cells.put(cell.id(), cell);
            }
        }
        previous.baselines().forEach(b -> directory.baselines.put(b.model(), b));
        try {
            Files.createDirectories(dir.resolve(JMH));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write the results directory " + dir + " ("
                    + Failures.describe(e) + "); check its permissions");
        }
        if (damage != null) {
            directory.recovery = directory.recoveryNotice(damage, unreadableLines);
            directory.write();
        }
        directory.journal = ResultsJournal.start(dir.resolve(ResultsJournal.NAME), directory.results());
        return directory;
    }

    /**
     * {@code recovered N of M cells from …; results.json was …; cells to redo: a, b, c (and K more)}, naming the
     * journal's lines that were left out (a line torn when the run stopped) when there are any.
     */
    private String recoveryNotice(String damage, int unreadableLines) {
        List<String> toRedo = plan.cells().stream().map(CellSpec::id).filter(id -> !cells.containsKey(id)).toList();
        String named = String.join(", ", toRedo.subList(0, Math.min(NAMED_CELLS_TO_REDO, toRedo.size())));
        String more = toRedo.size() > NAMED_CELLS_TO_REDO ? " (and " + (toRedo.size() - NAMED_CELLS_TO_REDO)
                + " more)" : "";
        String leftOut = unreadableLines == 0 ? "" : " (" + unreadableLines + " unreadable line"
                + (unreadableLines == 1 ? "" : "s") + " left out)";
        return "recovered " + cells.size() + " of " + plan.cells().size() + " cells from "
                + path.resolve(ResultsJournal.NAME) + leftOut + "; " + ResultsFile.NAME + " was " + damage
                + "; cells to redo: " + (toRedo.isEmpty() ? "none" : named + more);
    }

    /** What a resume rebuilt from the journal, and which cells it will redo; empty when results.json was whole. */
    public Optional<String> recovery() {
        return Optional.ofNullable(recovery);
    }

    public Path path() {
        return path;
    }

    /** The results file. */
    public Path resultsFile() {
        return path.resolve(ResultsFile.NAME);
    }

    /** A JMH result file's path relative to the run's directory, e.g. {@code jmh/12.json}. */
    public static String jmhName(String stem) {
        return JMH + "/" + stem + ".json";
    }

    /** Has the cell an outcome already? */
    boolean finished(CellSpec cell) {
        return cells.containsKey(cell.id());
    }

    int finishedCount() {
        return cells.size();
    }

    int baselineCount() {
        return baselines.size();
    }

    Optional<Baseline> baseline(ModelSpec model) {
        return Optional.ofNullable(baselines.get(model));
    }

    /** The finished cells, in plan order. */
    List<CellResult> cells() {
        return cells.values().stream().sorted(Comparator.comparingInt(c -> order.get(c.id()))).toList();
    }

    void record(Baseline baseline) {
        baselines.put(baseline.model(), baseline);
        write();
        journal.append(baseline);
    }

    void record(CellResult cell) {
        if (!order.containsKey(cell.id())) {
            throw new IllegalArgumentException("cell " + cell.id() + " is not in the campaign's plan");
        }
        cells.put(cell.id(), cell);
        write();
        journal.append(cell);
    }

    /**
     * Checks that the JMH results a cell is about to name are whole JSON: JMH writes them through a
     * stream that hides a failed write, so a full disk would otherwise leave a cell pointing at half a file.
     *
     * @throws ResultsWriteException if the file is missing or cut short
     */
    void requireWhole(String jmhName) {
        Path file = path.resolve(jmhName);
        if (!Files.isRegularFile(file)) {
            throw new ResultsWriteException(file, "JMH left no raw results there");
        }
        JsonNode tree;
        try {
            tree = ResultsJson.mapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new ResultsWriteException(file, "JMH's raw results are cut short");
        }
        if (!tree.isArray()) {
            throw new ResultsWriteException(file, "JMH's raw results are empty or not the array JMH writes");
        }
    }

    /** Marks the run finished now and writes it. */
    void finish() {
        environment = environment.finished(Instant.now().toString());
        write();
    }

    /** What results.json holds now. */
    public CampaignResults results() {
        return new CampaignResults(CampaignResults.SCHEMA_VERSION, new Campaign(plan.name(), plan.file(),
                plan.fingerprint(), plan.quick(), plan.cells().size(), plan.source()), environment,
                List.copyOf(baselines.values()), cells(), shard, List.of());
    }

    private void write() {
        ResultsFile.write(resultsFile(), results());
    }

    /** Releases the directory's lock; what was recorded stays. */
    @Override
    public void close() {
        lock.close();
    }
}
