package org.autodiffbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code run} on malformed campaign files: nulls in every field, wrong types, empty lists,
 * unknown keys, numbers too large. Each is refused before anything runs with {@code error:}
 * lines that name the field and what to write (exit 2), never with a location Jackson does not
 * know, a NullPointerException's text or an internal error.
 */
class MalformedCampaignTest {

    private static final String NAME = "\"name\": \"t\"";
    private static final String ENGINES = "\"engines\": [{\"id\": \"reverse\"}]";
    private static final String MODELS = "\"models\": [{\"family\": \"mlp-width\", \"sizes\": [4]}]";

    @TempDir
    Path folder;

    static Stream<Arguments> campaigns() {
        return Stream.of(
                campaign("engines is null; give \"all\" or [", NAME, "\"engines\": null", MODELS),
                campaign("models is null; give a list such as", NAME, ENGINES, "\"models\": null"),
                campaign("model 1 is null; give a JSON object", NAME, ENGINES, "\"models\": [null]"),
                campaign("engine 1 is null; give a JSON object", NAME, "\"engines\": [null]", MODELS),
                campaign("timing is null; give a JSON object", NAME, ENGINES, MODELS, "\"timing\": null"),
                campaign("campaign: name is null; give a non-empty string", "\"name\": null", ENGINES, MODELS),
                campaign("model 1 (mlp-width): sizes holds null; give whole numbers", NAME, ENGINES,
                        "\"models\": [{\"family\": \"mlp-width\", \"sizes\": [null]}]"),
                campaign("model 1 (mlp-depth), options is null; give an object", NAME, ENGINES,
                        "\"models\": [{\"family\": \"mlp-depth\", \"sizes\": [4], \"options\": null}]"),
                campaign("model 1 (mlp-depth), options: option 'width' is null; give a string or a whole number",
                        NAME, ENGINES, "\"models\": [{\"family\": \"mlp-depth\", \"sizes\": [4], \"options\": {\"width\": null}}]"),
                campaign("engine 1: id is null; give a non-empty string", NAME, "\"engines\": [{\"id\": null}]", MODELS),
                campaign("engine 1 (forward), option set 1 is null; give an object", NAME,
                        "\"engines\": [{\"id\": \"forward\", \"options\": [null]}]", MODELS),
                campaign("campaign: operators holds null; give strings only", NAME, ENGINES, MODELS,
                        "\"operators\": [null]"),
                campaign("agreement: tolerance is null; give a number greater than 0", NAME, ENGINES, MODELS,
                        "\"agreement\": {\"tolerance\": null}"),
                campaign("models is an empty list; give a list such as", NAME, ENGINES, "\"models\": []"),
                campaign("campaign: unknown field 'extra'; the fields here are name,", NAME, ENGINES, MODELS,
                        "\"extra\": 1"),
                campaign("engine 1 (reverse): unknown field 'option'; the fields here are id, options, families", NAME,
                        "\"engines\": [{\"id\": \"reverse\", \"option\": {}}]", MODELS),
                campaign("timing: forks is \"two\"; give a whole number of at least 1", NAME, ENGINES, MODELS,
                        "\"timing\": {\"forks\": \"two\"}"),
                campaign("campaign: seed is 99999999999999999999999; give a whole number from 0 to "
                        + Long.MAX_VALUE, NAME, ENGINES, MODELS, "\"seed\": 99999999999999999999999"),
                campaign("model 1 (mlp-width), sizes: to is 99999999999; give a whole number from 1 to "
                        + Integer.MAX_VALUE, NAME, ENGINES,
                        "\"models\": [{\"family\": \"mlp-width\", \"sizes\": {\"from\": 1, \"to\": 99999999999, \"times\": 2}}]"),
                campaign("model 1 (mlp-width): sizes holds a number beyond ±1.8e308; give whole numbers",
                        NAME, ENGINES, "\"models\": [{\"family\": \"mlp-width\", \"sizes\": [1e400]}]"),
                campaign("budget: cellSeconds is a number beyond ±1.8e308; give a number greater than 0",
                        NAME, ENGINES, MODELS, "\"budget\": {\"cellSeconds\": 1e400}"),
                Arguments.of("is not valid JSON at line 1, column 2: ", "{"),
                Arguments.of("exceeds a limit of the JSON reader: Document nesting depth (1001) exceeds the maximum allowed (1000);", "{\"description\": "
                        + "[".repeat(1500) + "]".repeat(1500) + "}"),
                Arguments.of("exceeds a limit of the JSON reader: Number value length (1200) exceeds the maximum allowed (1000);", "{\"seed\": " + "9".repeat(1200) + "}"));
    }

    private static Arguments campaign(String expected, String... fields) {
        return Arguments.of(expected, "{" + String.join(", ", fields) + "}");
    }

    @ParameterizedTest
    @MethodSource("campaigns")
    void isRefusedWithLinesNamingTheFieldAndWhatToWrite(String expected, String json) throws IOException {
        Path file = Files.writeString(folder.resolve("campaign.json"), json);

        CliRun run = CliRun.of("run", file.toString(), "--out", folder.resolve("out").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("error: ")
                .doesNotContain("line -1", "Cannot invoke", "internal", "Exception", "StreamReadConstraints"));
        assertThat(run.err()).contains(expected);
        assertThat(folder.resolve("out")).doesNotExist();
    }

    @ParameterizedTest
    @MethodSource("notUtf8")
    void aFileThatIsNotUtf8SaysSo(byte[] content) throws IOException {
        Path file = Files.write(folder.resolve("campaign.json"), content);

        CliRun run = CliRun.of("run", file.toString(), "--out", folder.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("error: " + file + " is not UTF-8 text; save it as UTF-8");
    }

    static Stream<byte[]> notUtf8() {
        return Stream.of(new byte[] {'{', '"', 'n', (byte) 0xff, '"', '}'},
                "{\"name\": \"t\"}".getBytes(StandardCharsets.UTF_16));
    }
}
