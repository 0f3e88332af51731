package org.autodiffbench.models.gradbench;

import java.util.Arrays;
import org.autodiffbench.models.ArrayLengths;
import org.autodiffbench.models.HandDerivative;

/**
 * The {@code gb-ode} value y_{n−1}(2) and its gradient by the discrete adjoint of RK4: a forward
 * loop that stores the state before each step, then a backward loop that, step by step,
 * recomputes the stage points u2 = y + h/2·k1, u3 = y + h/2·k2, u4 = y + h·k3 and carries ȳ back
 * while x̄ accumulates. For f(y) = x ⊙ w with w = (1, y_0, …, y_{n−2}): x̄ += f̄ ⊙ w and
 * ȳ_j += x_{j+1}·f̄_{j+1}. The JVP carries the tangent ẏ beside y through every stage instead,
 * with ḟ = ẋ ⊙ w + x ⊙ ẇ. The states take (s + 1)·n doubles, allocated here; calls allocate
 * nothing. Not thread-safe.
 */
final class RungeKuttaAdjoint implements HandDerivative {

    private final int n;
    private final double h;
    /** y before step k, for k = 0 … s (the last is y(2)). */
    private final double[][] states;
    private final double[] k1;
    private final double[] k2;
    private final double[] k3;
    private final double[] k4;
    private final double[] u2;
    private final double[] u3;
    private final double[] u4;
    private final double[] yBar;
    private final double[] k1Bar;
    private final double[] k2Bar;
    private final double[] k3Bar;
    private final double[] k4Bar;
    /** The JVP's state y and its tangent, updated in place step by step. */
    private final double[] state;
    private final double[] stateDot;
    /** The JVP's stage point u2, then u3, then u4, and its tangent. */
    private final double[] point;
    private final double[] pointDot;
    /** The JVP's running k1 + 2·k2 + 2·k3 and its tangent. */
    private final double[] weighted;
    private final double[] weightedDot;

    RungeKuttaAdjoint(int n, int steps) {
        this.n = n;
        this.h = OdeFamily.step(steps);
        this.states = new double[steps + 1][n];
        this.k1 = new double[n];
        this.k2 = new double[n];
        this.k3 = new double[n];
        this.k4 = new double[n];
        this.u2 = new double[n];
        this.u3 = new double[n];
        this.u4 = new double[n];
        this.yBar = new double[n];
        this.k1Bar = new double[n];
        this.k2Bar = new double[n];
        this.k3Bar = new double[n];
        this.k4Bar = new double[n];
        this.state = new double[n];
        this.stateDot = new double[n];
        this.point = new double[n];
        this.pointDot = new double[n];
        this.weighted = new double[n];
        this.weightedDot = new double[n];
    }

    @Override
    public void value(double[] x, double[] y) {
        ArrayLengths.require("y", y, 1);
        y[0] = integrate(x);
    }

    @Override
    public double gradient(double[] x, double[] gradient) {
        ArrayLengths.require("gradient", gradient, n);
        double last = integrate(x);
        Arrays.fill(gradient, 0.0);
        Arrays.fill(yBar, 0.0);
        yBar[n - 1] = 1;
        for (int k = states.length - 2; k >= 0; k--) {
            double[] y = states[k];
            stagePoints(x, y);
            // y⁺ = y + (h·(k1 + 2·k2 + 2·k3 + k4))/6; ȳ carries over unchanged.
            for (int i = 0; i < n; i++) {
                double weightedBar = yBar[i] / 6 * h;
                k1Bar[i] = weightedBar;
                k2Bar[i] = 2 * weightedBar;
                k3Bar[i] = 2 * weightedBar;
                k4Bar[i] = weightedBar;
            }
            pullBack(x, u4, k4Bar, gradient, k3Bar, h);
            pullBack(x, u3, k3Bar, gradient, k2Bar, h / 2);
            pullBack(x, u2, k2Bar, gradient, k1Bar, h / 2);
            pullBack(x, y, k1Bar, gradient, null, 0);
        }
        return last;
    }

    /**
     * One pass per RK4 stage, each making k and its tangent and, from them, the next stage point, so
     * that no k is stored: k1 … k3 only feed the running weighted sum. y is the value's to the bit
     * (the same expressions in the same order).
     */
    @Override
    public void jvp(double[] x, double[] v, double[] y, double[] yDot) {
        ArrayLengths.requireJvp("x", x, v, n, y, yDot, 1);
        Arrays.fill(state, 0.0);
        Arrays.fill(stateDot, 0.0);
        for (int k = 0; k + 1 < states.length; k++) {
            firstStage(x, v);
            middleStage(x, v, h / 2);
            middleStage(x, v, h);
            lastStageAndUpdate(x, v);
        }
        y[0] = state[n - 1];
        yDot[0] = stateDot[n - 1];
    }

