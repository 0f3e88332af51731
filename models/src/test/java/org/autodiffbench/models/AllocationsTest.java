package org.autodiffbench.models;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AllocationsTest {

    /** Kept in a field so the allocation escapes and cannot be optimised away. */
    private double[] kept;

    @Test
    void measuresAnArrayTheWorkAllocates() {
        assertThat(Allocations.bytesAllocatedBy(() -> kept = new double[1000])).isGreaterThanOrEqualTo(8000);
        assertThat(kept).hasSize(1000);
    }
}
