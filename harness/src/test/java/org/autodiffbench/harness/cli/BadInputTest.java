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
                bad("error: unknown model family 'nope'; known families: scalar-example, scalar-dag, mlp-width, jacobian",
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
                bad("error: missing command; use one of: engines, gradient, explain"),
                bad("error: explain works through graphs of scalars", "explain", "--model", "mlp-width",
                        "--size", "2"),
                bad("error: expected ')' at column 6 in \"sin(x\"", "explain", "--expr", "sin(x", "--at", "x=1"),
                bad("error: --at is missing y; give a value for every variable: x, y", "explain", "--expr", "x*y",
                        "--at", "x=1"),
                bad("error: Invalid value for option '--format'", "engines", "--format", "yaml"));
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
