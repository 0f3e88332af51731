package org.autodiffbench.engine.compiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import org.autodiffbench.api.compile.CompiledGraph;
import org.autodiffbench.api.compile.GraphCompiler;
import org.autodiffbench.api.compile.Sweep;
import org.autodiffbench.models.ModelFamilies;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * HotSpot does not JIT-compile a method of more than 8,000 bytes of bytecode: a large graph's
 * straight-line code is split so that every generated method, as the class file records it, stays
 * under that.
 */
class MethodSizeTest {

    @ParameterizedTest(name = "{0} size {1}, {2}")
    @CsvSource({"scalar-dag, 1024, ADJOINT", "scalar-dag, 1024, TANGENT", "jacobian, 256, ADJOINT",
            "jacobian, 256, TANGENT"})
    void everyMethodOfALargeGraphIsSmallEnoughToBeCompiled(String family, int size, Sweep sweep) {
        CompiledGraph compiled = GraphCompiler.compile(ModelFamilies.require(family).instance(size, Map.of(), 1).graph(),
                EnumSet.of(sweep));
        int largest = compiled.methodBytes().values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        System.out.printf("%s %d %s: %d methods, the largest %d bytes%n", family, size, sweep,
                compiled.methodBytes().size(), largest);
        assertThat(compiled.methodBytes()).as("bytes of bytecode per generated method")
                .allSatisfy((name, bytes) -> assertThat(bytes).as(name).isLessThanOrEqualTo(GraphCompiler.JIT_METHOD_LIMIT));
    }

    @ParameterizedTest(name = "scalar-dag size {0}")
    @CsvSource({"1024"})
    void aLargeGraphIsSplitIntoManyMethods(int size) {
        CompiledGraph compiled = GraphCompiler.compile(
                ModelFamilies.require("scalar-dag").instance(size, Map.of(), 1).graph(), EnumSet.of(Sweep.ADJOINT));
        assertThat(compiled.methodBytes().size()).as("generated methods").isGreaterThan(10);
    }
}