    /** k1 = f(y): the weighted sum starts at k1 and the point becomes u2 = y + h/2·k1. */
    private void firstStage(double[] x, double[] v) {
        double c = h / 2;
        weighted[0] = x[0];
        weightedDot[0] = v[0];
        point[0] = state[0] + c * x[0];
        pointDot[0] = stateDot[0] + c * v[0];
        for (int i = 1; i < n; i++) {
            double k = x[i] * state[i - 1];
            double kDot = v[i] * state[i - 1] + x[i] * stateDot[i - 1];
            weighted[i] = k;
            weightedDot[i] = kDot;
            point[i] = state[i] + c * k;
            pointDot[i] = stateDot[i] + c * kDot;
        }
    }

    /**
     * k = f(u) at the current point u (u2 or u3): the weighted sum gains 2·k and the point becomes
     * y + c·k in place, so the previous element of u, which k reads, is kept aside before its
     * overwrite.
     */
    private void middleStage(double[] x, double[] v, double c) {
        double previous = point[0];
        double previousDot = pointDot[0];
        weighted[0] = weighted[0] + 2 * x[0];
        weightedDot[0] = weightedDot[0] + 2 * v[0];
        point[0] = state[0] + c * x[0];
        pointDot[0] = stateDot[0] + c * v[0];
        for (int i = 1; i < n; i++) {
            double k = x[i] * previous;
            double kDot = v[i] * previous + x[i] * previousDot;
            previous = point[i];
            previousDot = pointDot[i];
            weighted[i] = weighted[i] + 2 * k;
            weightedDot[i] = weightedDot[i] + 2 * kDot;
            point[i] = state[i] + c * k;
            pointDot[i] = stateDot[i] + c * kDot;
        }
    }

    /** k4 = f(u4) and y⁺ = y + h·(k1 + 2·k2 + 2·k3 + k4)/6 in place. */
    private void lastStageAndUpdate(double[] x, double[] v) {
        state[0] = state[0] + h * (weighted[0] + x[0]) / 6;
        stateDot[0] = stateDot[0] + h * (weightedDot[0] + v[0]) / 6;
        for (int i = 1; i < n; i++) {
            double k = x[i] * point[i - 1];
            double kDot = v[i] * point[i - 1] + x[i] * pointDot[i - 1];
            state[i] = state[i] + h * (weighted[i] + k) / 6;
            stateDot[i] = stateDot[i] + h * (weightedDot[i] + kDot) / 6;
        }
    }

    /**
     * The adjoint of k = f(u) with u = y + c·k_previous: x̄ += k̄ ⊙ w(u), and ū (= x_{j+1}·k̄_{j+1})
     * goes to ȳ and, times c, to the previous k̄ (none for k1, whose u is y itself).
     */
    private void pullBack(double[] x, double[] u, double[] kBar, double[] xBar, double[] previousKBar, double c) {
        xBar[0] += kBar[0];
        for (int i = 1; i < n; i++) {
            xBar[i] += kBar[i] * u[i - 1];
        }
        for (int j = 0; j < n - 1; j++) {
            double uBar = x[j + 1] * kBar[j + 1];
            yBar[j] += uBar;
            if (previousKBar != null) {
                previousKBar[j] += c * uBar;
            }
        }
    }

    /** Runs every step, storing the states; returns y_{n−1}(2). Same expressions, same order as the graph. */
    private double integrate(double[] x) {
        ArrayLengths.require("x", x, n);
        Arrays.fill(states[0], 0.0);
        for (int k = 0; k + 1 < states.length; k++) {
            double[] y = states[k];
            stagePoints(x, y);
            rightHandSide(x, u4, k4);
            double[] next = states[k + 1];
            for (int i = 0; i < n; i++) {
                double weighted = k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i];
                next[i] = y[i] + h * weighted / 6;
            }
        }
        return states[states.length - 1][n - 1];
    }

    /** k1, k2, k3 and the points u2, u3, u4 of one step from y. */
    private void stagePoints(double[] x, double[] y) {
        rightHandSide(x, y, k1);
        for (int i = 0; i < n; i++) {
            u2[i] = y[i] + h / 2 * k1[i];
        }
        rightHandSide(x, u2, k2);
        for (int i = 0; i < n; i++) {
            u3[i] = y[i] + h / 2 * k2[i];
        }
        rightHandSide(x, u3, k3);
        for (int i = 0; i < n; i++) {
            u4[i] = y[i] + h * k3[i];
        }
    }

    /** f(y) = x ⊙ (1, y_0, …, y_{n−2}). */
    private void rightHandSide(double[] x, double[] y, double[] f) {
        f[0] = x[0];
        for (int i = 1; i < n; i++) {
            f[i] = x[i] * y[i - 1];
        }
    }
}
