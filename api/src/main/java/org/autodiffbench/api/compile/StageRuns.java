package org.autodiffbench.api.compile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Node;

/**
 * Finds the maximal runs of consecutive stages that are the same body shifted by a constant
 * number of nodes and slots: at every position the same primitive with equal parameters, shape
 * and activity, and operands that are either inside the stage at the same relative position, in
 * the previous stage at the same relative position, or the same node before the run. When
 * adjoint code is generated the adjoint plan must agree too (the same nodes live, the same first
 * writes), so that one body's {@code =} and {@code +=} hold in every stage of the run.
 *
 * <p>A point input read by emitted code may differ from stage to stage if each stage's lies a
 * constant number of point elements after the previous one's. A kernel node qualifies whatever its operands: the body calls stage k's node through tables of
 * the run's kernels, operands and buffers indexed by k. Emitted code must not read a kernel node of
 * the previous stage, whose buffer is not shifted. An input read from the point belongs to one stage
 * and cannot be shifted; nor can, in a banked layout, an input or constant, which lives outside the
 * banks.
 */
final class StageRuns {

    /** A run must repeat its body at least this often to be worth a loop. */
    static final int MIN_LENGTH = 2;

    private final ProgramLayout layout;
    private final Graph graph;
    private final AdjointPlan plan;

    private StageRuns(ProgramLayout layout, AdjointPlan plan) {
        this.layout = layout;
        this.graph = layout.graph();
        this.plan = plan;
    }

    /**
     * The runs of a graph, in stage order.
     *
     * @param plan the adjoint plan when adjoint code is generated, else null
     */
    static List<StageRun> find(ProgramLayout layout, AdjointPlan plan) {
        return new StageRuns(layout, plan).find();
    }

    private List<StageRun> find() {
        List<StageRun> runs = new ArrayList<>();
        int stages = graph.stageCount();
        int first = 0;
        while (first < stages) {
            if (!isBody(first)) {
                first++;
                continue;
            }
            Reads reads = new Reads();
            int end = first + 1;
            while (end < stages) {
                Reads readsHere = reads.copy();
                if (!matches(end, first, readsHere)) {
                    break;
                }
                reads = readsHere;
                end++;
            }
            if (end - first >= MIN_LENGTH) {
                int stride = layout.stageBase(first + 1) - layout.stageBase(first);
                runs.add(new StageRun(first, end, stride, Set.copyOf(reads.previous), Set.copyOf(reads.shiftedPoints),
                        reads.pointStride));
                first = end;
            } else {
                first++;
            }
        }
        return runs;
    }

    private boolean isBody(int stage) {
        if (graph.stageStart(stage) == graph.stageEnd(stage)) {
            return false;
        }
        for (int id = graph.stageStart(stage); id < graph.stageEnd(stage); id++) {
            StorageKind kind = layout.kind(id);
            if (kind == StorageKind.POINT
                    || (layout.banks() > 0 && ProgramLayout.isGlobal(graph.node(id)))) {
                return false;
            }
        }
        return true;
    }

