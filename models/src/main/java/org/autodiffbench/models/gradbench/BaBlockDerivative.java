package org.autodiffbench.models.gradbench;

import static org.autodiffbench.models.gradbench.BaInput.CAMERA;

import java.util.Arrays;
import org.autodiffbench.models.ArrayLengths;
import org.autodiffbench.models.HandDerivative;

/**
 * One observation block of bundle adjustment written by hand: its three outputs, the weighted
 * reprojection error w·(proj − feat) and the weight error 1 − w², and their 3 × 15 Jacobian with
 * respect to the camera (columns 0–10), the point (11–13) and the weight (14).
 *
 * <p>The chain: X₀ = X − C; X_c = R(r)·X₀ (Rodrigues); p = (X_c,0, X_c,1)/X_c,2; q = p·L with
 * L = 1 + k1·|p|² + k2·|p|⁴; proj = f·q + (u0, v0). With A = w·f·(∂q/∂p)·(∂p/∂X_c), the rotation
 * columns are A·∂X_c/∂r, the point columns A·R and the centre columns −A·R. For θ = |r| > 0,
 * with u = r/θ, c = cos θ, s = sin θ and d = u·X₀,
 * R = c·I + s·[u]× + (1 − c)·u·uᵀ and
 * ∂X_c/∂r = a·uᵀ + (B − (s·(u × X₀) + 2(1 − c)·d·u)·uᵀ)/θ, where a = ∂X_c/∂θ =
 * −s·X₀ + c·(u × X₀) + s·d·u and B = ∂X_c/∂u = −s·[X₀]× + (1 − c)·(u·X₀ᵀ + d·I). At r = 0 the
 * rotation is X₀ + r × X₀, as in GradBench's reference, so R = I + [r]× and ∂X_c/∂r = −[X₀]×.
 * The JVP instead carries each quantity's tangent along the same chain, from θ̇ = r·ṙ/θ on.
 * Buffers are allocated here; calls allocate nothing. Not thread-safe: one instance per thread.
 */
final class BaBlockDerivative implements HandDerivative {

    static final int OUTPUTS = 3;

    private final double featX;
    private final double featY;
    private final double[] centred = new double[3];
    private final double[] rotated = new double[3];
    /** The tangents of X₀ and X_c, for the JVP. */
    private final double[] centredDot = new double[3];
    private final double[] rotatedDot = new double[3];
    private final double[] unit = new double[3];
    private final double[] projected = new double[2];
    /** ∂X_c/∂r and ∂X_c/∂X₀ (= R), 3 × 3 row-major. */
    private final double[] byRotation = new double[9];
    private final double[] byPoint = new double[9];
    /** A, 2 × 3 row-major. */
    private final double[] chain = new double[6];

    BaBlockDerivative(double[] feat) {
        this.featX = feat[0];
        this.featY = feat[1];
    }

    /** X_c = R(rot)·pt, as GradBench's reference computes it (the first-order form at rot = 0). */
    static void rotate(double[] rot, double[] pt, double[] out) {
        double sq = rot[0] * rot[0] + rot[1] * rot[1] + rot[2] * rot[2];
        if (sq == 0) {
            for (int i = 0; i < 3; i++) {
                out[i] = pt[i] + cross(rot, pt, i);
            }
            return;
        }
        double theta = Math.sqrt(sq);
        double c = Math.cos(theta);
        double s = Math.sin(theta);
        double d = (rot[0] * pt[0] + rot[1] * pt[1] + rot[2] * pt[2]) / theta;
        for (int i = 0; i < 3; i++) {
            out[i] = pt[i] * c + cross(rot, pt, i) / theta * s + rot[i] / theta * d * (1 - c);
        }
    }

    @Override
    public void value(double[] x, double[] y) {
        ArrayLengths.require("x", x, BaProblem.BLOCK);
        ArrayLengths.require("y", y, OUTPUTS);
        centre(x);
        rotate(x, centred, rotated);
        double z = rotated[2];
        double px = rotated[0] / z;
        double py = rotated[1] / z;
        double rsq = px * px + py * py;
        double distortion = 1 + x[9] * rsq + x[10] * rsq * rsq;
        double w = x[CAMERA + 3];
        y[0] = w * (px * distortion * x[6] + x[7] - featX);
        y[1] = w * (py * distortion * x[6] + x[8] - featY);
        y[2] = 1 - w * w;
    }

