package org.autodiffbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ErrorReporterTest {

    @Test
    void anInternalErrorIsOneLineWithoutAStackTrace() {
        StringWriter text = new StringWriter();
        int code = new ErrorReporter(false).internal(new IllegalStateException("broken\ninvariant"),
                new PrintWriter(text));
        assertThat(code).isEqualTo(3);
        assertThat(text.toString().lines().toList()).containsExactly("error: internal: "
                + "java.lang.IllegalStateException: broken invariant (set AUTODIFFBENCH_DEBUG=1 for a stack trace)");
    }

    @Test
    void debugModeAddsTheStackTrace() {
        StringWriter text = new StringWriter();
        new ErrorReporter(true).internal(new IllegalStateException("broken"), new PrintWriter(text));
        assertThat(text.toString()).startsWith("error: internal: java.lang.IllegalStateException: broken\n")
                .contains("at org.autodiffbench.harness.cli.ErrorReporterTest");
    }
}
