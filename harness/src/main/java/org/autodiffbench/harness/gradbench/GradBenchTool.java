package org.autodiffbench.harness.gradbench;

import java.nio.file.Path;
import java.util.List;

/**
 * An external GradBench tool a campaign names as an engine: the id its cells carry, the command
 * that starts it (the tool then speaks GradBench's protocol on standard input and output) and the
 * directory it starts in.
 *
 * @param workingDirectory where the command runs; null for the harness's own working directory
 */
public record GradBenchTool(String id, List<String> command, Path workingDirectory) {

    public GradBenchTool {
        command = List.copyOf(command);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("GradBench tool '" + id + "' has an empty command; give the program"
                    + " and its arguments");
        }
    }
}
