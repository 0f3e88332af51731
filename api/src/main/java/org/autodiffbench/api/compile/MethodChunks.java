package org.autodiffbench.api.compile;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits straight-line statements into private methods small enough for the JIT: HotSpot does not
 * compile a method of more than 8,000 bytes of bytecode. A method holds at most {@link #BUDGET}
 * characters of statements; the generated code spends fewer bytes of bytecode than characters of
 * source (an element {@code v[1234]} is 7 characters and 4 bytes, {@code Math.sin(} 9 characters
 * and a 3-byte call), which a test checks on large graphs. Values cross methods through the flat
 * arrays, which every method reads into locals first.
 */
final class MethodChunks {

    /** Characters of statements per generated method. */
    static final int BUDGET = 4000;

    private static final String LOCALS = "        final double[] v = this.v, dv = this.dv, av = this.av, x = this.x, dx = this.dx,"
            + " g = this.g, seed = this.seed, y = this.y, target = this.target;\n"
            + "        final int start = this.start, stride = this.stride;\n";

    private final StringBuilder methods = new StringBuilder();
    private int count;

    /**
     * Writes the statements as methods named after {@code prefix} and returns the statements that
     * call them in order, themselves grouped into further methods until they fit in one.
     *
     * @param parameters the methods' parameter list, e.g. {@code "int cur, int prev"}
     * @param arguments the matching argument list, e.g. {@code "cur, prev"}
     */
    List<String> split(String prefix, String parameters, String arguments, List<String> statements) {
        List<String> calls = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (String statement : statements) {
            if (body.length() > 0 && body.length() + statement.length() > BUDGET) {
                calls.add(method(prefix, parameters, arguments, body));
                body.setLength(0);
            }
            body.append("        ").append(statement).append('\n');
        }
        if (body.length() > 0) {
            calls.add(method(prefix, parameters, arguments, body));
        }
        int length = calls.stream().mapToInt(String::length).sum();
        return length > BUDGET ? split(prefix, parameters, arguments, calls) : calls;
    }

    /** Writes the statements as methods named after {@code prefix}; returns one call that runs them all, or "" for none. */
    String single(String prefix, List<String> statements) {
        List<String> calls = split(prefix, "", "", statements);
        if (calls.size() <= 1) {
            return calls.isEmpty() ? "" : calls.get(0);
        }
        StringBuilder body = new StringBuilder();
        for (String call : calls) {
            body.append("        ").append(call).append('\n');
        }
        return method(prefix, "", "", body);
    }

    private String method(String prefix, String parameters, String arguments, CharSequence body) {
        String name = prefix + (count++);
        methods.append("    private void ").append(name).append('(').append(parameters).append(") {\n")
                .append(LOCALS).append(body).append("    }\n\n");
        return name + "(" + arguments + ");";
    }

    /** The source of every method written so far. */
    String methods() {
        return methods.toString();
    }
}
