package org.autodiffbench.maven;

import java.io.File;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * {@code autodiffbench:campaign}: runs a campaign file as {@code autodiffbench run} does, with the
 * project's own engines and model families (its jar and runtime dependencies) beside the built-in
 * ones. Every cell is checked and timed in a JVM of its own, started as the command line starts
 * it; results.json and the report go to {@link #outputDirectory}, and a run already there is kept
 * as {@code <outputDirectory>-previous} for {@code compare}.
 */
@Mojo(name = "campaign", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class CampaignMojo extends AbstractMojo {

    /** Which campaign to run? A campaign .json (its format: campaigns/README.md of autodiff-bench). */
    @Parameter(property = "autodiffbench.campaign", required = true)
    private File campaignFile;

    /** Time with the campaign's quick settings instead of its timing? */
    @Parameter(property = "autodiffbench.quick", defaultValue = "false")
    private boolean quick;

    /** Where do the results and the report go? */
    @Parameter(property = "autodiffbench.outputDirectory", defaultValue = "${project.build.directory}/autodiffbench")
    private File outputDirectory;

    /** Finish the interrupted run in outputDirectory instead of starting a new one (same campaign and quick)? */
    @Parameter(property = "autodiffbench.resume", defaultValue = "false")
    private boolean resume;

    /** How many seconds may one cell take, agreement and timing together? Default: the campaign's budget.cellSeconds. */
    @Parameter(property = "autodiffbench.budget")
    private String budget;

    /** Which other folders of engine or model family jars to load, as --plugin-path does (PLUGINS.md)? */
    @Parameter
    private List<File> pluginPath = new ArrayList<>();

    /** Skip the campaign (and the other autodiffbench goals, which read the same property)? */
    @Parameter(property = "autodiffbench.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("autodiffbench.skip is set: no campaign");
            return;
        }
        List<String> args = arguments();
        Path out = outputDirectory.toPath();
        if (!resume) {
            try {
                if (PreviousRun.keep(out)) {
                    getLog().info("the last run is kept in " + PreviousRun.of(out) + " for compare");
                }
            } catch (IOException e) {
                throw new MojoFailureException("cannot keep the last run of " + out + " as " + PreviousRun.of(out)
                        + " (" + e.getMessage() + "); delete it or choose another outputDirectory");
            }
        }
        List<Path> engines = ProjectEngines.classPath(project, plugin.getArtifacts());
        getLog().debug("the project's engines and families come from " + engines);
        try (URLClassLoader loader = ProjectEngines.loader(engines, Thread.currentThread().getContextClassLoader())) {
            HarnessCommand.run(getLog(), loader, args);
        } catch (IOException e) {
            getLog().debug("closing the project's class loader: " + e.getMessage());
        }
    }

    /** The command line of {@code autodiffbench run}, the parameters checked first. */
    private List<String> arguments() throws MojoFailureException {
        if (!campaignFile.isFile()) {
            throw new MojoFailureException("campaignFile " + campaignFile + " is not a file; set <campaignFile> (or"
                    + " -Dautodiffbench.campaign) to a campaign .json, see campaigns/README.md of autodiff-bench");
        }
        List<String> args = new ArrayList<>(List.of("run", campaignFile.getAbsolutePath()));
        if (quick) {
            args.add("--quick");
        }
        args.add(resume ? "--resume" : "--out");
        args.add(outputDirectory.getAbsolutePath());
        if (budget != null && !budget.isBlank()) {
            args.add("--budget");
            args.add(Double.toString(seconds(budget)));
        }
        for (File folder : pluginPath) {
            if (!Files.isDirectory(folder.toPath())) {
                throw new MojoFailureException("pluginPath " + folder + " is not a folder; give folders that hold"
                        + " engine or model family jars");
            }
            args.add("--plugin-path");
            args.add(folder.getAbsolutePath());
        }
        return args;
    }

    private static double seconds(String budget) throws MojoFailureException {
        double seconds;
        try {
            seconds = Double.parseDouble(budget.strip());
        } catch (NumberFormatException e) {
            seconds = Double.NaN;
        }
        if (!(seconds > 0 && Double.isFinite(seconds))) {
            throw new MojoFailureException("budget '" + budget + "' is not a positive number of seconds; set"
                    + " <budget> (or -Dautodiffbench.budget) to the most one cell may take, e.g. 20");
        }
        return seconds;
    }
}
