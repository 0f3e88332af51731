package com.example.logistic;

import java.util.Arrays;
import java.util.Random;

/**
 * A fixed, seeded classification data set: m rows of n standard-normal features (row-major)
 * and labels ±1, the signs of each row times a planted weight vector.
 */
record DataSet(int samples, int features, double[] rows, double[] labels) {

    static DataSet draw(int samples, int features, long seed) {
        Random random = new Random(seed);
        double[] planted = new double[features];
        for (int j = 0; j < features; j++) {
            planted[j] = random.nextGaussian();
        }
        double[] rows = new double[samples * features];
        double[] labels = new double[samples];
        for (int i = 0; i < samples; i++) {
            double score = 0;
            for (int j = 0; j < features; j++) {
                rows[i * features + j] = random.nextGaussian();
                score += rows[i * features + j] * planted[j];
            }
            labels[i] = score >= 0 ? 1 : -1;
        }
        return new DataSet(samples, features, rows, labels);
    }

    double[] ones() {
        double[] ones = new double[samples];
        Arrays.fill(ones, 1);
        return ones;
    }
}
