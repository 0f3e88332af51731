package org.autodiffbench.harness.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizeSpecTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> problems = new ArrayList<>();

    private Optional<List<Integer>> read(String spec) {
        try {
            return SizeSpec.read(JSON.readTree(spec), "model 1 (mlp-width)", problems);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aListIsSortedAscending() {
        assertThat(read("[32, 8, 16]")).contains(List.of(8, 16, 32));
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "{\"from\": 8, \"to\": 1024, \"times\": 2}; 8,16,32,64,128,256,512,1024",
            "{\"from\": 8, \"to\": 1000, \"times\": 2}; 8,16,32,64,128,256,512",
            "{\"from\": 4, \"to\": 1024, \"times\": 4}; 4,16,64,256,1024",
            "{\"from\": 10, \"to\": 100, \"plus\": 30}; 10,40,70,100",
            "{\"from\": 10, \"to\": 99, \"plus\": 30}; 10,40,70",
            "{\"from\": 5, \"to\": 5, \"times\": 3}; 5"})
    void aRangeRunsFromFromToTheLastTermNotAboveTo(String spec, String expected) {
        List<Integer> sizes = new ArrayList<>();
        for (String size : expected.split(",")) {
            sizes.add(Integer.parseInt(size));
        }
        assertThat(read(spec)).contains(sizes);
        assertThat(problems).isEmpty();
    }

    /** Seeded random ranges: every term is from·timesᵏ (or from + k·plus), the last is ≤ to and the next would pass it. */
    @Test
    void randomRangesHoldEveryTermUpToTo() {
        Random random = new Random(41);
        for (int trial = 0; trial < 200; trial++) {
            long from = 1 + random.nextInt(100);
            long to = from + random.nextInt(100_000);
            boolean geometric = random.nextBoolean();
            long step = geometric ? 2 + random.nextInt(5) : 1 + random.nextInt(500);
            List<Integer> sizes = read("{\"from\": " + from + ", \"to\": " + to + ", \"" + (geometric ? "times" : "plus")
                    + "\": " + step + "}").orElseThrow();
            for (int k = 0; k < sizes.size(); k++) {
                long expected = geometric ? from * (long) Math.pow(step, k) : from + k * step;
                assertThat(sizes.get(k)).isEqualTo((int) expected);
            }
            long last = sizes.get(sizes.size() - 1);
            assertThat(last).isLessThanOrEqualTo(to);
            assertThat(geometric ? last * step : last + step).isGreaterThan(to);
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "[]; model 1 (mlp-width): sizes is an empty list; give [8, 16, 32]",
            "8; model 1 (mlp-width): sizes is 8; give [8, 16, 32]",
            "\"8\"; model 1 (mlp-width): sizes is \"8\"; give [8, 16, 32]",
            "[8, 0]; model 1 (mlp-width): sizes holds 0; give whole numbers of at least 1 only",
            "[8, 2.5]; model 1 (mlp-width): sizes holds 2.5; give whole numbers of at least 1 only",
            "[8, 16, 8]; model 1 (mlp-width): size 8 is listed twice; list each size once",
            "{\"from\": 8, \"to\": 64}; model 1 (mlp-width), sizes: gives neither times nor plus; give exactly one",
            "{\"from\": 8, \"to\": 64, \"times\": 2, \"plus\": 1}; model 1 (mlp-width), sizes: gives both times and plus",
            "{\"from\": 8, \"to\": 64, \"times\": 1}; model 1 (mlp-width), sizes: times is 1; give a whole number of at least 2",
            "{\"from\": 8, \"to\": 64, \"plus\": 0}; model 1 (mlp-width), sizes: plus is 0; give a whole number of at least 1",
            "{\"from\": 0, \"to\": 64, \"times\": 2}; model 1 (mlp-width), sizes: from is 0; give a whole number of at least 1",
            "{\"from\": 8, \"to\": 64, \"times\": 2.5}; model 1 (mlp-width), sizes: times is 2.5; give a whole number",
            "{\"from\": 64, \"to\": 8, \"times\": 2}; model 1 (mlp-width), sizes: from 64 is above to 8; give from ≤ to",
            "{\"to\": 64, \"times\": 2}; model 1 (mlp-width), sizes: missing field 'from'; give both from and to",
            "{\"from\": 1, \"to\": 2000000000, \"plus\": 1}; model 1 (mlp-width), sizes: gives more than 10000 sizes"})
    void aBadSpecIsOneProblemThatSaysWhatToGive(String spec, String problem) {
        assertThat(read(spec)).isEmpty();
        assertThat(problems).singleElement().asString().startsWith(problem);
    }

    @Test
    void anUnknownRangeFieldIsReportedWithTheKnownOnes() {
        assertThat(read("{\"from\": 8, \"to\": 64, \"times\": 2, \"step\": 2}")).isEmpty();
        assertThat(problems).containsExactly(
                "model 1 (mlp-width), sizes: unknown field 'step'; the fields here are from, to, times, plus");
    }

    @Test
    void everyBadElementOfAListIsReported() {
        JsonNode spec = JSON.createArrayNode().add(0).add(4).add(4).add("x");
        assertThat(SizeSpec.read(spec, "model 2", problems)).isEmpty();
        assertThat(problems).containsExactly(
                "model 2: sizes holds 0; give whole numbers of at least 1 only",
                "model 2: size 4 is listed twice; list each size once",
                "model 2: sizes holds \"x\"; give whole numbers of at least 1 only");
    }
}
