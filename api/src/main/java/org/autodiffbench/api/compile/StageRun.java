package org.autodiffbench.api.compile;

import java.util.Set;

/**
 * Consecutive stages {@code [first, end)} that are one body shifted by a constant: a compiled
 * program emits the body once per direction, as a method of the base slots of the current and the
 * previous stage, and loops over the run.
 *
 * @param stride the slots between one stage of the run and the next
 * @param previousStageOperands the nodes of stage {@code first − 1} the body reads relative to the
 *     previous stage (the others before the run are read at their own, absolute, slots)
 * @param shiftedPoints the point inputs the template stage reads whose counterpart in the run's
 *     stage k lies {@code k · pointStride} point elements further on
 * @param pointStride the point elements between one stage's shifted point inputs and the next's
 */
record StageRun(int first, int end, int stride, Set<Integer> previousStageOperands, Set<Integer> shiftedPoints,
                int pointStride) {

    int length() {
        return end - first;
    }
}
