package org.autodiffbench.harness.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** A JVM that holds a results directory's lock as a run in another process would, until it is killed. */
final class RunLockHolder {

    private static final String HOLDING = "holding";

    private RunLockHolder() {
    }

    public static void main(String[] args) throws IOException {
        try (RunLock lock = RunLock.take(Path.of(args[0]))) {
            System.out.println(HOLDING);
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold until killed or stdin closes
            }
        }
    }

    /** Starts a holder of {@code dir}'s lock and returns once it holds it. */
    static Process start(Path dir) throws IOException {
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RunLockHolder.class.getName(), dir.toString()))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!HOLDING.equals(line)) {
            process.destroyForcibly();
            throw new IllegalStateException("the lock holder said " + line + " instead of " + HOLDING);
        }
        return process;
    }
}
