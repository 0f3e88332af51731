package org.autodiffbench.results;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file whole or not at all: the content goes to a temporary file beside it, is checked
 * to be all there, forced to disk, and only then renamed over the old file. A reader, a run killed
 * with -9 or a full disk leaves either the old file or the new one, never a part.
 */
final class AtomicFile {

    private AtomicFile() {
    }

    /**
     * Writes {@code content} to {@code file}; on failure the old file is untouched and the temporary one gone.
     *
     * @throws ResultsWriteException naming {@code file} and what went wrong
     */
    static void write(Path file, byte[] content) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(content);
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
                if (channel.size() != content.length) {
                    throw new IOException("only " + channel.size() + " of " + content.length + " bytes reached "
                            + temporary);
                }
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            removeTemporary(temporary);
            throw ResultsWriteException.of(file, e);
        }
    }

    /** Frees the space a partial write took; something else in its place (a folder) is left alone. */
    private static void removeTemporary(Path temporary) {
        try {
            if (Files.isRegularFile(temporary, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(temporary);
            }
        } catch (IOException e) {
            // the write already failed; that is what gets reported
        }
    }
}
