package org.autodiffbench.harness.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code autodiffbench ARGS} in a JVM of its own, as a user, a CI job or a Slurm task starts it. */
final class CliProcess {

    private CliProcess() {
    }

    /** Starts the command line with this JVM's class path and autodiffbench and JMH properties; stdout is discarded. */
    static Process start(ProcessBuilder.Redirect stderr, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("autodiffbench.") || name.startsWith("jmh.")) {
                command.add("-D" + name + "=" + System.getProperty(name));
            }
        }
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr).start();
    }
}
