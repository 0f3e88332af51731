package org.autodiffbench.models.gradbench;

import java.util.Arrays;
import org.autodiffbench.models.ArrayLengths;
import org.autodiffbench.models.ScalarLossDerivative;

/**
 * The {@code gb-kmeans} cost and its gradient: each point P_i adds 2(C_j − P_i) to the centroid
 * C_j nearest to it (the minimum's derivative picks the one nearest), so ∂f/∂C_j =
 * 2 Σ_{i nearest j} (C_j − P_i). Along a direction Ċ the same choice gives the tangent
 * Σ_i 2 (C_j − P_i)·Ċ_j, j nearest P_i. Distances are summed directly, as the eval's reference
 * does. Calls allocate nothing.
 */
final class KmeansGradient implements ScalarLossDerivative {

    private final double[] points;
    private final int n;
    private final int d;
    private final int k;

    KmeansGradient(double[] points, int n, int d, int k) {
        KmeansFamily.requireDimensions(n, d, k);
        this.points = points;
        this.n = n;
        this.d = d;
        this.k = k;
    }

    @Override
    public double loss(double[] centroids) {
        ArrayLengths.require("centroids", centroids, k * d);
        double cost = 0;
        for (int i = 0; i < n; i++) {
            cost += distance(centroids, nearest(centroids, i), i);
        }
        return cost;
    }

    @Override
    public double gradient(double[] centroids, double[] gradient) {
        ArrayLengths.require("centroids", centroids, k * d);
        ArrayLengths.require("gradient", gradient, k * d);
        Arrays.fill(gradient, 0.0);
        double cost = 0;
        for (int i = 0; i < n; i++) {
            int j = nearest(centroids, i);
            cost += distance(centroids, j, i);
            for (int c = 0; c < d; c++) {
                gradient[j * d + c] += 2 * (centroids[j * d + c] - points[i * d + c]);
            }
        }
        return cost;
    }

    /**
     * The cost and its tangent in one pass over the points: each point's nearest centroid, chosen
     * as the cost chooses it (the first of equals, as the graph's maximum of −distances), then its
     * distance and 2 (C_j − P_i)·Ċ_j in one loop over the coordinates.
     */
    @Override
    public void jvp(double[] centroids, double[] v, double[] y, double[] yDot) {
        ArrayLengths.requireJvp("centroids", centroids, v, k * d, y, yDot, 1);
        double cost = 0;
        double tangent = 0;
        for (int i = 0; i < n; i++) {
            int j = nearest(centroids, i);
            double sum = 0;
            double slope = 0;
            for (int c = 0; c < d; c++) {
                double delta = centroids[j * d + c] - points[i * d + c];
                sum += delta * delta;
                slope += delta * v[j * d + c];
            }
            cost += sum;
            tangent += 2 * slope;
        }
        y[0] = cost;
        yDot[0] = tangent;
    }

    /** The index of the centroid nearest to point i, the first of equals. */
    private int nearest(double[] centroids, int i) {
        int best = 0;
        double bestDistance = distance(centroids, 0, i);
        for (int j = 1; j < k; j++) {
            double distance = distance(centroids, j, i);
            if (distance < bestDistance) {
                best = j;
                bestDistance = distance;
            }
        }
        return best;
    }

    private double distance(double[] centroids, int j, int i) {
        double sum = 0;
        for (int c = 0; c < d; c++) {
            double delta = centroids[j * d + c] - points[i * d + c];
            sum += delta * delta;
        }
        return sum;
    }
}
