package org.autodiffbench.harness.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FailuresTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space|OutOfMemoryError: Java heap space",
        "Terminating due to java.lang.OutOfMemoryError: Java heap space|OutOfMemoryError: Java heap space",
        "Caused by: java.lang.IllegalStateException: no tape|IllegalStateException: no tape",
        "java.lang.StackOverflowError|StackOverflowError",
        "Error: Could not find or load main class x|Error: Could not find or load main class x",
        "  engine said: bye  |engine said: bye"})
    void aJvmsLastLineBecomesAShortReason(String line, String reason) {
        assertThat(Failures.fromStderrLine(line)).isEqualTo(reason);
    }

    @Test
    void anExceptionIsItsSimpleNameAndOneLine() {
        assertThat(Failures.describe(new IllegalStateException("tape overflow")))
                .isEqualTo("IllegalStateException: tape overflow");
        assertThat(Failures.describe(new IllegalStateException("two\n  lines"))).isEqualTo("IllegalStateException: two lines");
        assertThat(Failures.describe(new StackOverflowError())).isEqualTo("StackOverflowError");
    }
}
