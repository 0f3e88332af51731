package org.autodiffbench.models.ode;

import static org.autodiffbench.models.ode.OdeChainFamily.DAMPING;
import static org.autodiffbench.models.ode.OdeChainFamily.HALF_STEP;
import static org.autodiffbench.models.ode.OdeChainFamily.OMEGA0;
import static org.autodiffbench.models.ode.OdeChainFamily.PARAMETERS;
import static org.autodiffbench.models.ode.OdeChainFamily.STEP;
import static org.autodiffbench.models.ode.OdeChainFamily.STIFFNESS;
import static org.autodiffbench.models.ode.OdeChainFamily.THETA0;

import org.autodiffbench.models.ArrayLengths;
import org.autodiffbench.models.ScalarLossDerivative;

/**
 * The {@code ode-chain} loss and its gradient by the discrete adjoint of Heun's scheme: a
 * forward loop that stores the trajectory, then a backward loop that carries (θ̄, ω̄) from the
 * last step to the first and accumulates k̄ and c̄. The trajectory arrays are allocated here;
 * calls allocate nothing. Not thread-safe: one instance per thread.
 */
final class HeunAdjoint implements ScalarLossDerivative {

    private final int steps;
    private final double thetaTarget;
    private final double omegaTarget;

    /** θ_n and ω_n for n = 0 … T. */
    private final double[] theta;
    private final double[] omega;
    /** sin θ_n and sin θ̃_n for n = 0 … T − 1, kept so the backward loop computes only cosines. */
    private final double[] sinTheta;
    private final double[] sinPredicted;

    HeunAdjoint(int steps, double thetaTarget, double omegaTarget) {
        this.steps = steps;
        this.thetaTarget = thetaTarget;
        this.omegaTarget = omegaTarget;
        this.theta = new double[steps + 1];
        this.omega = new double[steps + 1];
        this.sinTheta = new double[steps];
        this.sinPredicted = new double[steps];
    }

    @Override
    public double loss(double[] x) {
        return forward(x);
    }

    @Override
    public double gradient(double[] x, double[] gradient) {
        ArrayLengths.require("gradient", gradient, PARAMETERS);
        double loss = forward(x);
        double k = x[STIFFNESS];
        double c = x[DAMPING];
        double thetaBar = theta[steps] - thetaTarget;
        double omegaBar = omega[steps] - omegaTarget;
        double kBar = 0.0;
        double cBar = 0.0;
        for (int n = steps - 1; n >= 0; n--) {
            double th = theta[n];
            double om = omega[n];
            double s1 = sinTheta[n];
            double thetaPredicted = th + STEP * om;
            double omegaPredicted = om - STEP * (k * s1 + c * om);

            // ω⁺ = ω − h/2·(g1 + g2) gives ḡ1 and ḡ2 the same share; g2 = k·sin θ̃ + c·ω̃.
            double g2Bar = -HALF_STEP * omegaBar;
            double omegaPredictedBar = HALF_STEP * thetaBar + c * g2Bar;
            double thetaPredictedBar = k * Math.cos(thetaPredicted) * g2Bar;
            kBar += g2Bar * sinPredicted[n];
            cBar += g2Bar * omegaPredicted;

            // ω̃ = ω − h·g1 and g1 = k·sin θ + c·ω.
            double g1Bar = g2Bar - STEP * omegaPredictedBar;
            kBar += g1Bar * s1;
            cBar += g1Bar * om;

            // θ⁺ = θ + h/2·(ω + ω̃) and θ̃ = θ + h·ω.
            double previousThetaBar = thetaBar + thetaPredictedBar + k * Math.cos(th) * g1Bar;
            omegaBar = omegaBar + HALF_STEP * thetaBar + omegaPredictedBar + STEP * thetaPredictedBar + c * g1Bar;
            thetaBar = previousThetaBar;
        }
        gradient[THETA0] = thetaBar;
        gradient[OMEGA0] = omegaBar;
        gradient[STIFFNESS] = kBar;
        gradient[DAMPING] = cBar;
        return loss;
    }

    /** Integrates and stores the trajectory; returns the loss. Same expressions, same order as the graph. */
    private double forward(double[] x) {
        ArrayLengths.require("x", x, PARAMETERS);
        double k = x[STIFFNESS];
        double c = x[DAMPING];
        theta[0] = x[THETA0];
        omega[0] = x[OMEGA0];
        for (int n = 0; n < steps; n++) {
            double th = theta[n];
            double om = omega[n];
            double s1 = Math.sin(th);
            double g1 = k * s1 + c * om;
            double thetaPredicted = th + STEP * om;
            double omegaPredicted = om - STEP * g1;
            double s2 = Math.sin(thetaPredicted);
            double g2 = k * s2 + c * omegaPredicted;
            theta[n + 1] = th + HALF_STEP * (om + omegaPredicted);
            omega[n + 1] = om - HALF_STEP * (g1 + g2);
            sinTheta[n] = s1;
            sinPredicted[n] = s2;
        }
        double thetaError = theta[steps] - thetaTarget;
        double omegaError = omega[steps] - omegaTarget;
        return 0.5 * (thetaError * thetaError + omegaError * omegaError);
    }
}