    /** Is stage j the template stage t shifted? Records how the template's operands are read. */
    private boolean matches(int j, int t, Reads reads) {
        int length = graph.stageEnd(t) - graph.stageStart(t);
        if (graph.stageEnd(j) - graph.stageStart(j) != length
                || layout.stageWidth(j) != layout.stageWidth(t)) {
            return false;
        }
        for (int p = 0; p < length; p++) {
            Node nj = graph.node(graph.stageStart(j) + p);
            Node nt = graph.node(graph.stageStart(t) + p);
            if (!alike(nj, nt, j, t)) {
                return false;
            }
            if (layout.kind(nt.id()) == StorageKind.KERNEL) {
                if (!samePointOperands(nj, nt)) {
                    return false;
                }
                continue;
            }
            for (int i = 0; i < nt.operandCount(); i++) {
                if (!operandMatches(nj.operand(i), nt.operand(i), j, t, reads)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean alike(Node nj, Node nt, int j, int t) {
        int a = nj.id();
        int b = nt.id();
        if (layout.kind(a) != layout.kind(b) || !Objects.equals(nj.primitive(), nt.primitive())
                || !nj.shape().equals(nt.shape()) || nj.operandCount() != nt.operandCount()
                || graph.isActive(a) != graph.isActive(b)) {
            return false;
        }
        if (layout.slot(a) >= 0 && layout.slot(a) - layout.stageBase(j) != layout.slot(b) - layout.stageBase(t)) {
            return false;
        }
        if (plan == null) {
            return true;
        }
        if (plan.live(a) != plan.live(b)) {
            return false;
        }
        for (int i = 0; i < nt.operandCount(); i++) {
            if (plan.contributes(a, i) != plan.contributes(b, i)
                    || (plan.contributes(a, i) && plan.first(a, i) != plan.first(b, i))) {
                return false;
            }
        }
        return true;
    }

    /** Do two kernel nodes read the point at the same operands, whose tables a call rebinds? */
    private boolean samePointOperands(Node nj, Node nt) {
        for (int i = 0; i < nt.operandCount(); i++) {
            if ((layout.kind(nj.operand(i)) == StorageKind.POINT) != (layout.kind(nt.operand(i)) == StorageKind.POINT)) {
                return false;
            }
        }
        return true;
    }

    private boolean operandMatches(int oj, int ot, int j, int t, Reads reads) {
        if (ot >= graph.stageStart(t)) {
            return oj - graph.stageStart(j) == ot - graph.stageStart(t);
        }
        if (oj == ot) {
            reads.absolute.add(ot);
            return !reads.previous.contains(ot) && !reads.shiftedPoints.contains(ot);
        }
        if (layout.kind(oj) == StorageKind.POINT && layout.kind(ot) == StorageKind.POINT) {
            return shiftedPointMatches(oj, ot, j, t, reads);
        }
        boolean inPrevious = t >= 1 && ot >= graph.stageStart(t - 1)
                && oj >= graph.stageStart(j - 1) && oj < graph.stageStart(j)
                && oj - graph.stageStart(j - 1) == ot - graph.stageStart(t - 1);
        if (!inPrevious || !inValueArray(oj) || !inValueArray(ot)
                || layout.slot(oj) - layout.stageBase(j - 1) != layout.slot(ot) - layout.stageBase(t - 1)) {
            return false;
        }
        reads.previous.add(ot);
        return !reads.absolute.contains(ot);
    }

    /**
     * Does stage j read, where the template t reads the point input ot, the point input oj that lies
     * (j − t) point strides further on, as each layer of a deep network reads its own bias?
     */
    private boolean shiftedPointMatches(int oj, int ot, int j, int t, Reads reads) {
        int shift = graph.pointOffset(oj) - graph.pointOffset(ot);
        if (reads.pointStride == 0 && j == t + 1) {
            reads.pointStride = shift;
        }
        if (shift == 0 || shift != (j - t) * reads.pointStride || layout.size(oj) != layout.size(ot)) {
            return false;
        }
        reads.shiftedPoints.add(ot);
        return !reads.absolute.contains(ot);
    }

    /** How a run's body reads the nodes before its template stage, as found so far. */
    private static final class Reads {
        /** Read relative to the previous stage's base. */
        final Set<Integer> previous = new HashSet<>();
        /** Read at their own slots, the same node in every stage. */
        final Set<Integer> absolute = new HashSet<>();
        /** Point inputs read pointStride elements further on in each stage. */
        final Set<Integer> shiftedPoints = new HashSet<>();
        int pointStride;

        Reads copy() {
            Reads copy = new Reads();
            copy.previous.addAll(previous);
            copy.absolute.addAll(absolute);
            copy.shiftedPoints.addAll(shiftedPoints);
            copy.pointStride = pointStride;
            return copy;
        }
    }

    private boolean inValueArray(int node) {
        return layout.kind(node) == StorageKind.CODE || layout.kind(node) == StorageKind.STORED;
    }
}
