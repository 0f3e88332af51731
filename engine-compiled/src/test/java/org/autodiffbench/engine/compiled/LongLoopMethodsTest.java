package org.autodiffbench.engine.compiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.autodiffbench.api.compile.CompiledGraph;
import org.autodiffbench.api.compile.GraphCompiler;
import org.autodiffbench.api.compile.Sweep;
import org.autodiffbench.models.ModelFamilies;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every generated method runs at most one loop over 128 elements or more, so that HotSpot compiles
 * it on stack replacement once, as a whole, instead of again at every long loop of a long method
 * (GradBench's ode spent seconds in profiled code that way). Read from the generated source.
 */
class LongLoopMethodsTest {

    private static final Pattern LONG_LOOP = Pattern.compile("for \\(int i = 0; i < (\\d+);");

    @ParameterizedTest(name = "{0} size {1}, {2}")
    @CsvSource({"gb-ode, 10, TANGENT", "gb-ode, 10, ADJOINT", "gb-lse, 1000, TANGENT"})
    void everyMethodRunsAtMostOneLongLoop(String family, int size, Sweep sweep) {
        CompiledGraph compiled = GraphCompiler.compile(
                ModelFamilies.require(family).instance(size, Map.of(), 1).graph(), EnumSet.of(sweep));
        List<Integer> longLoopsPerMethod = new ArrayList<>();
        for (String method : compiled.source().split("\n    (?=private void |protected void )")) {
            longLoopsPerMethod.add(longLoops(method));
        }
        assertThat(longLoopsPerMethod.stream().mapToInt(Integer::intValue).sum()).as("long loops in the program")
                .isGreaterThan(0);
        assertThat(longLoopsPerMethod).as("long loops per generated method").allSatisfy(
                loops -> assertThat(loops).isLessThanOrEqualTo(1));
    }

    private static int longLoops(String method) {
        int count = 0;
        Matcher loop = LONG_LOOP.matcher(method);
        while (loop.find()) {
            if (Integer.parseInt(loop.group(1)) >= 128) {
                count++;
            }
        }
        return count;
    }
}
