package org.autodiffbench.tck;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.autodiffbench.models.ModelFamilies;
import org.autodiffbench.models.scalar.ScalarExampleFamily;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/**
 * The family kit's checks on every built-in family, at the smallest sizes of its range (and its
 * ends) with its default options. The worked example ignores its seed by design.
 */
class BuiltInFamiliesConformanceTest {

    @TestFactory
    Stream<DynamicContainer> everyBuiltInFamilyConforms() {
        return ModelFamilies.all().stream().map(family -> dynamicContainer(family.id(),
                new FamilyChecks(family, FamilyChecks.smallSizes(family.sizes()), List.of(Map.of()),
                        !family.id().equals(ScalarExampleFamily.ID)).all()));
    }
}
