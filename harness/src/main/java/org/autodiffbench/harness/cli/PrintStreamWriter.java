package org.autodiffbench.harness.cli;

import java.io.PrintStream;
import java.io.Writer;
import java.nio.CharBuffer;

/** A writer onto a print stream that keeps the stream's own character encoding. */
final class PrintStreamWriter extends Writer {

    private final PrintStream stream;

    PrintStreamWriter(PrintStream stream) {
        this.stream = stream;
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        stream.append(CharBuffer.wrap(buffer, offset, length));
    }

    @Override
    public void flush() {
        stream.flush();
    }

    @Override
    public void close() {
        stream.flush();
    }
}
