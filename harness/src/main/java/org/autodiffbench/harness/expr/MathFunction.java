package org.autodiffbench.harness.expr;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Var;

/** The functions a formula may call, each with the builder method that applies it. */
enum MathFunction {
    SIN("sin", GraphBuilder::sin),
    COS("cos", GraphBuilder::cos),
    TAN("tan", GraphBuilder::tan),
    EXP("exp", GraphBuilder::exp),
    LOG("log", GraphBuilder::log),
    /** The natural logarithm under its other name. */
    LN("ln", GraphBuilder::log),
    SQRT("sqrt", GraphBuilder::sqrt),
    TANH("tanh", GraphBuilder::tanh),
    SIGMOID("sigmoid", GraphBuilder::sigmoid),
    ABS("abs", GraphBuilder::abs),
    LOG1P("log1p", GraphBuilder::log1p),
    EXPM1("expm1", GraphBuilder::expm1),
    SOFTPLUS("softplus", GraphBuilder::softplus);

    private final String spelling;
    private final BiFunction<GraphBuilder, Var, Var> builderMethod;

    MathFunction(String spelling, BiFunction<GraphBuilder, Var, Var> builderMethod) {
        this.spelling = spelling;
        this.builderMethod = builderMethod;
    }

    String spelling() {
        return spelling;
    }

    Var apply(GraphBuilder builder, Var argument) {
        return builderMethod.apply(builder, argument);
    }

    static Optional<MathFunction> named(String name) {
        return Arrays.stream(values()).filter(f -> f.spelling.equals(name)).findFirst();
    }

    /** The spellings, comma-separated, for error messages. */
    static String known() {
        return Arrays.stream(values()).map(MathFunction::spelling).collect(Collectors.joining(", "));
    }
}
