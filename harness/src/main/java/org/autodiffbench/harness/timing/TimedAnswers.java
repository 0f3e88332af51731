package org.autodiffbench.harness.timing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.autodiffbench.harness.check.Answer;
import org.autodiffbench.harness.check.Candidate;
import org.autodiffbench.results.ResultsJson;

/**
 * What each JMH fork's benchmark answered on its last timed call, handed back to the cell's JVM
 * so that it can hold the engine to the answer it gave when checked. The cell's JVM names a file
 * in the forks' system property {@value #PROPERTY}; each fork's {@link CellBenchmark#tearDown}
 * appends its last answer as one line of JSON. Without the property nothing is written.
 */
public final class TimedAnswers {

    /** The system property of a JMH fork that names the file of last answers. */
    public static final String PROPERTY = "autodiffbench.timedAnswers";

    /** One fork's last answer: f(x) and the derivative, flat. */
    private record Line(double[] value, double[] derivative) {
    }

    private TimedAnswers() {
    }

    /** The JVM argument that makes JMH's forks append their last answers to {@code file}. */
    public static String jvmArgument(Path file) {
        return "-D" + PROPERTY + "=" + file;
    }

    /** Appends {@code last} to the file the property names, if it names one. */
    static void append(Answer last) throws IOException {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isEmpty()) {
            return;
        }
        Files.writeString(Path.of(file), ResultsJson.oneLine(new Line(last.value(), last.derivative())) + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Every fork's last answer in the order the forks ended, named {@code timed in fork k}. */
    public static List<Candidate> read(Path file) throws IOException {
        List<Candidate> answers = new ArrayList<>();
        if (!Files.exists(file)) {
            return answers;
        }
        for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!text.isBlank()) {
                Line line = ResultsJson.mapper().readValue(text, Line.class);
                answers.add(new Candidate("timed in fork " + (answers.size() + 1), line.value(), line.derivative()));
            }
        }
        return answers;
    }
}
