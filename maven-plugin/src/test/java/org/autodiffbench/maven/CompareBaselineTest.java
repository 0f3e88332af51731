package org.autodiffbench.maven;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which run the gate compares with: without a baseline and without a run before (the first build,
 * or after clean) it passes; a baseline that is named but missing, or a negative threshold, fails
 * the build in one line.
 */
class CompareBaselineTest {

    @TempDir
    Path target;

    @Test
    void theFirstBuildHasNothingToCompareWithAndPasses() throws Exception {
        CompareMojo mojo = MojoFields.set(new CompareMojo(), "resultsDirectory",
                target.resolve("autodiffbench").toFile());
        MojoFields.set(mojo, "threshold", 0.1);
        assertThatCode(mojo::execute).doesNotThrowAnyException();
    }

    @Test
    void aNamedBaselineThatDoesNotExistFailsTheBuild() throws Exception {
        File release = target.resolve("baselines").resolve("1.0").toFile();
        CompareMojo mojo = MojoFields.set(new CompareMojo(), "resultsDirectory",
                target.resolve("autodiffbench").toFile());
        MojoFields.set(mojo, "baseline", release);
        MojoFields.set(mojo, "threshold", 0.1);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("baseline " + release + " does not exist; set <baseline> (or -Dautodiffbench.baseline)"
                        + " to the results directory of an earlier run, e.g. the last release's");
    }

    @Test
    void aNegativeThresholdIsRefused() throws Exception {
        CompareMojo mojo = MojoFields.set(new CompareMojo(), "resultsDirectory",
                target.resolve("autodiffbench").toFile());
        MojoFields.set(mojo, "threshold", -0.1);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("threshold -0.1 is not a fraction of 0 or more; set <threshold> (or"
                        + " -Dautodiffbench.threshold) to e.g. 0.1 for 10%");
    }
}
