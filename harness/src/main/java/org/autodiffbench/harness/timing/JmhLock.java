package org.autodiffbench.harness.timing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import org.autodiffbench.harness.check.Failures;

/**
 * JMH's machine-wide lock ({@code java.io.tmpdir/jmh.lock}), held by a campaign for its whole run:
 * no other JMH run can disturb its timings, and its cells' JMH runs (started with
 * {@code -Djmh.ignoreLock=true}) never wait for it or fail on it. A campaign waits, saying so,
 * while another JMH run holds it. With {@code -Djmh.ignoreLock=true} the campaign takes no lock.
 */
public final class JmhLock implements AutoCloseable {

    /** JMH's own switch for running without its lock. */
    public static final String IGNORE_PROPERTY = "jmh.ignoreLock";

    private static final long POLL_MILLIS = 500;

    private final RandomAccessFile file;
    private final FileLock lock;

    private JmhLock(RandomAccessFile file, FileLock lock) {
        this.file = file;
        this.lock = lock;
    }

    /** Takes the lock, waiting as long as another JMH run holds it; a lock that cannot be taken at all is skipped. */
    public static JmhLock acquire(PrintWriter err) {
        if (Boolean.getBoolean(IGNORE_PROPERTY)) {
            return new JmhLock(null, null);
        }
        Path path = Path.of(System.getProperty("java.io.tmpdir"), "jmh.lock");
        boolean announced = false;
        while (true) {
            RandomAccessFile file = null;
            try {
                file = new RandomAccessFile(path.toFile(), "rw");
                path.toFile().setWritable(true, false);
                FileLock lock = file.getChannel().tryLock();
                if (lock != null) {
                    return new JmhLock(file, lock);
                }
                file.close();
            } catch (OverlappingFileLockException e) {
                closeQuietly(file);
            } catch (IOException e) {
                closeQuietly(file);
                err.println("warning: cannot take JMH's lock " + path + " (" + Failures.describe(e)
                        + "); timings may be disturbed by other JMH runs");
                err.flush();
                return new JmhLock(null, null);
            }
            if (!announced) {
                err.println("waiting for another JMH run to finish (it holds " + path + ")");
                err.flush();
                announced = true;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for JMH's lock " + path, e);
            }
        }
    }

    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException e) {
            // closing the file below releases it too
        }
        closeQuietly(file);
    }

    private static void closeQuietly(RandomAccessFile file) {
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                // nothing left to release
            }
        }
    }
}
