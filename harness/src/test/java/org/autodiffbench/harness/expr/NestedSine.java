package org.autodiffbench.harness.expr;

/**
 * sin(sin(…sin(x)…)) nested {@code depth} deep, with its value and its derivative by the chain
 * rule worked out in a loop: d/dx sinⁿ(x) = Π cos(s_k) over s_0 = x, s_{k+1} = sin(s_k).
 */
public record NestedSine(int depth) {

    public String formula() {
        return "sin(".repeat(depth) + "x" + ")".repeat(depth);
    }

    public double value(double x) {
        double s = x;
        for (int k = 0; k < depth; k++) {
            s = Math.sin(s);
        }
        return s;
    }

    public double derivative(double x) {
        double s = x;
        double derivative = 1;
        for (int k = 0; k < depth; k++) {
            derivative *= Math.cos(s);
            s = Math.sin(s);
        }
        return derivative;
    }
}
