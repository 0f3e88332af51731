package org.autodiffbench.models.ode;

import java.util.Map;
import java.util.Random;
import org.autodiffbench.api.ApiVersion;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.GraphBuilder;
import org.autodiffbench.api.graph.Shape;
import org.autodiffbench.api.graph.Var;
import org.autodiffbench.models.BuiltModelInstance;
import org.autodiffbench.models.FamilyOptions;
import org.autodiffbench.models.ModelFamily;
import org.autodiffbench.models.ModelInstance;
import org.autodiffbench.models.Seeds;
import org.autodiffbench.models.SizeRange;

/**
 * T explicit steps of the damped nonlinear pendulum θ'' = −k·sin θ − c·θ', written as
 * θ' = ω, ω' = −g(θ, ω) with g = k·sin θ + c·ω, integrated by Heun's method (explicit
 * trapezoidal RK2) at the fixed step h = {@value #STEP}:
 * <pre>
 *   θ̃ = θ + h·ω,   ω̃ = ω − h·g(θ, ω)
 *   θ⁺ = θ + h/2·(ω + ω̃),   ω⁺ = ω − h/2·(g(θ, ω) + g(θ̃, ω̃))
 * </pre>
 * The loss is 0.5·((θ_T − θ*)² + (ω_T − ω*)²). The point is (θ0, ω0, k, c); the target state
 * (θ*, ω*) is data. The size is T.
 *
 * <p>Step s + 1 is stage s and the loss joins the last stage, so the stages form a chain: each
 * reads only its predecessor's state, the inputs and the constants, which are all declared before
 * the first step. θ0 is drawn from [0.5, 1.5), ω0 from [−0.5, 0.5), k from [5, 15), c from
 * [0.05, 0.5), and θ*, ω* from [−0.5, 0.5).
 */
public final class OdeChainFamily implements ModelFamily {

    public static final String ID = "ode-chain";
    /** The time step h. */
    public static final double STEP = 0.01;

    static final double HALF_STEP = STEP / 2;
    /** Positions of the parameters in the point. */
    static final int THETA0 = 0;
    static final int OMEGA0 = 1;
    static final int STIFFNESS = 2;
    static final int DAMPING = 3;
    static final int PARAMETERS = 4;

    private static final SizeRange SIZES = new SizeRange(10, 100_000, "time steps T");

    /** One state of the pendulum in the graph: angle and angular velocity. */
    private record State(Var theta, Var omega) {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int apiVersion() {
        return ApiVersion.CURRENT;
    }

    @Override
    public String description() {
        return "loss 0.5·‖(θ_T, ω_T) − target‖² after T Heun steps (h = 0.01) of the damped pendulum "
                + "θ'' = −k·sin θ − c·θ', as a function of θ0, ω0, k, c; one stage per step";
    }

    @Override
    public SizeRange sizes() {
        return SIZES;
    }

    @Override
    public ModelInstance instance(int size, Map<String, String> options, long seed) {
        SIZES.require(ID, size);
        FamilyOptions.requireKnown(this, options);
        int steps = size;
        Random data = Seeds.random(seed, "data");
        double thetaTarget = Seeds.between(data, -0.5, 0.5);
        double omegaTarget = Seeds.between(data, -0.5, 0.5);
        Random random = Seeds.random(seed, "point");
        double[] point = new double[PARAMETERS];
        point[THETA0] = Seeds.between(random, 0.5, 1.5);
        point[OMEGA0] = Seeds.between(random, -0.5, 0.5);
        point[STIFFNESS] = Seeds.between(random, 5.0, 15.0);
        point[DAMPING] = Seeds.between(random, 0.05, 0.5);
        return new BuiltModelInstance(ID, steps, graph(steps, thetaTarget, omegaTarget), point,
                () -> new HeunAdjoint(steps, thetaTarget, omegaTarget));
    }

    private static Graph graph(int steps, double thetaTarget, double omegaTarget) {
        GraphBuilder b = new GraphBuilder();
        Var theta0 = b.scalar("theta0");
        Var omega0 = b.scalar("omega0");
        Var k = b.scalar("k");
        Var c = b.scalar("c");
        Var targetTheta = b.data("thetaTarget", Shape.scalar(), thetaTarget);
        Var targetOmega = b.data("omegaTarget", Shape.scalar(), omegaTarget);
        Var h = b.constant(STEP);
        Var halfH = b.constant(HALF_STEP);
        Var half = b.constant(0.5);

        State state = new State(theta0, omega0);
        for (int s = 0; s < steps; s++) {
            if (s > 0) {
                b.nextStage();
            }
            state = heunStep(b, state, k, c, h, halfH);
        }
        Var thetaError = b.sub(state.theta(), targetTheta);
        Var omegaError = b.sub(state.omega(), targetOmega);
        Var loss = b.mul(half, b.add(b.square(thetaError), b.square(omegaError)));
        return b.output(loss).build();
    }

    /** One Heun step; {@link HeunAdjoint} evaluates the same expressions in the same order. */
    private static State heunStep(GraphBuilder b, State at, Var k, Var c, Var h, Var halfH) {
        Var theta = at.theta();
        Var omega = at.omega();
        Var g1 = b.add(b.mul(k, b.sin(theta)), b.mul(c, omega));
        Var thetaPredicted = b.add(theta, b.mul(h, omega));
        Var omegaPredicted = b.sub(omega, b.mul(h, g1));
        Var g2 = b.add(b.mul(k, b.sin(thetaPredicted)), b.mul(c, omegaPredicted));
        Var nextTheta = b.add(theta, b.mul(halfH, b.add(omega, omegaPredicted)));
        Var nextOmega = b.sub(omega, b.mul(halfH, b.add(g1, g2)));
        return new State(nextTheta, nextOmega);
    }
}
