package org.autodiffbench.api.kernels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The rule that picks a kernel set, for each combination of the module and the property. */
class KernelSelectionTest {

    @Test
    void theTestJvmHasTheModuleSoItRunsTheVectorKernels() {
        assertThat(ModuleLayer.boot().findModule(KernelSelection.VECTOR_MODULE)).as("surefire's argLine").isPresent();
        assertThat(KernelSelection.current().kernels()).isInstanceOf(VectorKernels.class);
        assertThat(DenseKernels.chosen()).isSameAs(KernelSelection.current().kernels());
        assertThat(KernelSelection.current().description()).startsWith("vector: jdk.incubator.vector, ");
    }

    @Test
    void withoutTheModuleTheScalarKernelsRunAndSayWhy() {
        KernelSelection selection = KernelSelection.select(null, false);
        assertThat(selection.kernels()).isSameAs(ScalarKernels.INSTANCE);
        assertThat(selection.description()).isEqualTo("scalar: jdk.incubator.vector not in this JVM");
    }

    @Test
    void thePropertyForcesScalarEvenWithTheModule() {
        KernelSelection selection = KernelSelection.select("scalar", true);
        assertThat(selection.kernels()).isSameAs(ScalarKernels.INSTANCE);
        assertThat(selection.description()).isEqualTo("scalar: forced by -Dautodiffbench.kernels=scalar");
    }

    @Test
    void forcingVectorWithoutTheModuleSaysHowToAddIt() {
        assertThatThrownBy(() -> KernelSelection.select("vector", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("-Dautodiffbench.kernels=vector needs the module jdk.incubator.vector: "
                        + "start java with --add-modules jdk.incubator.vector");
    }

    @Test
    void anUnknownValueIsRefused() {
        assertThatThrownBy(() -> KernelSelection.select("simd", true))
                .hasMessage("-Dautodiffbench.kernels=simd is not a kernel set: use scalar or vector");
    }

    @Test
    void forcingVectorWithTheModuleLoadsTheVectorKernels() {
        assertThat(KernelSelection.select("vector", true).kernels()).isInstanceOf(VectorKernels.class);
    }
}
