package org.autodiffbench.models.gradbench;

import java.util.Arrays;
import org.autodiffbench.models.ArrayLengths;
import org.autodiffbench.models.ScalarLossDerivative;

/**
 * The {@code gb-lstm} loss and its gradient by backpropagation through time. The forward loop
 * runs {@link LstmFamily}'s recurrence and stores every state, gate and prediction; the backward
 * loop goes from the last step to the first carrying h̄ and s̄, the adjoints of each layer's
 * state, and adds each step's share to the parameters' adjoints.
 *
 * <p>The derivation, per step and element (all products element-wise). The loss is
 * L = κ·Σ_t x_{t+1}·(y_t − lse_t) with κ = −1/((c − 1)·b); since ∂lse/∂y_k = p_k =
 * exp(y_k)/(Σ exp(y) + 2), ȳ = κ·(x_{t+1} − (Σ_k x_{t+1,k})·p). From y = h_top ∘ w_out + b_out:
 * w̄_out += ȳ ∘ h_top, b̄_out += ȳ, and h_top gets ȳ ∘ w_out. Then for each layer, top down, with
 * h̄ its new hidden state's adjoint (from the layer above, or the output, plus the carry from step
 * t + 1) and s̄ its new cell state's carry:
 * <pre>
 *   s̄' = s̄ + h̄ ∘ o ∘ (1 − tanh² s),   ō = h̄ ∘ tanh s
 *   f̄ = s̄' ∘ s_old,  ī = s̄' ∘ g,  ḡ = s̄' ∘ i,  and s_old's carry is s̄' ∘ f
 *   pre-activations: z_f = f̄ ∘ f(1 − f), z_i = ī ∘ i(1 − i), z_o = ō ∘ o(1 − o), z_g = ḡ ∘ (1 − g²)
 *   w̄_f += z_f ∘ u, b̄_f += z_f, w̄_o += z_o ∘ u, b̄_o += z_o, w̄_i += z_i ∘ h_old, b̄_i += z_i,
 *   w̄_c += z_g ∘ h_old, b̄_c += z_g
 *   ū = z_f ∘ w_f + z_o ∘ w_o (to the layer below's h̄),  h_old's carry is z_i ∘ w_i + z_g ∘ w_c
 * </pre>
 * and the first layer's ū gives w̄_in += ū ∘ x_t. The state the eval passes in is data, so the
 * carries left after step 0 are dropped. Buffers are allocated here; calls allocate nothing.
 * Not thread-safe: one instance per thread.
 */
final class LstmBackprop implements ScalarLossDerivative {

    private final int layers;
    private final int bits;
    private final int steps;
    private final int parameters;
    /** Offset of extra_params in the point: in_weight, then out_weight, then out_bias. */
    private final int extra;
    private final double[] initialState;
    private final double[] sequence;

    /** Hidden and cell states before step t, at [(t·l + j)·b + k], for t = 0 … c − 1. */
    private final double[] hidden;
    private final double[] cell;
    /** Gates and tanh of the new cell state of step t, layer j, at [(t·l + j)·b + k]. */
    private final double[] forget;
    private final double[] ingate;
    private final double[] outgate;
    private final double[] change;
    private final double[] tanhCell;
    /** p = exp(y)/(Σ exp(y) + 2) of step t at [t·b + k]. */
    private final double[] probability;
    private final double[] firstLayerInput;
    private final double[] hiddenBar;
    private final double[] cellBar;
    private final double[] inputBar;

    LstmBackprop(LstmInput input) {
        this.layers = input.layers();
        this.bits = input.bits();
        this.steps = input.characters() - 1;
        this.parameters = input.parameterCount();
        this.extra = 8 * layers * bits;
        this.initialState = input.state();
        this.sequence = input.sequence();
        int states = (steps + 1) * layers * bits;
        this.hidden = new double[states];
        this.cell = new double[states];
        int gates = steps * layers * bits;
        this.forget = new double[gates];
        this.ingate = new double[gates];
        this.outgate = new double[gates];
        this.change = new double[gates];
        this.tanhCell = new double[gates];
        this.probability = new double[steps * bits];
        this.firstLayerInput = new double[bits];
        this.hiddenBar = new double[layers * bits];
        this.cellBar = new double[layers * bits];
        this.inputBar = new double[bits];
    }

    @Override
    public double loss(double[] x) {
        return forward(x);
    }

