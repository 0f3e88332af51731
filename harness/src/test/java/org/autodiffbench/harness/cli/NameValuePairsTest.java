package org.autodiffbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A malformed {@code --model-option} or {@code --option} pair is one line with an example of its own flag. */
class NameValuePairsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"\"         | --model-option '' is not of the form name=value; e.g. --model-option width=16",
        "width=     | --model-option 'width=' is not of the form name=value; e.g. --model-option width=16",
        "=16        | --model-option '=16' is not of the form name=value; e.g. --model-option width=16",
        "width      | --model-option 'width' is not of the form name=value; e.g. --model-option width=16",
    })
    void aModelOptionIsShownWithAModelOptionExample(String pair, String message) {
        CliRun run = CliRun.of("gradient", "--model", "mlp-depth", "--size", "2", "--model-option", pair);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("error: " + message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"\"         | --option '' is not of the form name=value; e.g. --option lanes=4",
        "lanes=     | --option 'lanes=' is not of the form name=value; e.g. --option lanes=4",
    })
    void anEngineOptionIsShownWithAnEngineOptionExample(String pair, String message) {
        CliRun run = CliRun.of("gradient", "--expr", "x*x", "--at", "x=1", "--engine", "forward", "--option", pair);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("error: " + message);
    }
}
