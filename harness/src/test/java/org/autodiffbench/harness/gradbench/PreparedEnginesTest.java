package org.autodiffbench.harness.gradbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.autodiffbench.harness.gradbench.EvaluatorTest.hello;
import static org.autodiffbench.harness.gradbench.EvaluatorTest.squares;

import java.util.ArrayList;
import java.util.List;
import org.autodiffbench.api.EngineOptions;
import org.junit.jupiter.api.Test;

/** The engine is prepared once per task key, and the preparation is a timing of its own. */
class PreparedEnginesTest {

    private final CountingTestEngine engine = new CountingTestEngine();
    private final GradBenchSession session = new GradBenchSession(engine, EngineOptions.none(),
            List.of(new HelloModule(), new SquaresTestModule()));

    @Test
    void twoEvaluatesOfOneKeyPrepareOnce() {
        Transcript transcript = Transcript.of(session, hello(1, "double", 3), hello(2, "double", -5));

        assertThat(engine.prepares()).isEqualTo(1);
        assertThat(Transcript.timingNames(transcript.response(0))).containsExactly("prepare", "evaluate");
        assertThat(Transcript.timingNames(transcript.response(1))).containsExactly("evaluate");
        assertThat(transcript.response(1).get("output").doubleValue()).isEqualTo(-10.0);
    }

    @Test
    void anotherShapeOrFunctionIsAnotherKey() {
        Transcript.of(session, squares(1, "value", "[1, 2]", 1, 0), squares(2, "value", "[3, 4]", 1, 0),
                squares(3, "value", "[1, 2, 3]", 1, 0), squares(4, "gradient", "[1, 2]", 1, 0));

        assertThat(engine.prepares()).isEqualTo(3);
    }

    /** Only the most recently used engines are kept; the others are closed, and a key met again prepares again. */
    @Test
    void keepsTheMostRecentlyUsedEnginesAndClosesTheRest() {
        List<String> lines = new ArrayList<>();
        for (int n = 1; n <= PreparedEngines.CAPACITY; n++) {
            lines.add(squares(n, "value", sizeOf(n), 1, 0));
        }
        lines.add(squares(100, "value", sizeOf(1), 1, 0));
        lines.add(squares(101, "value", sizeOf(PreparedEngines.CAPACITY + 1), 1, 0));
        lines.add(squares(102, "value", sizeOf(1), 1, 0));
        lines.add(squares(103, "value", sizeOf(2), 1, 0));
        Transcript.of(session, lines.toArray(String[]::new));

        // Size 1 was used again before size CAPACITY + 1 came, so size 2 was the one closed.
        assertThat(engine.prepares()).isEqualTo(PreparedEngines.CAPACITY + 2);
        assertThat(engine.closes).isEqualTo(engine.prepares());
    }

    private static String sizeOf(int n) {
        List<String> ones = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ones.add("1");
        }
        return "[" + String.join(", ", ones) + "]";
    }
}
