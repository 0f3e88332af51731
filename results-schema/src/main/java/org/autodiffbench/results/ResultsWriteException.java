package org.autodiffbench.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileStore;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A file of a run's results could not be written: a full disk, a file system gone read-only,
 * something in the way. The file it replaces, if any, is untouched. The message names the file,
 * the file system it lives on with its free space, and the reason, e.g.
 * {@code cannot write results/x/results.json on /mnt/scratch (tmpfs, 0 B free): No space left on device}.
 */
public final class ResultsWriteException extends UncheckedIOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String reason;

    /** @param reason what went wrong, e.g. {@code No space left on device} */
    public ResultsWriteException(Path file, String reason) {
        this(file, reason, new IOException(reason));
    }

    private ResultsWriteException(Path file, String reason, IOException cause) {
        super("cannot write " + file + " on " + fileSystemOf(file) + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    /** A failed write of {@code file}, with the reason the operating system gave. */
    static ResultsWriteException of(Path file, IOException cause) {
        return new ResultsWriteException(file, reasonOf(file, cause), cause);
    }

    /** The file that could not be written. */
    public Path file() {
        return file;
    }

    /** Why, as the operating system said it, e.g. {@code No space left on device}. */
    public String reason() {
        return reason;
    }

    /** The reason alone when it is about {@code file} itself, else the path it is about and the reason. */
    private static String reasonOf(Path file, IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getFile() == null || Path.of(f.getFile()).equals(file) ? f.getReason()
                    : f.getFile() + ": " + f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** {@code /mount/point (type, N free)} of the nearest existing folder, or a plain phrase when it cannot be told. */
    static String fileSystemOf(Path file) {
        Path existing = file.toAbsolutePath().getParent();
        while (existing != null && !Files.isDirectory(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return "its file system";
        }
        try {
            FileStore store = Files.getFileStore(existing);
            String described = store.toString();
            String suffix = " (" + store.name() + ")";
            String mount = described.endsWith(suffix) ? described.substring(0, described.length() - suffix.length())
                    : described;
            return mount + " (" + store.type() + ", " + bytes(store.getUsableSpace()) + " free)";
        } catch (IOException | RuntimeException e) {
            return "the file system of " + existing;
        }
    }

    /** {@code 0 B}, {@code 40 KB}, {@code 1.2 GB}: enough to see whether a disk is full. */
    static String bytes(long n) {
        String[] units = {"B", "KB", "MB", "GB", "TB"};
        double value = n;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 || value >= 10 ? String.format(Locale.ROOT, "%d %s", Math.round(value), units[unit])
                : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
