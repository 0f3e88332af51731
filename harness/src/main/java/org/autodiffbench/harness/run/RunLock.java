package org.autodiffbench.harness.run;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.autodiffbench.harness.check.Failures;

/**
 * A results directory's own lock, {@code .lock} inside it, held by the one run that writes the
 * directory from before it reads results.json until it ends. The operating system releases it
 * when that process dies, however it dies, so a killed run never blocks its resume. The file
 * says who holds it ({@code pid 1234, started 2026-01-02T03:04:05Z}) for the refusal a second
 * run gets. JMH's machine-wide lock ({@code timing.JmhLock}) is another matter.
 */
final class RunLock implements AutoCloseable {

    static final String NAME = ".lock";

    /**
     * The directories this JVM holds, with their holder's text. Asked before any channel is opened:
     * closing any channel of a locked file drops the process's lock on it (POSIX), so a second
     * attempt from this JVM must not so much as open the file.
     */
    private static final Map<Path, String> HELD_HERE = new ConcurrentHashMap<>();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes {@code dir}'s lock, which must be a folder, without waiting.
     *
     * @throws IllegalArgumentException if another run holds it, saying which, or the lock file cannot be made
     */
    static RunLock take(Path dir) {
        Path key = key(dir);
        String holder = "pid " + ProcessHandle.current().pid() + ", started " + Instant.now();
        String heldHere = HELD_HERE.putIfAbsent(key, holder);
        if (heldHere != null) {
            throw refusal(dir, heldHere);
        }
        try {
            return lock(dir, key, holder);
        } catch (RuntimeException e) {
            HELD_HERE.remove(key);
            throw e;
        }
    }

    private static RunLock lock(Path dir, Path key, String holder) {
        Path file = dir.resolve(NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            throw cannotLock(dir, e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
            if (lock != null) {
                channel.truncate(0);
                channel.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            }
        } catch (IOException | OverlappingFileLockException e) {
            closeQuietly(channel);
            throw cannotLock(dir, e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw refusal(dir, writtenHolder(file));
        }
        return new RunLock(key, channel, lock);
    }

    private static IllegalArgumentException refusal(Path dir, String holder) {
        return new IllegalArgumentException(dir + " is being written by another autodiffbench run (" + holder
                + "); wait for it or choose another directory");
    }

    private static IllegalArgumentException cannotLock(Path dir, Exception e) {
        return new IllegalArgumentException("cannot lock the results directory " + dir + " (" + Failures.describe(e)
                + "); check its permissions");
    }

    /** The folder as one name, however it was written, for the locks this JVM holds. */
    private static Path key(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir.toAbsolutePath().normalize();
        }
    }

    /** What the holder in another process wrote of itself, e.g. {@code pid 1234, started …}. */
    private static String writtenHolder(Path file) {
        try {
            String written = Files.readString(file, StandardCharsets.UTF_8).strip();
            return written.isEmpty() ? "which has not yet said its pid" : written;
        } catch (IOException e) {
            return "its pid unknown";
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases it too
        }
        closeQuietly(channel);
        HELD_HERE.remove(key);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }
}
