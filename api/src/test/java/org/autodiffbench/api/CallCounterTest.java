package org.autodiffbench.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tally engines keep during a call, and the statistics it turns into. */
class CallCounterTest {

    @Test
    void countsSweepsStagesFlopsAndThePeakOfRetainedBytes() {
        CallCounter counter = new CallCounter();
        long[] snapshots = counter.detail("snapshots");
        counter.tangentSweep();
        counter.tangentSweep();
        counter.adjointSweep();
        counter.stageEvaluations(3);
        counter.stageEvaluations(4);
        counter.flops(100);
        counter.flops(20);
        counter.retained(800);
        counter.retained(200);
        snapshots[0] += 5;

        CallStatistics s = counter.snapshot();
        assertThat(s.tangentSweeps()).isEqualTo(2);
        assertThat(s.adjointSweeps()).isEqualTo(1);
        assertThat(s.sweeps()).isEqualTo(3);
        assertThat(s.stageEvaluations()).isEqualTo(7);
        assertThat(s.flops()).isEqualTo(120);
        assertThat(s.retainedBytes()).isEqualTo(800);
        assertThat(s.details()).containsEntry("snapshots", 5L);
    }

    @Test
    void resetClearsEveryCountButKeepsTheDetailCells() {
        CallCounter counter = new CallCounter();
        long[] snapshots = counter.detail("snapshots");
        counter.adjointSweep();
        counter.retained(64);
        snapshots[0] = 9;
        CallStatistics before = counter.snapshot();

        counter.reset();

        assertThat(counter.snapshot()).isEqualTo(new CallStatistics(0, 0, 0, 0, 0, Map.of("snapshots", 0L)));
        assertThat(counter.detail("snapshots")).isSameAs(snapshots);
        assertThat(before.adjointSweeps()).isEqualTo(1);
        assertThat(before.details()).containsEntry("snapshots", 9L);
    }
}
