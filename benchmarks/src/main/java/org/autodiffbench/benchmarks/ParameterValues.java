package org.autodiffbench.benchmarks;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Param;

/** The values a JMH run gives a state's parameter: those of {@code -p} when given, else its {@link Param} annotation's. */
final class ParameterValues {

    private ParameterValues() {
    }

    static List<String> of(Class<?> state, String parameter, Function<String, Collection<String>> overrides) {
        Collection<String> given = overrides.apply(parameter);
        if (given != null) {
            return List.copyOf(given);
        }
        try {
            return List.of(state.getField(parameter).getAnnotation(Param.class).value());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(state.getSimpleName() + " has no parameter " + parameter, e);
        }
    }
}
