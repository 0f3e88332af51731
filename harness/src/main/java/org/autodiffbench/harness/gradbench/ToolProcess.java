package org.autodiffbench.harness.gradbench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.autodiffbench.api.registry.ProcessLines;

/**
 * A running GradBench tool, driven as the eval drives it: one JSON message a line to its standard
 * input, one response a line from its standard output, each awaited until a deadline. Its
 * standard error is read past, keeping the last line that says something for a failure's reason.
 * Closing it ends its input and kills what is left of its process tree.
 */
final class ToolProcess implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long KIB = 1024;

    /** A line of the tool's output; {@code text} null marks the end of its output. */
    private record Line(String text) {
    }

    private final Process process;
    private final Writer input;
    private final BlockingQueue<Line> output = new LinkedBlockingQueue<>();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private final Thread errors;

    private ToolProcess(Process process) {
        this.process = process;
        this.input = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reading = ProcessLines.drain(process.getInputStream(), line -> output.add(new Line(line)),
                "gradbench-tool-out");
        Thread endOfOutput = new Thread(() -> {
            try {
                reading.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            output.add(new Line(null));
        }, "gradbench-tool-end");
        endOfOutput.setDaemon(true);
        endOfOutput.start();
        this.errors = ProcessLines.drain(process.getErrorStream(), line -> {
            if (ProcessLines.meaningful(line)) {
                lastError.set(line.strip());
            }
        }, "gradbench-tool-err");
    }

    /**
     * Starts the tool's command.
     *
     * @throws ToolStopped when the command cannot be started
     */
    static ToolProcess start(GradBenchTool tool) throws ToolStopped {
        ProcessBuilder builder = new ProcessBuilder(tool.command());
        if (tool.workingDirectory() != null) {
            builder.directory(tool.workingDirectory().toFile());
        }
        try {
            return new ToolProcess(builder.start());
        } catch (IOException e) {
            throw new ToolStopped(false, "cannot start GradBench tool '" + tool.id() + "' (" + e.getMessage()
                    + "); check its command and workingDirectory");
        }
    }

    /**
     * Sends {@code message} and returns the response to it.
     *
     * @param deadline a {@link System#nanoTime()} after which the response is no longer awaited
     * @throws ToolStopped at the deadline, when the tool ends or cannot be written to, or when it
     *     answers with a line that is not a JSON object with the message's id
     */
    JsonNode exchange(ObjectNode message, long deadline) throws ToolStopped {
        String kind = message.path("kind").asText();
        try {
            input.write(MAPPER.writeValueAsString(message));
            input.write('\n');
            input.flush();
        } catch (IOException e) {
            throw new ToolStopped(false, ended("before it read the " + kind + " message"));
        }
        Line line;
        try {
            line = output.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ToolStopped(false, "interrupted while awaiting the tool's answer to " + kind);
        }
        if (line == null) {
            throw new ToolStopped(true, "no answer to " + kind + " within the budget");
        }
        if (line.text() == null) {
            throw new ToolStopped(false, ended("before it answered " + kind));
        }
        JsonNode response;
        try {
            response = MAPPER.readTree(line.text());
        } catch (JsonProcessingException e) {
            response = null;
        }
        if (response == null || !response.isObject()) {
            throw new ToolStopped(false, "the tool answered " + kind + " with a line that is not a JSON object: "
                    + brief(line.text()));
        }
        JsonNode id = response.path("id");
        if (!id.canConvertToExactIntegral() || id.longValue() != message.get("id").longValue()) {
            throw new ToolStopped(false, "the tool answered " + kind + " (id " + message.get("id")
                    + ") with the id " + response.get("id"));
        }
        return response;
    }

    /**
     * The peak resident set of the tool and of the processes it started, summed, from their
     * {@code VmHWM} in /proc; empty where /proc does not report it.
     */
    Optional<Long> peakResidentBytes() {
        long total = 0;
        boolean any = false;
        for (ProcessHandle handle : Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList()) {
            Optional<Long> peak = highWaterMark(handle.pid());
            if (peak.isPresent()) {
                total += peak.get();
                any = true;
            }
        }
        return any ? Optional.of(total) : Optional.empty();
    }

    private static Optional<Long> highWaterMark(long pid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            return lines.filter(l -> l.startsWith("VmHWM:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) * KIB);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Why the tool is gone: its exit code and last error line. */
    private String ended(String when) {
        try {
            process.waitFor(1, TimeUnit.SECONDS);
            errors.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String exit = process.isAlive() ? "closed its output" : "ended with exit code " + process.exitValue();
        String error = lastError.get();
        return "the tool " + exit + " " + when + (error == null ? "" : ": " + brief(error));
    }

    private static String brief(String text) {
        String line = text.strip().replaceAll("\\s*\\R\\s*", " ");
        return line.length() <= 120 ? line : line.substring(0, 120) + "…";
    }

    /** Ends the tool's input, gives it a moment to leave, then kills what is left of its tree. */
    @Override
    public void close() {
        try {
            input.close();
        } catch (IOException e) {
            // the tool is gone already
        }
        List<ProcessHandle> tree = Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
        try {
            process.waitFor(2, TimeUnit.SECONDS);
            ProcessLines.killTree(process);
            // a forcible kill is asynchronous: the cell ends only when the tree is gone
            for (ProcessHandle handle : tree) {
                handle.destroyForcibly();
                handle.onExit().get(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // the system did not confirm the end in time; nothing more can be done from here
        }
    }
}
