package org.autodiffbench.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code autodiffbench:report}: writes a campaign run's report (charts, index.html, summary.md,
 * cells.csv) from its results.json alone, as {@code autodiffbench report} does.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReportMojo extends AbstractMojo {

    /** Which run? A results directory written by the campaign goal, or its results.json. */
    @Parameter(property = "autodiffbench.results", defaultValue = "${project.build.directory}/autodiffbench")
    private File resultsDirectory;

    /** Where should the report go? Default: the report folder inside resultsDirectory. */
    @Parameter(property = "autodiffbench.reportDirectory")
    private File reportDirectory;

    /** Skip the report (and the other autodiffbench goals, which read the same property)? */
    @Parameter(property = "autodiffbench.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("autodiffbench.skip is set: no report");
            return;
        }
        List<String> args = new ArrayList<>(List.of("report", resultsDirectory.getAbsolutePath()));
        if (reportDirectory != null) {
            args.add("--out");
            args.add(reportDirectory.getAbsolutePath());
        }
        HarnessCommand.run(getLog(), Thread.currentThread().getContextClassLoader(), args);
    }
}