    @Override
    public void jacobian(double[] x, double[] y, double[] jacobian) {
        ArrayLengths.require("jacobian", jacobian, OUTPUTS * BaProblem.BLOCK);
        value(x, y);
        rotationDerivatives(x);
        double z = rotated[2];
        double[] p = projected;
        p[0] = rotated[0] / z;
        p[1] = rotated[1] / z;
        double rsq = p[0] * p[0] + p[1] * p[1];
        double distortion = 1 + x[9] * rsq + x[10] * rsq * rsq;
        double slope = 2 * (x[9] + 2 * x[10] * rsq);
        double f = x[6];
        double w = x[CAMERA + 3];
        for (int i = 0; i < 2; i++) {
            // A[i][·] = w·f·Σ_j ∂q_i/∂p_j · ∂p_j/∂X_c, with ∂p_j/∂X_c = (e_j − p_j·e_2)/z.
            for (int l = 0; l < 3; l++) {
                double sum = 0;
                for (int j = 0; j < 2; j++) {
                    double dq = (i == j ? distortion : 0) + slope * p[i] * p[j];
                    double dp = ((l == j ? 1 : 0) - (l == 2 ? p[j] : 0)) / z;
                    sum += dq * dp;
                }
                chain[3 * i + l] = w * f * sum;
            }
        }
        Arrays.fill(jacobian, 0);
        for (int i = 0; i < 2; i++) {
            int row = i * BaProblem.BLOCK;
            for (int j = 0; j < 3; j++) {
                double rotation = 0;
                double point = 0;
                for (int l = 0; l < 3; l++) {
                    rotation += chain[3 * i + l] * byRotation[3 * l + j];
                    point += chain[3 * i + l] * byPoint[3 * l + j];
                }
                jacobian[row + j] = rotation;
                jacobian[row + 3 + j] = -point;
                jacobian[row + CAMERA + j] = point;
            }
            double q = p[i] * distortion;
            jacobian[row + 6] = w * q;
            jacobian[row + 7 + i] = w;
            jacobian[row + 9] = w * f * p[i] * rsq;
            jacobian[row + 10] = w * f * p[i] * rsq * rsq;
            jacobian[row + CAMERA + 3] = f * q + x[7 + i] - (i == 0 ? featX : featY);
        }
        jacobian[2 * BaProblem.BLOCK + CAMERA + 3] = -2 * w;
    }

    /** The three outputs and their tangent along v, the chain above swept once forward. */
    @Override
    public void jvp(double[] x, double[] v, double[] y, double[] yDot) {
        ArrayLengths.requireJvp("x", x, v, BaProblem.BLOCK, y, yDot, OUTPUTS);
        centre(x);
        for (int i = 0; i < 3; i++) {
            centredDot[i] = v[CAMERA + i] - v[3 + i];
        }
        rotateWithTangent(x, v);
        double z = rotated[2];
        double zDot = rotatedDot[2];
        double px = rotated[0] / z;
        double py = rotated[1] / z;
        double pxDot = (rotatedDot[0] - px * zDot) / z;
        double pyDot = (rotatedDot[1] - py * zDot) / z;
        double rsq = px * px + py * py;
        double rsqDot = 2 * (px * pxDot + py * pyDot);
        double distortion = 1 + x[9] * rsq + x[10] * rsq * rsq;
        double distortionDot = v[9] * rsq + x[9] * rsqDot + v[10] * rsq * rsq + 2 * x[10] * rsq * rsqDot;
        double f = x[6];
        double fDot = v[6];
        double w = x[CAMERA + 3];
        double wDot = v[CAMERA + 3];
        double errorX = px * distortion * f + x[7] - featX;
        double errorY = py * distortion * f + x[8] - featY;
        y[0] = w * errorX;
        y[1] = w * errorY;
        y[2] = 1 - w * w;
        yDot[0] = wDot * errorX + w * ((pxDot * distortion + px * distortionDot) * f + px * distortion * fDot + v[7]);
        yDot[1] = wDot * errorY + w * ((pyDot * distortion + py * distortionDot) * f + py * distortion * fDot + v[8]);
        yDot[2] = -2 * w * wDot;
    }

