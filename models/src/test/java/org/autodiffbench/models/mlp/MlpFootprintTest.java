package org.autodiffbench.models.mlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.autodiffbench.models.Allocations;
import org.autodiffbench.models.ModelFamily;
import org.autodiffbench.models.ModelFootprint;
import org.autodiffbench.models.ModelInstance;
import org.junit.jupiter.api.Test;

/**
 * The MLP families' footprints, worked out before building, against what building really takes:
 * the parameter count exactly, and the bytes within a factor of two of those the building thread
 * allocates (and never below the point's own 8 bytes per parameter).
 */
class MlpFootprintTest {

    private static void assertFootprintMatches(ModelFamily family, int size, Map<String, String> options) {
        ModelFootprint footprint = family.footprint(size, options).orElseThrow();
        ModelInstance[] built = new ModelInstance[1];
        long allocated = Allocations.bytesAllocatedBy(() -> built[0] = family.instance(size, options, 1));

        assertThat(footprint.parameters()).as("%s %d", family.id(), size).isEqualTo(built[0].parameterCount());
        assertThat(footprint.bytes()).as("%s %d: estimate vs %d allocated", family.id(), size, allocated)
                .isBetween(allocated / 2, allocated * 2)
                .isGreaterThan(8L * footprint.parameters());
    }

    @Test
    void mlpWidthFootprintsMatchTheBuiltModels() {
        for (int width : new int[] {256, 1024, 2048}) {
            assertFootprintMatches(new MlpWidthFamily(), width, Map.of());
        }
    }

    @Test
    void mlpDepthFootprintsMatchTheBuiltModels() {
        assertFootprintMatches(new MlpDepthFamily(), 4, Map.of(MlpDepthFamily.WIDTH, "512"));
        assertFootprintMatches(new MlpDepthFamily(), 64, Map.of(MlpDepthFamily.WIDTH, "128"));
        assertFootprintMatches(new MlpDepthFamily(), 512, Map.of());
    }

    @Test
    void mlpBatchFootprintsMatchTheBuiltModels() {
        assertFootprintMatches(new MlpBatchFamily(), 4096, Map.of());
        assertFootprintMatches(new MlpBatchFamily(), 65536, Map.of(MlpBatchFamily.WIDTH, "8"));
        assertFootprintMatches(new MlpBatchFamily(), 1024, Map.of(MlpBatchFamily.BATCH, "16"));
    }

    @Test
    void aFootprintRefusesWhatBuildingWouldRefuse() {
        assertThatThrownBy(() -> new MlpDepthFamily().footprint(1, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
        assertThatThrownBy(() -> new MlpWidthFamily().footprint(8, Map.of("depth", "3")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown option");
    }
}
