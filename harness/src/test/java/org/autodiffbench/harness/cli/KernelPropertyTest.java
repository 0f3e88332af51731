package org.autodiffbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.autodiffbench.api.kernels.KernelSelection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A bad {@code -Dautodiffbench.kernels} is refused in one line before any command runs. */
class KernelPropertyTest {

    @AfterEach
    void clearProperty() {
        System.clearProperty(KernelSelection.PROPERTY);
    }

    @Test
    void anUnknownKernelSetIsRefusedInOneLineWithExitTwo() {
        System.setProperty(KernelSelection.PROPERTY, "avx");
        CliRun run = CliRun.of("engines");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).isEqualTo("error: -Dautodiffbench.kernels=avx is not a kernel set: use scalar or vector");
    }

    @Test
    void aForcedKernelSetThatLoadsRunsTheCommand() {
        System.setProperty(KernelSelection.PROPERTY, "scalar");
        assertThat(CliRun.of("engines").exitCode()).isZero();
    }
}
