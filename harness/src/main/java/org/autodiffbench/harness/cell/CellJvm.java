package org.autodiffbench.harness.cell;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.autodiffbench.api.kernels.KernelSelection;
import org.autodiffbench.api.registry.ProcessLines;
import org.autodiffbench.harness.check.Failures;
import org.autodiffbench.harness.timing.JmhLock;

/**
 * Runs one cell or baseline in a JVM of its own, so that an engine that crashes, runs out of
 * memory, calls System.exit or hangs takes only that JVM down. The JVM sees the classes this
 * one sees, gets a fixed heap ({@value #HEAP_PROPERTY}, default {@value #DEFAULT_HEAP}) and every
 * {@code -Dautodiffbench.*} and {@code -Djmh.*} property, and is killed with everything it started
 * when its budget runs out or when this JVM exits.
 */
public final class CellJvm {

    /** The system property that sets the heap of each cell's JVM and its JMH forks, e.g. {@code 4g}. */
    public static final String HEAP_PROPERTY = "autodiffbench.cellHeap";
    static final String DEFAULT_HEAP = "2g";

    /** System properties passed on to cells' JVMs: the harness's own and JMH's (e.g. jmh.ignoreLock). */
    private static final List<String> PROPERTY_PREFIXES = List.of("autodiffbench.", "jmh.");
    private static final Duration KERNELS_BUDGET = Duration.ofSeconds(60);
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(ProcessLines::killTree),
                "autodiffbench-cell-reaper"));
    }

    private CellJvm() {
    }

    /**
     * What a cell's JVM left behind.
     *
     * @param reportLines the protocol lines it printed ({@link ChildMessages})
     * @param timedOut whether it was killed at its budget
     * @param lastError the last line that says what went wrong (stderr, or HotSpot's "Terminating due to …"), or null
     */
    public record Exit(List<String> reportLines, boolean timedOut, int exitCode, String lastError) {

        /** The first well-formed report of this kind the JVM printed. */
        <T> Optional<T> report(String kind, Class<T> type) {
            return reportLines.stream().map(l -> ChildMessages.parse(l, kind, type)).flatMap(Optional::stream)
                    .findFirst();
        }

        /** Why the JVM ended without the report it owed. */
        public String failure() {
            if (lastError != null) {
                return Failures.fromStderrLine(lastError);
            }
            return "the cell's JVM exited with code " + exitCode + " without a result";
        }
    }

    /** What a cell's JVM reported: its probe and its timing, each missing if the JVM ended before it. */
    public record CellAttempt(Optional<ProbeReport> probe, Optional<TimingReport> timing, Exit exit) {
    }

    /** Checks and times one cell in a JVM of its own, waiting at most {@code budget}. */
    public static CellAttempt cell(CellTask task, Duration budget) {
        Exit exit = run(List.of(CellProcess.CELL, ChildMessages.json(task)), budget);
        return new CellAttempt(exit.report(ChildMessages.PROBE, ProbeReport.class),
                exit.report(ChildMessages.TIMING, TimingReport.class), exit);
    }

    /** What a baseline's JVM reported, missing if it ended before it. */
    public record BaselineAttempt(Optional<BaselineReport> report, Exit exit) {
    }

    /** Times one model's baselines in a JVM of its own, waiting at most {@code budget}. */
    public static BaselineAttempt baseline(BaselineTask task, Duration budget) {
        Exit exit = run(List.of(CellProcess.BASELINE, ChildMessages.json(task)), budget);
        return new BaselineAttempt(exit.report(ChildMessages.BASELINE, BaselineReport.class), exit);
    }

    /**
     * The dense kernels a cell's JVM runs, as it describes them ({@link KernelSelection}), asked of
     * a JVM started as cells are; or why it could not say.
     */
    public static String kernels() {
        Exit exit = run(List.of(CellProcess.KERNELS), KERNELS_BUDGET);
        return exit.report(ChildMessages.KERNELS, String.class)
                .orElseGet(() -> "unknown: " + (exit.timedOut() ? "the cell's JVM did not answer" : exit.failure()));
    }

    /** The heap of cells' JVMs, as the {@code -Xmx} value. */
    public static String heap() {
        return System.getProperty(HEAP_PROPERTY, DEFAULT_HEAP);
    }

    /** Starts {@link CellProcess} with {@code args}, waits at most {@code budget}, and returns what it left. */
    private static Exit run(List<String> args, Duration budget) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(classPath());
        command.add("-Xmx" + heap());
        command.add("-XX:+ExitOnOutOfMemoryError");
        // The vector kernels; the -Dautodiffbench.kernels property below can still force the scalar ones.
        command.add(KernelSelection.ADD_VECTOR_MODULE);
        for (String name : System.getProperties().stringPropertyNames()) {
            if (PROPERTY_PREFIXES.stream().anyMatch(name::startsWith) && !name.equals(JmhLock.IGNORE_PROPERTY)) {
                command.add("-D" + name + "=" + System.getProperty(name));
            }
        }
        // The campaign holds JMH's lock for all its cells (JmhLock), so their JMH runs must not ask for it.
        command.add("-D" + JmhLock.IGNORE_PROPERTY + "=true");
        command.add(CellProcess.class.getName());
        command.addAll(args);
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a JVM for a cell: " + e.getMessage(), e);
        }
        RUNNING.add(process);
        try {
            List<String> reports = Collections.synchronizedList(new ArrayList<>());
            String[] lastError = new String[1];
            Thread out = ProcessLines.drain(process.getInputStream(), line -> {
                if (ChildMessages.isReport(line)) {
                    reports.add(line);
                } else if (line.startsWith("Terminating due to ")) {
                    lastError[0] = line;
                }
            }, "autodiffbench-cell-output");
            String[] lastStderr = new String[1];
            Thread err = ProcessLines.drain(process.getErrorStream(), line -> {
                if (ProcessLines.meaningful(line)) {
                    lastStderr[0] = line.strip();
                }
            }, "autodiffbench-cell-output");
            boolean exited = process.waitFor(budget.toMillis(), TimeUnit.MILLISECONDS);
            if (!exited) {
                ProcessLines.killTree(process);
                process.waitFor();
            }
            out.join(2000);
            err.join(2000);
            String error = lastError[0] != null ? lastError[0] : lastStderr[0];
            return new Exit(List.copyOf(reports), !exited, process.exitValue(), error);
        } catch (InterruptedException e) {
            ProcessLines.killTree(process);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a cell ran", e);
        } finally {
            RUNNING.remove(process);
        }
    }

    /**
     * This JVM's class path, plus the directories and jars of the context class loader when that
     * is a URLClassLoader (how tests and embedding applications add engine plugins), so a cell's
     * JVM finds the same engines.
     */
    static String classPath() {
        Set<String> entries = new LinkedHashSet<>(
                List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        for (ClassLoader loader = Thread.currentThread().getContextClassLoader(); loader != null;
             loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    if ("file".equals(url.getProtocol())) {
                        try {
                            entries.add(Path.of(url.toURI()).toString());
                        } catch (URISyntaxException e) {
                            // not a path a JVM could use; leave it out
                        }
                    }
                }
            }
        }
        entries.remove("");
        return String.join(File.pathSeparator, entries);
    }

    /** Arguments for JMH's forks: this JVM's own, without exiting on OutOfMemoryError, so JMH reports it. */
    static List<String> forkArguments() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.equals("-XX:+ExitOnOutOfMemoryError"))
                .toList();
    }
}
