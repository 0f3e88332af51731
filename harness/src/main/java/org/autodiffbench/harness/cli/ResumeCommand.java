package org.autodiffbench.harness.cli;

import java.nio.file.Path;

/**
 * The command line that finishes a run that stopped early, as the user typed the campaign:
 * {@code autodiffbench run <campaign> [--quick] --resume <dir>}. Said when the run is interrupted
 * and when its results cannot be written.
 *
 * @param campaign the campaign file as given
 * @param quick whether the run used the quick timing profile, which a resume must repeat
 * @param directory the run's results directory
 */
record ResumeCommand(Path campaign, boolean quick, Path directory) {

    /** What an interrupted run prints on its way out. */
    String afterInterrupt() {
        return "interrupted; finish the run with: " + this;
    }

    @Override
    public String toString() {
        return "autodiffbench run " + argument(campaign) + (quick ? " --quick" : "") + " --resume "
                + argument(directory);
    }

    /** A path as one shell word: quoted when it holds a space or a character the shell would read. */
    private static String argument(Path path) {
        String text = path.toString();
        return text.matches("[\\w./:@%+=,-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
    }
}
