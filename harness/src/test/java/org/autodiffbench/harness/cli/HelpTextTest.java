package org.autodiffbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every help text prints without picocli's warnings, and the command list shows whole sentences. */
class HelpTextTest {

    static Stream<String> commands() {
        return new CommandLine(new Main()).getSubcommands().keySet().stream();
    }

    /** picocli warns about a description it cannot format on System.err, not on the command's stream. */
    @ParameterizedTest
    @MethodSource("commands")
    void helpPrintsWithoutWarnings(String command) {
        PrintStream original = System.err;
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        CliRun run;
        try {
            System.setErr(new PrintStream(stray, true, StandardCharsets.UTF_8));
            run = CliRun.of(command, "--help");
        } finally {
            System.setErr(original);
        }

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(stray.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(run.out()).doesNotContain("%n").doesNotContain("[picocli WARN]");
    }

    @Test
    void theCommandListGivesEachCommandsWholeFirstSentence() {
        CommandLine main = new CommandLine(new Main());
        Map<String, String> listed = listedDescriptions(CliRun.of("--help").outLines());

        assertThat(listed.keySet()).containsExactlyElementsOf(main.getSubcommands().keySet());
        main.getSubcommands().forEach((name, command) -> {
            String first = command.getCommandSpec().usageMessage().description()[0];
            assertThat(first).as(name).endsWith(".");
            assertThat(listed.get(name)).as(name).isEqualTo(first);
        });
    }

    /** The "Commands:" section of the top-level help, each command's wrapped lines joined. */
    private static Map<String, String> listedDescriptions(List<String> lines) {
        Map<String, String> listed = new LinkedHashMap<>();
        int start = lines.indexOf("Commands:");
        String current = null;
        List<String> parts = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("  ") && !line.startsWith("   ")) {
                if (current != null) {
                    listed.put(current, String.join(" ", parts));
                }
                String[] nameAndText = line.strip().split("\\s+", 2);
                current = nameAndText[0];
                parts = new ArrayList<>(List.of(nameAndText[1]));
            } else {
                parts.add(line.strip());
            }
        }
        listed.put(current, String.join(" ", parts));
        return listed;
    }
}
