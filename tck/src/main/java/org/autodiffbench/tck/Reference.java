package org.autodiffbench.tck;

import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.reference.FiniteDifferenceJacobian;
import org.autodiffbench.reference.ReferenceInterpreter;

/**
 * What an engine must compute for one graph at one point: the value y and the m × n Jacobian
 * (row-major), with the ρ bounds they are held to.
 */
record Reference(String label, Graph graph, double[] point, double[] value, double[] jacobian,
                 double valueTolerance, double derivativeTolerance) {

    /** The reference interpreter's value and the fourth-order finite-difference Jacobian of it. */
    static Reference byFiniteDifferences(GraphCase graphCase, Tolerance tolerance) {
        ReferenceInterpreter f = new ReferenceInterpreter(graphCase.graph());
        double[] x = graphCase.point();
        return new Reference(graphCase.label(), graphCase.graph(), x, f.apply(x), FiniteDifferenceJacobian.of(f, x),
                tolerance.exact(), tolerance.finiteDifferences());
    }

    int n() {
        return graph.parameterCount();
    }

    int m() {
        return graph.outputSize();
    }

    /** J·v. */
    double[] jacobianTimes(double[] v) {
        double[] product = new double[m()];
        for (int i = 0; i < m(); i++) {
            for (int j = 0; j < n(); j++) {
                product[i] += jacobian[i * n() + j] * v[j];
            }
        }
        return product;
    }

    /** Jᵀ·u. */
    double[] transposeTimes(double[] u) {
        double[] product = new double[n()];
        for (int i = 0; i < m(); i++) {
            for (int j = 0; j < n(); j++) {
                product[j] += jacobian[i * n() + j] * u[i];
            }
        }
        return product;
    }
}
