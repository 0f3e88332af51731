package org.autodiffbench.harness.run;

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

/**
 * One run's directory: {@code results.json}, rewritten atomically after every baseline and cell
 * so that a run killed at any moment keeps everything it finished, and {@code jmh/} with JMH's
 * raw JSON per cell. Holds what the run has finished, in plan order.
 */
public final class ResultsDirectory {

    /** The folder of JMH's raw results, inside the run's directory. */
    public static final String JMH = "jmh";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneId.systemDefault());

    private final Path path;
    private final CampaignPlan plan;
    private final Map<String, Integer> order = new HashMap<>();
    private final Map<String, CellResult> cells = new HashMap<>();
    private final Map<ModelSpec, Baseline> baselines = new LinkedHashMap<>();
    private Environment environment;

    private ResultsDirectory(Path path, CampaignPlan plan, Environment environment) {
        this.path = path;
        this.plan = plan;
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
     * Creates a new run's directory and writes its first, empty results.
     *
     * @throws IllegalArgumentException if the directory cannot be created or written, or already holds results
     */
    public static ResultsDirectory create(Path dir, CampaignPlan plan, Environment environment) {
        Path results = dir.resolve(ResultsFile.NAME);
        if (Files.exists(results)) {
            throw new IllegalArgumentException(dir + " already holds " + ResultsFile.NAME
                    + "; finish it with --resume " + dir + " or choose another directory with --out");
        }
        try {
            Files.createDirectories(dir.resolve(JMH));
            Files.delete(Files.createTempFile(dir, ".write-test", ".tmp"));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            throw new IllegalArgumentException("cannot write the results directory " + dir + " ("
                    + Failures.describe(e) + "); choose a writable directory with --out");
        }
        ResultsDirectory directory = new ResultsDirectory(dir, plan, environment);
        directory.write();
        return directory;
    }

    /**
     * Reopens an interrupted run of the same campaign, keeping every finished cell and baseline.
     *
     * @throws IllegalArgumentException if there are no results, they belong to another campaign or flags, or
     *     the run is already complete
     */
    public static ResultsDirectory resume(Path dir, CampaignPlan plan) {
        CampaignResults previous = ResultsFile.read(dir.resolve(ResultsFile.NAME));
        if (!previous.campaign().fingerprint().equals(plan.fingerprint())) {
            throw new IllegalArgumentException(dir + " was written by a different campaign ('"
                    + previous.campaign().name() + "' from " + previous.campaign().file()
                    + (previous.campaign().quick() ? " with --quick" : "")
                    + "); resume it with the same campaign file and flags");
        }
        if (previous.complete()) {
            throw new IllegalArgumentException(dir + " is complete (" + previous.cells().size() + " of "
                    + previous.campaign().plannedCells() + " cells); nothing to resume");
        }
        ResultsDirectory directory = new ResultsDirectory(dir, plan, previous.environment());
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
        return directory;
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
    }

    void record(CellResult cell) {
        if (!order.containsKey(cell.id())) {
            throw new IllegalArgumentException("cell " + cell.id() + " is not in the campaign's plan");
        }
        cells.put(cell.id(), cell);
        write();
    }

    /** Marks the run finished now and writes it. */
    void finish() {
        environment = environment.finished(Instant.now().toString());
        write();
    }

    /** What results.json holds now. */
    public CampaignResults results() {
        return new CampaignResults(new Campaign(plan.name(), plan.file(), plan.fingerprint(), plan.quick(),
                plan.cells().size(), plan.source()), environment, List.copyOf(baselines.values()), cells());
    }

    private void write() {
        ResultsFile.write(resultsFile(), results());
    }
}
