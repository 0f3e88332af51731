package org.autodiffbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ResumeCommandTest {

    @Test
    void theCommandRepeatsTheCampaignAndTheQuickFlagAndNamesTheDirectory() {
        assertThat(new ResumeCommand(Path.of("campaigns/smoke.json"), true, Path.of("results/smoke-1")))
                .hasToString("autodiffbench run campaigns/smoke.json --quick --resume results/smoke-1");
        assertThat(new ResumeCommand(Path.of("campaigns/smoke.json"), false, Path.of("results/smoke-1")))
                .hasToString("autodiffbench run campaigns/smoke.json --resume results/smoke-1");
    }

    @Test
    void aPathWithSpacesIsQuotedSoTheLineCanBePasted() {
        assertThat(new ResumeCommand(Path.of("my campaigns/a.json"), false, Path.of("/tmp/run 2")))
                .hasToString("autodiffbench run 'my campaigns/a.json' --resume '/tmp/run 2'");
    }

    @Test
    void anInterruptedRunIsToldHowToFinish() {
        assertThat(new ResumeCommand(Path.of("c.json"), false, Path.of("results/c")).afterInterrupt())
                .isEqualTo("interrupted; finish the run with: autodiffbench run c.json --resume results/c");
    }
}
