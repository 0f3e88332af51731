package org.autodiffbench.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.autodiffbench.results.ResultsFile;

/**
 * The run before the last one, kept beside the results directory as {@code <directory>-previous}:
 * {@code campaign} moves a finished or partial run there before it starts a new one, and
 * {@code compare} judges the new run against it when no baseline is named. One is kept; an older
 * one is deleted.
 */
final class PreviousRun {

    static final String SUFFIX = "-previous";

    private PreviousRun() {
    }

    /** Where the run before the one in {@code resultsDirectory} is kept. */
    static Path of(Path resultsDirectory) {
        Path absolute = resultsDirectory.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + SUFFIX);
    }

    /**
     * Moves the run in {@code resultsDirectory}, if it holds one, to {@link #of}, replacing what
     * was there; a directory without results is left alone.
     *
     * @return whether a run was moved
     */
    static boolean keep(Path resultsDirectory) throws IOException {
        if (!Files.isRegularFile(resultsDirectory.resolve(ResultsFile.NAME))) {
            return false;
        }
        Path previous = of(resultsDirectory);
        if (Files.exists(previous)) {
            try (Stream<Path> paths = Files.walk(previous)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.move(resultsDirectory, previous);
        return true;
    }
}
