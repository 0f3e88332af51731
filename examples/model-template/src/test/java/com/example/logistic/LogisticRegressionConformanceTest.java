package com.example.logistic;

import org.autodiffbench.models.ModelFamily;
import org.autodiffbench.tck.ModelFamilyConformanceTest;

/** The family conformance kit on the logistic-regression loss, at its default sizes 1, 2 and 3. */
class LogisticRegressionConformanceTest extends ModelFamilyConformanceTest {

    @Override
    protected ModelFamily family() {
        return new LogisticRegressionFamily();
    }
}
