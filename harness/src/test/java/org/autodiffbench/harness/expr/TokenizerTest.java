package org.autodiffbench.harness.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void splitsAFormulaIntoTokensWithColumns() {
        List<Token> tokens = Tokenizer.tokenize("ln(x1) + 2.5e-3*x_2^.5");
        assertThat(tokens.stream().map(Token::text).collect(Collectors.toList()))
                .containsExactly("ln", "(", "x1", ")", "+", "2.5e-3", "*", "x_2", "^", ".5", "");
        assertThat(tokens.stream().map(Token::column).collect(Collectors.toList()))
                .containsExactly(1, 3, 4, 6, 8, 10, 16, 17, 20, 21, 23);
        assertThat(tokens.get(5).kind()).isEqualTo(TokenKind.NUMBER);
        assertThat(tokens.get(tokens.size() - 1).kind()).isEqualTo(TokenKind.END);
    }

    @Test
    void anExponentNeedsDigits() {
        assertThat(Tokenizer.tokenize("1E+2").get(0).text()).isEqualTo("1E+2");
        assertThatThrownBy(() -> Tokenizer.tokenize("1e+"))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("malformed number '1e+' at column 1");
        assertThatThrownBy(() -> Tokenizer.tokenize("x + ."))
                .isInstanceOf(ParseException.class).hasMessageStartingWith("malformed number '.' at column 5");
    }
}
