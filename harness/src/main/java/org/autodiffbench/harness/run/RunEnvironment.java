package org.autodiffbench.harness.run;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.autodiffbench.harness.cell.CellJvm;
import org.autodiffbench.results.Environment;

/**
 * Describes where a campaign runs: host, JVM, OS, CPU, cores, the cells' heap, the git commit and the
 * dense kernels the cells run (asked of a JVM started as cells are).
 */
public final class RunEnvironment {

    private static final Path CPU_INFO = Path.of("/proc/cpuinfo");
    private static final Path HOST_NAME = Path.of("/proc/sys/kernel/hostname");

    private RunEnvironment() {
    }

    /**
     * The environment of a run starting now.
     *
     * @param workingDirectory where {@code git rev-parse HEAD} looks for a commit
     */
    public static Environment capture(Path workingDirectory) {
        return new Environment(System.getProperty("java.vm.name"), System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                cpu(), Runtime.getRuntime().availableProcessors(), heapBytes(CellJvm.heap()),
                gitCommit(workingDirectory), Instant.now().toString(), null, CellJvm.kernels(), host());
    }

    /** The kernel's host name, or the network's where the kernel's cannot be read; null when neither answers. */
    static String host() {
        try {
            String name = Files.readString(HOST_NAME, StandardCharsets.UTF_8).strip();
            if (!name.isEmpty()) {
                return name;
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: ask the network stack
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return null;
        }
    }

    /** The first "model name" of /proc/cpuinfo, or null where there is none. */
    static String cpu() {
        try {
            return Files.readAllLines(CPU_INFO, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst().orElse(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The bytes of a heap size as {@code -Xmx} reads it: {@code 2g}, {@code 512m}, {@code 65536k} or bytes. */
    static long heapBytes(String size) {
        String s = size.strip().toLowerCase(Locale.ROOT);
        long unit = switch (s.isEmpty() ? ' ' : s.charAt(s.length() - 1)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            case 't' -> 1L << 40;
            default -> 1;
        };
        String digits = unit == 1 ? s : s.substring(0, s.length() - 1);
        try {
            return Long.parseLong(digits) * unit;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + CellJvm.HEAP_PROPERTY + "=" + size
                    + " is not a heap size; give one as -Xmx takes it, e.g. 2g or 512m");
        }
    }

    /** HEAD's commit, or null outside a git work tree or without git. */
    static String gitCommit(Path workingDirectory) {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "HEAD").directory(workingDirectory.toFile())
                    .redirectErrorStream(true).start();
            git.getOutputStream().close();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!git.waitFor(10, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return null;
            }
            return git.exitValue() == 0 && out.matches("[0-9a-f]{40}") ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
