package org.autodiffbench.api.registry;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Probes the providers of plugin folders in a JVM of its own ({@link PluginProbeProcess}), so
 * that a provider that calls System.exit, crashes its JVM or never returns while it is made or
 * described takes only that JVM down. Such a provider is refused, and the probe starts again
 * without it until every other provider has been made once. Providers on the class path are the
 * harness's own and are not probed.
 */
final class PluginProbeJvm {

    /** How often the probe's lines are looked at while it is silent. */
    private static final Duration POLL = Duration.ofMillis(50);
    private static final String ADVICE = "; remove it from the plugin folder or fix it";

    /**
     * What the probes found.
     *
     * @param refusals provider → why it must not be made in this JVM
     * @param warnings what kept the probe from finishing, when no provider is to blame
     */
    record Verdict(Map<String, String> refusals, List<String> warnings) {
    }

    /** What one probe JVM reported before it ended. */
    private record Attempt(boolean finished, String inProgress, boolean exitCalled, boolean timedOut, int exitCode,
                           String lastError, Map<String, String> refusals) {
    }

    private PluginProbeJvm() {
    }

    /** Probes every provider of {@code kind} in {@code folders}, giving each at most {@code limit}. */
    static Verdict probe(ServiceKind<?> kind, List<Path> folders, Duration limit) {
        Map<String, String> refusals = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        while (true) {
            Attempt attempt;
            try {
                attempt = attempt(kind, folders, refusals.keySet(), limit);
            } catch (IOException e) {
                warnings.add("plugin providers were not probed in a JVM of their own (" + Discovery.oneLine(e)
                        + "); a plugin that calls System.exit can end this command");
                return new Verdict(refusals, warnings);
            }
            refusals.putAll(attempt.refusals());
            if (attempt.finished()) {
                return new Verdict(refusals, warnings);
            }
            String culprit = attempt.inProgress();
            if (culprit == null || refusals.containsKey(culprit)) {
                warnings.add("the plugin probe's JVM ended before it finished (" + ended(attempt)
                        + "); plugin providers are loaded without it");
                return new Verdict(refusals, warnings);
            }
            refusals.put(culprit, blame(attempt, limit));
        }
    }

    private static String blame(Attempt attempt, Duration limit) {
        if (attempt.timedOut()) {
            return "did not finish loading within " + limit.toSeconds() + " s" + ADVICE;
        }
        if (attempt.exitCalled()) {
            return "called System.exit(" + attempt.exitCode() + ") while loading" + ADVICE;
        }
        return "ended its JVM while loading (" + ended(attempt) + ")" + ADVICE;
    }

    private static String ended(Attempt attempt) {
        return attempt.timedOut() ? "no answer within the time limit"
                : "exit code " + attempt.exitCode() + (attempt.lastError() == null ? "" : ": " + attempt.lastError());
    }

    private static Attempt attempt(ServiceKind<?> kind, List<Path> folders, Set<String> skipped, Duration limit)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", classPath(kind), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-D" + PluginProbeProcess.KIND_PROPERTY + "=" + kind.getClass().getName(),
                PluginProbeProcess.class.getName(), PluginPath.format(folders)));
        command.addAll(skipped);
        Process process = new ProcessBuilder(command).start();
        try {
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread out = ProcessLines.drain(process.getInputStream(), line -> {
                if (line.startsWith(PluginProbeProcess.MARKER + PluginProbeProcess.SEPARATOR)) {
                    lines.add(line);
                }
            }, "autodiffbench-probe-output");
            String[] lastError = new String[1];
            Thread err = ProcessLines.drain(process.getErrorStream(), line -> {
                if (ProcessLines.meaningful(line)) {
                    lastError[0] = line.strip();
                }
            }, "autodiffbench-probe-output");
            return read(process, lines, out, err, lastError, limit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while probing plugins", e);
        } finally {
            ProcessLines.killTree(process);
        }
    }

    /** Reads the probe's lines until it finishes, ends, or stays silent for {@code limit}. */
    private static Attempt read(Process process, BlockingQueue<String> lines, Thread out, Thread err,
                                String[] lastError, Duration limit) throws InterruptedException {
        Map<String, String> refusals = new LinkedHashMap<>();
        String inProgress = null;
        boolean exitCalled = false;
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            String line = lines.poll(POLL.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null) {
                if (!process.isAlive()) {
                    out.join(POLL.toMillis() * 20);
                    err.join(POLL.toMillis() * 20);
                    if (lines.isEmpty()) {
                        return new Attempt(false, inProgress, exitCalled, false, process.exitValue(), lastError[0],
                                refusals);
                    }
                } else if (System.nanoTime() - deadline > 0) {
                    return new Attempt(false, inProgress, false, true, -1, null, refusals);
                }
                continue;
            }
            deadline = System.nanoTime() + limit.toNanos();
            String[] parts = line.split(PluginProbeProcess.SEPARATOR, 4);
            switch (parts[1]) {
                case PluginProbeProcess.FINISHED -> {
                    return new Attempt(true, null, false, false, 0, null, refusals);
                }
                case PluginProbeProcess.LOADING -> inProgress = parts[2];
                case PluginProbeProcess.LOADED -> inProgress = null;
                case PluginProbeProcess.REFUSED -> {
                    inProgress = null;
                    refusals.put(parts[2], parts[3]);
                }
                case PluginProbeProcess.EXIT -> exitCalled = true;
                default -> {
                    // a line of a later protocol; nothing to do
                }
            }
        }
    }

    /**
     * Where the api's classes are (the probe's main class) and the kind's class and interface,
     * then this JVM's class path.
     */
    private static String classPath(ServiceKind<?> kind) {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : List.of(PluginProbeProcess.class, kind.getClass(), kind.type())) {
            try {
                entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException | NullPointerException | SecurityException e) {
                // the class path below has to do
            }
        }
        entries.addAll(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        entries.remove("");
        return String.join(File.pathSeparator, entries);
    }
}
