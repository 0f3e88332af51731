package org.autodiffbench.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PointAssignmentTest {

    private static final List<String> X1_X2 = List.of("x1", "x2");

    @Test
    void keepsTheOrderGiven() {
        PointAssignment at = PointAssignment.parse(" x2 = 5 , x1=-2.5e-1", X1_X2);
        assertThat(at.names()).containsExactly("x2", "x1");
        assertThat(at.point()).containsExactly(5.0, -0.25);
        assertThat(at).hasToString("x2=5, x1=-0.25");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "x1=2          | --at is missing x2; give a value for every variable: x1, x2",
        "x1=2,x2=5,y=1 | --at names y, which the formula does not use; its variables are x1, x2",
        "x1=2,x2=abc   | --at x2=abc: 'abc' is not a finite number",
        "x1=2,x2=1e999 | --at x2=1e999: '1e999' is not a finite number",
        "x1=2,x2=NaN   | --at x2=NaN: 'NaN' is not a finite number",
        "x1=2,x2       | --at has entry 'x2'; give name=value pairs separated by commas",
        "x1=2,,x2=5    | --at has an empty entry",
        "x1=2,x1=3     | --at gives x1 twice",
        "=2,x2=5       | --at has entry '=2'",
    })
    void refusesBadPoints(String at, String message) {
        assertThatThrownBy(() -> PointAssignment.parse(at, X1_X2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }
}
