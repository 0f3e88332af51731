package org.autodiffbench.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input to the campaign goal fails the build with one line per problem that says what to set,
 * before anything runs: a missing campaign file, a budget that is not a positive number, a plugin
 * folder that does not exist, and (checked by the harness, in its words) an unknown engine.
 */
class CampaignParametersTest {

    @TempDir
    Path folder;

    @Test
    void aMissingCampaignFileSaysWhichParameterToSet() throws Exception {
        File missing = folder.resolve("campaign.json").toFile();
        assertThatThrownBy(() -> mojo(missing).execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("campaignFile " + missing + " is not a file; set <campaignFile> (or"
                        + " -Dautodiffbench.campaign) to a campaign .json, see campaigns/README.md of autodiff-bench");
        assertThat(folder.resolve("out")).doesNotExist();
    }

    @Test
    void aBudgetThatIsNotAPositiveNumberIsRefused() throws Exception {
        for (String budget : List.of("soon", "0", "-5", "NaN")) {
            CampaignMojo mojo = MojoFields.set(mojo(campaign("forward")), "budget", budget);
            assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                    .hasMessage("budget '" + budget + "' is not a positive number of seconds; set <budget> (or"
                            + " -Dautodiffbench.budget) to the most one cell may take, e.g. 20");
        }
    }

    @Test
    void aPluginFolderThatDoesNotExistIsRefused() throws Exception {
        File nowhere = folder.resolve("plugins").toFile();
        CampaignMojo mojo = MojoFields.set(mojo(campaign("forward")), "pluginPath", List.of(nowhere));
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("pluginPath " + nowhere + " is not a folder; give folders that hold engine or model family"
                        + " jars");
    }

    @Test
    void anUnknownEngineIsTheHarnesssOwnLineWithoutItsErrorPrefix() throws Exception {
        CampaignMojo mojo = mojo(campaign("no-such-engine"));
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("engine 1 (no-such-engine): unknown engine 'no-such-engine'; available engines: ")
                .hasMessageContaining("reverse")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("error:").doesNotContain("\n"));
        assertThat(folder.resolve("out").resolve("results.json")).doesNotExist();
    }

    private File campaign(String engine) throws Exception {
        return Files.writeString(folder.resolve("campaign.json"), """
                {"name": "parameters", "engines": [{"id": "%s"}], "models": [{"family": "scalar-example"}]}
                """.formatted(engine)).toFile();
    }

    private CampaignMojo mojo(File campaign) throws Exception {
        MavenProject project = new MavenProject();
        project.getBuild().setOutputDirectory(folder.resolve("classes").toString());
        project.setArtifacts(Set.of());
        PluginDescriptor plugin = new PluginDescriptor();
        plugin.setArtifacts(List.of());
        CampaignMojo mojo = new CampaignMojo();
        MojoFields.set(mojo, "campaignFile", campaign);
        MojoFields.set(mojo, "outputDirectory", folder.resolve("out").toFile());
        MojoFields.set(mojo, "project", project);
        MojoFields.set(mojo, "plugin", plugin);
        return mojo;
    }
}