    /**
     * {@link #rotate} of {@link #centred} into {@link #rotated}, the same expressions, and beside
     * it the tangent into {@link #rotatedDot}: with u = r/θ and e = (r × X₀)/θ, u̇ = (ṙ − u·θ̇)/θ,
     * ė = (ṙ × X₀ + r × Ẋ₀ − e·θ̇)/θ and, for d = r·X₀/θ, ḋ = (ṙ·X₀ + r·Ẋ₀ − d·θ̇)/θ.
     */
    private void rotateWithTangent(double[] r, double[] rDot) {
        double[] pt = centred;
        double[] ptDot = centredDot;
        double sq = r[0] * r[0] + r[1] * r[1] + r[2] * r[2];
        if (sq == 0) {
            for (int i = 0; i < 3; i++) {
                rotated[i] = pt[i] + cross(r, pt, i);
                rotatedDot[i] = ptDot[i] + cross(rDot, pt, i) + cross(r, ptDot, i);
            }
            return;
        }
        double theta = Math.sqrt(sq);
        double c = Math.cos(theta);
        double s = Math.sin(theta);
        double d = (r[0] * pt[0] + r[1] * pt[1] + r[2] * pt[2]) / theta;
        double thetaDot = (r[0] * rDot[0] + r[1] * rDot[1] + r[2] * rDot[2]) / theta;
        double cDot = -s * thetaDot;
        double sDot = c * thetaDot;
        double dDot = (rDot[0] * pt[0] + rDot[1] * pt[1] + rDot[2] * pt[2]
                + r[0] * ptDot[0] + r[1] * ptDot[1] + r[2] * ptDot[2] - d * thetaDot) / theta;
        for (int i = 0; i < 3; i++) {
            double e = cross(r, pt, i) / theta;
            double eDot = (cross(rDot, pt, i) + cross(r, ptDot, i) - e * thetaDot) / theta;
            double u = r[i] / theta;
            double uDot = (rDot[i] - u * thetaDot) / theta;
            rotated[i] = pt[i] * c + e * s + u * d * (1 - c);
            rotatedDot[i] = ptDot[i] * c + pt[i] * cDot + eDot * s + e * sDot
                    + (uDot * d + u * dDot) * (1 - c) - u * d * cDot;
        }
    }

    private void centre(double[] x) {
        for (int i = 0; i < 3; i++) {
            centred[i] = x[CAMERA + i] - x[3 + i];
        }
    }

    /** Fills {@link #byRotation} and {@link #byPoint} at the block's rotation (x[0..2]) and {@link #centred}. */
    private void rotationDerivatives(double[] r) {
        double sq = r[0] * r[0] + r[1] * r[1] + r[2] * r[2];
        if (sq == 0) {
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    byRotation[3 * i + j] = -crossMatrix(centred, i, j);
                    byPoint[3 * i + j] = (i == j ? 1 : 0) + crossMatrix(r, i, j);
                }
            }
            return;
        }
        double theta = Math.sqrt(sq);
        double c = Math.cos(theta);
        double s = Math.sin(theta);
        double[] u = unit;
        for (int i = 0; i < 3; i++) {
            u[i] = r[i] / theta;
        }
        double d = u[0] * centred[0] + u[1] * centred[1] + u[2] * centred[2];
        for (int i = 0; i < 3; i++) {
            double uCross = cross(u, centred, i);
            double a = -s * centred[i] + c * uCross + s * d * u[i];
            double bu = s * uCross + 2 * (1 - c) * d * u[i];
            for (int j = 0; j < 3; j++) {
                double identity = i == j ? 1 : 0;
                double b = -s * crossMatrix(centred, i, j) + (1 - c) * (u[i] * centred[j] + d * identity);
                byRotation[3 * i + j] = a * u[j] + (b - bu * u[j]) / theta;
                byPoint[3 * i + j] = c * identity + s * crossMatrix(u, i, j) + (1 - c) * u[i] * u[j];
            }
        }
    }

    /** Entry i of a × b. */
    private static double cross(double[] a, double[] b, int i) {
        int j = (i + 1) % 3;
        int k = (i + 2) % 3;
        return a[j] * b[k] - a[k] * b[j];
    }

    /** Entry (i, j) of [v]×, the matrix with [v]×·b = v × b. */
    private static double crossMatrix(double[] v, int i, int j) {
        if (i == j) {
            return 0;
        }
        // [v]× = [[0, −v2, v1], [v2, 0, −v0], [−v1, v0, 0]]: the entry above the diagonal's cycle is −v_k.
        int k = 3 - i - j;
        return j == (i + 1) % 3 ? -v[k] : v[k];
    }
}
