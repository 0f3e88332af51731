package org.autodiffbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input: exit code 2 and exactly one line on stderr that starts with "error: ". */
class BadInputTest {

    private static final String WORKED = "ln(x1) + x1*x2 - sin(x2)";

    static Stream<Arguments> badInputs() {
        return Stream.of(
                bad("error: expected ')' at column 6 in \"sin(x\"", "gradient", "--expr", "sin(x", "--at", "x=1"),
                bad("error: unknown function 'foo' at column 1 in \"foo(x)\"; known functions: sin, cos",
                        "gradient", "--expr", "foo(x)", "--at", "x=1"),
                bad("error: unexpected '*' at column 3 in \"x**2\"", "gradient", "--expr", "x**2", "--at", "x=1"),
                bad("error: empty expression", "gradient", "--expr", "", "--at", "x=1"),
                bad("error: --at is missing x2; give a value for every variable: x1, x2",
                        "gradient", "--expr", WORKED, "--at", "x1=2"),
                bad("error: --at names y, which the formula does not use; its variables are x1, x2",
                        "gradient", "--expr", WORKED, "--at", "x1=2,x2=5,y=1"),
                bad("error: --at x2=five: 'five' is not a finite number", "gradient", "--expr", WORKED,
                        "--at", "x1=2,x2=five"),
                bad("error: --at has entry 'x2'; give name=value pairs", "gradient", "--expr", WORKED,
                        "--at", "x1=2,x2"),
                bad("error: --at is missing; give a value for every variable: x1, x2", "gradient", "--expr", WORKED),
                bad("error: the formula \"2 + 3\" has no variables", "gradient", "--expr", "2 + 3", "--at", "x=1"),
                bad("error: unknown engine 'nope'; available engines: ", "gradient", "--expr", WORKED,
                        "--at", "x1=2,x2=5", "--engine", "nope"),
                bad("error: --option applies to one engine; name it with --engine ID", "gradient", "--expr", WORKED,
                        "--at", "x1=2,x2=5", "--option", "lanes=2"),
                bad("error: engine 'reverse' has no option 'lanes'", "gradient", "--expr", WORKED,
                        "--at", "x1=2,x2=5", "--engine", "reverse", "--option", "lanes=2"),
                bad("error: option lanes=0 must be at least 1", "gradient", "--expr", WORKED, "--at", "x1=2,x2=5",
                        "--engine", "forward", "--option", "lanes=0"),
                bad("error: --option 'lanes' is not of the form name=value", "gradient", "--expr", WORKED,
                        "--at", "x1=2,x2=5", "--engine", "forward", "--option", "lanes"),
                bad("error: unknown model family 'nope'; known families: scalar-example, scalar-dag, mlp-width, jacobian, mlp-depth, ode-chain",
                        "gradient", "--model", "nope", "--size", "3"),
                bad("error: size 0 is out of range for model 'mlp-width'", "gradient", "--model", "mlp-width",
                        "--size", "0"),
                bad("error: --model mlp-width needs --size N: hidden width w from 1 to ", "gradient",
                        "--model", "mlp-width"),
                bad("error: give either --expr or --model, not both", "gradient", "--expr", WORKED,
                        "--at", "x1=2,x2=5", "--model", "mlp-width", "--size", "4"),
                bad("error: nothing to differentiate; give --expr", "gradient"),
                bad("error: --size applies only to --model", "gradient", "--expr", WORKED, "--at", "x1=2,x2=5",
                        "--size", "4"),
                bad("error: --at only applies to --expr", "gradient", "--model", "mlp-width", "--size", "4",
                        "--at", "x=1"),
                bad("error: ", "gradient", "--model", "jacobian", "--size", "3", "--model-option", "nope=1"),
                bad("error: Invalid value for option '--format'", "gradient", "--expr", WORKED, "--at", "x1=2,x2=5",
                        "--format", "xml"),
                bad("error: Invalid value for option '--size'", "gradient", "--model", "mlp-width", "--size", "big"),
                bad("error: Unknown option: '--frobnicate'; see 'autodiffbench gradient --help'", "gradient",
                        "--frobnicate"),
                bad("error: Unmatched argument at index 0: 'frobnicate'; see 'autodiffbench --help'", "frobnicate"),
                bad("error: missing command; use one of: engines, models, gradient, explain, schedule"),
                bad("error: explain works through graphs of scalars", "explain", "--model", "mlp-width",
                        "--size", "2"),
                bad("error: expected ')' at column 6 in \"sin(x\"", "explain", "--expr", "sin(x", "--at", "x=1"),
                bad("error: --at is missing y; give a value for every variable: x, y", "explain", "--expr", "x*y",
                        "--at", "x=1"),
                bad("error: Invalid value for option '--format'", "engines", "--format", "yaml"),
                bad("error: Invalid value for option '--format'", "models", "--format", "xml"),
                // the checkpointed engine and the staged families
                bad("error: option snapshots=0 must be at least 1", "gradient", "--model", "mlp-depth", "--size", "4",
                        "--engine", "checkpointed", "--option", "snapshots=0"),
                bad("error: unknown schedule 'foo'; choose binomial or uniform", "gradient",
                        "--model", "mlp-depth", "--size", "4", "--engine", "checkpointed", "--option", "schedule=foo"),
                bad("error: segments applies to the uniform schedule; the binomial schedule takes snapshots", "gradient", "--model", "ode-chain",
                        "--size", "20", "--engine", "checkpointed", "--option", "segments=3"),
                bad("error: engine 'reverse' has no option 'schedule'; it takes no options", "gradient",
                        "--model", "mlp-depth", "--size", "4", "--engine", "reverse", "--option", "schedule=binomial"),
                bad("error: option 'snapshots' needs a model with stages", "gradient", "--engine", "checkpointed",
                        "--option", "snapshots=3", "--model", "mlp-width", "--size", "4"),
                bad("error: option 'schedule' needs a model with stages", "gradient", "--expr", WORKED,
                        "--at", "x1=2,x2=5", "--engine", "checkpointed", "--option", "schedule=uniform"),
                bad("error: --option applies to one engine; name it with --engine ID", "gradient", "--model",
                        "mlp-depth", "--size", "4", "--option", "snapshots=3"),
                bad("error: size 1 is out of range for model 'mlp-depth'", "gradient", "--model", "mlp-depth",
                        "--size", "1"),
                bad("error: option 'width' of model 'mlp-depth' must be an integer between 1 and", "gradient",
                        "--model", "mlp-depth", "--size", "4", "--model-option", "width=0"),
                // schedule
                bad("error: --stages must be at least 1, got 0", "schedule", "--stages", "0"),
                bad("error: --stages 2000000 is more than the 1000000", "schedule", "--stages", "2000000"),
                bad("error: Missing required option: '--stages=L'", "schedule", "--snapshots", "3"),
                bad("error: Invalid value for option '--stages'", "schedule", "--stages", "ten"),
                bad("error: snapshots must be at least 1 (the stored initial state counts as one), got 0", "schedule", "--stages", "10", "--snapshots", "0"),
                bad("error: segments must be at least 1, got 0", "schedule", "--stages", "10",
                        "--schedule", "uniform", "--segments", "0"),
                bad("error: segments applies to the uniform schedule; the binomial schedule takes snapshots", "schedule",
                        "--stages", "10", "--segments", "3"),
                bad("error: snapshots applies to the binomial schedule; the uniform schedule takes segments", "schedule",
                        "--stages", "10", "--schedule", "uniform", "--snapshots", "3"),
                bad("error: unknown schedule 'foo'; choose binomial or uniform", "schedule", "--stages", "10",
                        "--schedule", "foo"),
                bad("error: the binomial schedule for 100000 stages and 1 snapshot makes 5000050000 stage evaluations"
                        + " per gradient, more than 5000000; give more snapshots",
                        "schedule", "--stages", "100000", "--snapshots", "1"),
                bad("error: Invalid value for option '--format'", "schedule", "--stages", "10", "--format", "csv"));
    }

    private static Arguments bad(String expectedStart, String... args) {
        return Arguments.of(expectedStart, args);
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void exitsWithTwoAndOneLineOfAdvice(String expectedStart, String[] args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).startsWith(expectedStart).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(run.out()).isEmpty();
    }
}
