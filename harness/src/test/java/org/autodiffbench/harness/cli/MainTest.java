package org.autodiffbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void helpListsTheCommands() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("engines", "models", "gradient", "explain", "schedule");
    }

    @Test
    void gradientHelpDescribesTheExitCodes() {
        CliRun run = CliRun.of("gradient", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--expr", "--at", "--model", "--engine", "--option", "--brief", "Exit code");
    }

    @Test
    void versionIsPrinted() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("autodiffbench ");
    }
}
