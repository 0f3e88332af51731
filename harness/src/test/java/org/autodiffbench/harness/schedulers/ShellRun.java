package org.autodiffbench.harness.schedulers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One child process run to its end, standard output and error together, as a job's log shows them. */
record ShellRun(int exitCode, String output) {

    /** Longer than the tiny campaign of these tests needs by far; a hang fails the test instead of the build. */
    private static final long TIMEOUT_SECONDS = 300;

    /** Runs {@code command} in {@code directory} with this process's environment plus {@code environment}. */
    static ShellRun of(List<String> command, Path directory, Map<String, String> environment) {
        try {
            Path log = Files.createTempFile("shell-run", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not end within " + TIMEOUT_SECONDS + " s");
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.delete(log);
            return new ShellRun(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + command + " ran", e);
        }
    }
}
