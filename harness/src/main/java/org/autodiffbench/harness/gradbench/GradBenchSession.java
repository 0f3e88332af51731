package org.autodiffbench.harness.gradbench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.autodiffbench.api.DiffEngine;
import org.autodiffbench.api.EngineOptions;
import org.autodiffbench.api.UnsupportedOperatorException;
import org.autodiffbench.api.UnsupportedPrimitiveException;

/**
 * This project as a GradBench tool: reads the eval's messages, one JSON object per line, and
 * answers each with one line, flushed, until the input ends. A line it cannot read or a function
 * it cannot evaluate gets {@code success: false} with a one-line reason, and the session goes on.
 * Nothing but responses is written to {@code out}.
 */
public final class GradBenchSession {

    /** The tool's name in the response to {@code start}. */
    public static final String TOOL = "autodiffbench";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final DiffEngine engine;
    private final EngineOptions options;
    private final ModuleCatalogue modules;

    /**
     * @param options passed to the engine each time it prepares a graph
     * @param modules the modules the session implements, normally {@link GradBenchModules#all()}
     */
    public GradBenchSession(DiffEngine engine, EngineOptions options, List<GradBenchModule> modules) {
        this.engine = engine;
        this.options = options;
        this.modules = new ModuleCatalogue(modules);
    }

    /**
     * Answers every line of {@code in} on {@code out}; blank lines are skipped.
     *
     * @throws UncheckedIOException when the input cannot be read
     */
    public void run(BufferedReader in, PrintWriter out) {
        try (Evaluator evaluator = new Evaluator(engine, options, modules)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    out.println(json(answer(line, evaluator)));
                    out.flush();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the eval's messages: " + e.getMessage(), e);
        }
    }

    private GradBenchResponse answer(String line, Evaluator evaluator) {
        GradBenchMessage message;
        try {
            message = MessageParser.parse(line);
        } catch (MalformedMessageException e) {
            return new GradBenchResponse.Malformed(e.id(), e.getMessage());
        }
        if (message instanceof GradBenchMessage.Start) {
            return started(message.id());
        }
        if (message instanceof GradBenchMessage.Define define) {
            return defined(define);
        }
        if (message instanceof GradBenchMessage.Evaluate evaluate) {
            return evaluated(evaluate, evaluator);
        }
        return new GradBenchResponse.Acknowledged(message.id());
    }

    private GradBenchResponse.Started started(long id) {
        Map<String, String> sortedOptions = new TreeMap<>(options.asMap());
        return new GradBenchResponse.Started(id, TOOL,
                new GradBenchResponse.Config(engine.id(), engine.version(), sortedOptions));
    }

    private GradBenchResponse.Defined defined(GradBenchMessage.Define define) {
        return modules.find(define.module()).isPresent()
                ? new GradBenchResponse.Defined(define.id(), true, null)
                : new GradBenchResponse.Defined(define.id(), false, modules.notImplemented(define.module()));
    }

    /** Every failure becomes the response's one-line error; only the kind of failure decides its wording. */
    private static GradBenchResponse.Evaluated evaluated(GradBenchMessage.Evaluate evaluate, Evaluator evaluator) {
        try {
            return evaluator.evaluate(evaluate);
        } catch (GradBenchRefusal | UnsupportedOperatorException | UnsupportedPrimitiveException
                 | IllegalArgumentException e) {
            return GradBenchResponse.Evaluated.failure(evaluate.id(), oneLine(e.getMessage()));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return GradBenchResponse.Evaluated.failure(evaluate.id(), "internal error in autodiffbench: "
                    + e.getClass().getName() + ": " + oneLine(e.getMessage()));
        }
    }

    private static String json(GradBenchResponse response) {
        try {
            return MAPPER.writeValueAsString(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the response " + response + " as JSON", e);
        }
    }

    private static String oneLine(String message) {
        return message == null ? "(no message)" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