    @Override
    public double gradient(double[] x, double[] gradient) {
        ArrayLengths.require("gradient", gradient, parameters);
        double loss = forward(x);
        Arrays.fill(gradient, 0.0);
        Arrays.fill(hiddenBar, 0.0);
        Arrays.fill(cellBar, 0.0);
        double scale = -1.0 / ((double) steps * bits);
        int b = bits;
        for (int t = steps - 1; t >= 0; t--) {
            int next = (t + 1) * b;
            double nextSum = 0.0;
            for (int k = 0; k < b; k++) {
                nextSum += sequence[next + k];
            }
            int top = ((t + 1) * layers + layers - 1) * b;
            for (int k = 0; k < b; k++) {
                double yBar = scale * (sequence[next + k] - nextSum * probability[t * b + k]);
                gradient[extra + b + k] += yBar * hidden[top + k];
                gradient[extra + 2 * b + k] += yBar;
                inputBar[k] = yBar * x[extra + b + k];
            }
            for (int j = layers - 1; j >= 0; j--) {
                int base = 8 * b * j;
                int old = (t * layers + j) * b;
                int gate = old;
                for (int k = 0; k < b; k++) {
                    double u = j == 0 ? sequence[t * b + k] * x[extra + k] : hidden[old + b * layers - b + k];
                    double h = hidden[old + k];
                    double f = forget[gate + k];
                    double i = ingate[gate + k];
                    double o = outgate[gate + k];
                    double g = change[gate + k];
                    double tc = tanhCell[gate + k];
                    double hBar = hiddenBar[j * b + k] + inputBar[k];
                    double sBar = cellBar[j * b + k] + hBar * o * (1 - tc * tc);
                    double zf = sBar * cell[old + k] * f * (1 - f);
                    double zi = sBar * g * i * (1 - i);
                    double zo = hBar * tc * o * (1 - o);
                    double zg = sBar * i * (1 - g * g);
                    gradient[base + k] += zf * u;
                    gradient[base + b + k] += zi * h;
                    gradient[base + 2 * b + k] += zo * u;
                    gradient[base + 3 * b + k] += zg * h;
                    gradient[base + 4 * b + k] += zf;
                    gradient[base + 5 * b + k] += zi;
                    gradient[base + 6 * b + k] += zo;
                    gradient[base + 7 * b + k] += zg;
                    inputBar[k] = zf * x[base + k] + zo * x[base + 2 * b + k];
                    hiddenBar[j * b + k] = zi * x[base + b + k] + zg * x[base + 3 * b + k];
                    cellBar[j * b + k] = sBar * f;
                }
            }
            for (int k = 0; k < b; k++) {
                gradient[extra + k] += inputBar[k] * sequence[t * b + k];
            }
        }
        return loss;
    }

    /** Runs the recurrence, storing states, gates and probabilities; returns the loss. */
    private double forward(double[] x) {
        ArrayLengths.require("x", x, parameters);
        int b = bits;
        for (int j = 0; j < layers; j++) {
            System.arraycopy(initialState, 2 * j * b, hidden, j * b, b);
            System.arraycopy(initialState, (2 * j + 1) * b, cell, j * b, b);
        }
        double total = 0.0;
        for (int t = 0; t < steps; t++) {
            for (int k = 0; k < b; k++) {
                firstLayerInput[k] = sequence[t * b + k] * x[extra + k];
            }
            for (int j = 0; j < layers; j++) {
                int base = 8 * b * j;
                int old = (t * layers + j) * b;
                int updated = old + layers * b;
                for (int k = 0; k < b; k++) {
                    double u = j == 0 ? firstLayerInput[k] : hidden[updated - b + k];
                    double h = hidden[old + k];
                    double f = sigmoid(u * x[base + k] + x[base + 4 * b + k]);
                    double i = sigmoid(h * x[base + b + k] + x[base + 5 * b + k]);
                    double o = sigmoid(u * x[base + 2 * b + k] + x[base + 6 * b + k]);
                    double g = Math.tanh(h * x[base + 3 * b + k] + x[base + 7 * b + k]);
                    double s = cell[old + k] * f + i * g;
                    double tc = Math.tanh(s);
                    cell[updated + k] = s;
                    hidden[updated + k] = o * tc;
                    forget[old + k] = f;
                    ingate[old + k] = i;
                    outgate[old + k] = o;
                    change[old + k] = g;
                    tanhCell[old + k] = tc;
                }
            }
            int top = ((t + 1) * layers + layers - 1) * b;
            double sumExp = 0.0;
            for (int k = 0; k < b; k++) {
                double y = hidden[top + k] * x[extra + b + k] + x[extra + 2 * b + k];
                probability[t * b + k] = Math.exp(y);
                sumExp += probability[t * b + k];
            }
            double normaliser = sumExp + 2;
            double lse = Math.log(normaliser);
            for (int k = 0; k < b; k++) {
                double y = hidden[top + k] * x[extra + b + k] + x[extra + 2 * b + k];
                total += sequence[(t + 1) * b + k] * (y - lse);
                probability[t * b + k] /= normaliser;
            }
        }
        return -total / ((double) steps * bits);
    }

    private static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
