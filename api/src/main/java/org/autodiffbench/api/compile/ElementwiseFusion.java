package org.autodiffbench.api.compile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Node;
import org.autodiffbench.api.primitives.Rearrangement;

/**
 * Loop fusion for the fused JVP: consecutive elementwise nodes of one size become one loop (or, for
 * scalars, one block) that computes each element's value and tangent in locals, and stores a node's
 * value and tangent only when something outside the group reads them: a kernel, a node of another
 * group or stage, or the caller as an output. A chain such as an RK4 step's k·h/2 + y then costs one
 * pass over its operands instead of one pass and two stores per node.
 *
 * <p>A move (slice, concat, gather, reshape) that only one group reads, directly or through other
 * such moves, is not copied: the group reads each element where the moves take it from, its loop
 * split where the sources change (concat(1, slice(y, 0, n − 1)), the shift of an ODE's right-hand
 * side, is a loop for element 0 reading 1 and one for the rest reading y[i − 1]).
 *
 * <p>Groups are found once for the whole graph, the same way the code is written: over the straight
 * ranges between stage runs and over each stage of a run, so that a run's body stores a node
 * whenever its counterpart in any stage of the run is read outside its group. Nodes that emit no
 * code (inputs, constants, unused nodes) do not break a group; a kernel node, a node with a bulk
 * kernel, or a node of another size does.
 */
final class ElementwiseFusion {

    /** The most nodes in one group, which keeps a group's loop well under a generated method's budget. */
    static final int MOST_MEMBERS = 16;
    /** The most loops one group is split into where the elements its moves read change source. */
    static final int MOST_SEGMENTS = 4;
    /** The most node statements a group's loops hold in all: its members times its loops. */
    static final int MOST_REPEATED = 2 * MOST_MEMBERS;

    private final ProgramLayout layout;
    private final Graph graph;
    private final NodeCode code;
    /** [node]: its group's first node, or -1 for a node outside every group. */
    private final int[] groupOf;
    /** [group's first node]: how many members the group has. */
    private final int[] memberCount;
    /** [node]: whether a member's value and tangent must be stored, for a run's template in any stage of the run. */
    private final boolean[] stored;
    /** [node]: for a move read in place, the group that reads it; else -1. */
    private final int[] readInPlaceBy;
    /** [node]: for a move read in place, each element's source node and element, through other such moves. */
    private final int[][] sourceNodes;
    private final int[][] sourceElements;
    /** [group's first node]: the bounds of its loops, from 0 to its size. */
    private final Map<Integer, int[]> segments = new HashMap<>();

    ElementwiseFusion(ProgramLayout layout, NodeCode code, List<StageRun> runs) {
        this.layout = layout;
        this.graph = layout.graph();
        this.code = code;
        int count = graph.nodeCount();
        groupOf = new int[count];
        Arrays.fill(groupOf, -1);
        memberCount = new int[count];
        List<int[]> ranges = ranges(runs);
        for (int[] range : ranges) {
            assignGroups(range[0], range[1]);
        }
        readInPlaceBy = new int[count];
        sourceNodes = new int[count][];
        sourceElements = new int[count][];
        findMovesReadInPlace(runs);
        boolean[] readOutside = readOutsideGroup();
        stored = readOutside.clone();
        for (StageRun run : runs) {
            int template = graph.stageStart(run.first());
            int width = graph.stageEnd(run.first()) - template;
            for (int stage = run.first() + 1; stage < run.end(); stage++) {
                int start = graph.stageStart(stage);
                for (int offset = 0; offset < width; offset++) {
                    stored[template + offset] |= readOutside[start + offset];
                }
            }
        }
    }

    /** The straight ranges between runs and every stage of every run, as the code is written. */
    private List<int[]> ranges(List<StageRun> runs) {
        List<int[]> ranges = new ArrayList<>();
        int id = 0;
        for (StageRun run : runs) {
            int runStart = graph.stageStart(run.first());
            if (id < runStart) {
                ranges.add(new int[] {id, runStart});
            }
            for (int stage = run.first(); stage < run.end(); stage++) {
                ranges.add(new int[] {graph.stageStart(stage), graph.stageEnd(stage)});
            }
            id = graph.stageEnd(run.end() - 1);
        }
        if (id < graph.nodeCount()) {
            ranges.add(new int[] {id, graph.nodeCount()});
        }
        return ranges;
    }

    private void assignGroups(int from, int to) {
        int id = from;
        while (id < to) {
            if (!fusible(id)) {
                id++;
                continue;
            }
            int size = layout.size(id);
            int members = 1;
            int next = id + 1;
            int last = id;
            while (next < to && members < MOST_MEMBERS) {
                if (emitsNothing(next)) {
                    next++;
                } else if (fusible(next) && layout.size(next) == size) {
                    members++;
                    last = next;
                    next++;
                } else {
                    break;
                }
            }
            for (int member = id; member <= last; member++) {
                if (fusible(member)) {
                    groupOf[member] = id;
                }
            }
            memberCount[id] = members;
            id = last + 1;
        }
    }

    /**
     * Decides which moves are read in place: every reader is a member of one group, or a move read in
     * place by that group, in the same stage; for a run's template, in every stage of the run; and
     * the group's loop splits into at most {@value #MOST_SEGMENTS} pieces.
     */
    private void findMovesReadInPlace(List<StageRun> runs) {
        int count = graph.nodeCount();
        int[][] users = users();
        boolean[] output = new boolean[count];
        for (int id : graph.outputs()) {
            output[id] = true;
        }
        Arrays.fill(readInPlaceBy, -1);
        for (int id = count - 1; id >= 0; id--) {
            if (isMove(id) && !output[id]) {
                readInPlaceBy[id] = readingGroup(id, users[id]);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (StageRun run : runs) {
                int template = graph.stageStart(run.first());
                for (int stage = run.first() + 1; stage < run.end(); stage++) {
                    int shift = graph.stageStart(stage) - template;
                    for (int id = template; id < graph.stageEnd(run.first()); id++) {
                        if (readInPlaceBy[id] >= 0 && readInPlaceBy[id + shift] != readInPlaceBy[id] + shift) {
                            readInPlaceBy[id] = -1;
                            changed = true;
                        }
                    }
                }
            }
            for (int id = count - 1; id >= 0; id--) {
                if (readInPlaceBy[id] >= 0 && readingGroup(id, users[id]) != readInPlaceBy[id]) {
                    readInPlaceBy[id] = -1;
                    changed = true;
                }
            }
            if (!changed) {
                changed = splitGroups(users);
            }
        }
    }

    /** [move]: the nodes that read it, once per operand slot, in node order; null for a node that is not a move. */
    private int[][] users() {
        int count = graph.nodeCount();
        int[] readers = new int[count];
        for (Node node : graph.nodes()) {
            for (int operand : node.operands()) {
                readers[operand]++;
            }
        }
        int[][] users = new int[count][];
        for (int id = 0; id < count; id++) {
            users[id] = isMove(id) ? new int[readers[id]] : null;
            readers[id] = 0;
        }
        for (Node node : graph.nodes()) {
            for (int operand : node.operands()) {
                if (users[operand] != null) {
                    users[operand][readers[operand]++] = node.id();
                }
            }
        }
        return users;
    }

    /** A node that only moves values, written as copies unless a group reads it in place. */
    private boolean isMove(int id) {
        return layout.kind(id) == StorageKind.KERNEL && graph.node(id).primitive() instanceof Rearrangement;
    }

    /** The one group that reads a move, directly or through moves it reads in place, in the move's stage; or -1. */
    private int readingGroup(int move, int[] users) {
        int group = -1;
        for (int user : users) {
            int reader = groupOf[user] >= 0 ? groupOf[user] : readInPlaceBy[user];
            if (reader < 0 || group >= 0 && reader != group
                    || graph.node(user).stage() != graph.node(move).stage()) {
                return -1;
            }
            group = reader;
        }
        return group;
    }

    /**
     * Works out each group's loops from the moves it reads in place. A group that would need more than
     * {@value #MOST_SEGMENTS} loops, or whose loops would repeat more than {@value #MOST_REPEATED}
     * node statements in all, stops reading its moves in place. Returns whether any did.
     */
    private boolean splitGroups(int[][] users) {
        segments.clear();
        Arrays.fill(sourceNodes, null);
        Arrays.fill(sourceElements, null);
        Map<Integer, TreeSet<Integer>> bounds = new HashMap<>();
        for (int id = 0; id < graph.nodeCount(); id++) {
            int group = readInPlaceBy[id];
            if (group < 0) {
                continue;
            }
            if (sourceNodes[id] == null) {
                compose(id);
            }
            TreeSet<Integer> b = bounds.computeIfAbsent(group, g -> new TreeSet<>(List.of(0, layout.size(g))));
            if (layout.size(id) != layout.size(group) || Arrays.stream(users[id]).noneMatch(u -> groupOf[u] == group)) {
                continue;
            }
            for (int k = 1; k < layout.size(id); k++) {
                if (sourceNodes[id][k] != sourceNodes[id][k - 1] || sourceElements[id][k] != sourceElements[id][k - 1] + 1
                        || layout.size(sourceNodes[id][k]) == 1) {
                    b.add(k);
                }
            }
        }
        boolean changed = false;
        for (var entry : bounds.entrySet()) {
            int group = entry.getKey();
            int loops = entry.getValue().size() - 1;
            if (loops > MOST_SEGMENTS || loops * memberCount[group] > MOST_REPEATED) {
                for (int id = 0; id < graph.nodeCount(); id++) {
                    if (readInPlaceBy[id] == group) {
                        readInPlaceBy[id] = -1;
                        changed = true;
                    }
                }
            } else {
                segments.put(group, entry.getValue().stream().mapToInt(Integer::intValue).toArray());
            }
        }
        return changed;
    }

    /** Each element's source of a move read in place, following the moves it reads in place in turn. */
    private void compose(int move) {
        Node node = graph.node(move);
        int size = layout.size(move);
        int[][] sources = ((Rearrangement) node.primitive()).elementSources(graph.operandShapes(node), size);
        sourceNodes[move] = new int[size];
        sourceElements[move] = new int[size];
        for (int k = 0; k < size; k++) {
            int from = node.operand(sources[0][k]);
            int element = sources[1][k];
            if (readInPlaceBy[from] >= 0) {
                if (sourceNodes[from] == null) {
                    compose(from);
                }
                sourceNodes[move][k] = sourceNodes[from][element];
                sourceElements[move][k] = sourceElements[from][element];
            } else {
                sourceNodes[move][k] = from;
                sourceElements[move][k] = element;
            }
        }
    }

    /** Is some node's value or tangent read outside its group: by another group or node, or as an output? */
    private boolean[] readOutsideGroup() {
        boolean[] outside = new boolean[graph.nodeCount()];
        for (int output : graph.outputs()) {
            outside[output] = true;
        }
        for (Node node : graph.nodes()) {
            for (int i = 0; i < node.operandCount(); i++) {
                int operand = node.operand(i);
                if (groupOf[operand] < 0 || groupOf[operand] != groupOf[node.id()]) {
                    outside[operand] = true;
                }
            }
        }
        return outside;
    }

    /** An elementwise node written element by element, not by a bulk kernel. */
    private boolean fusible(int id) {
        return layout.kind(id) == StorageKind.CODE && !code.hasBulkKernel(id);
    }

    private boolean emitsNothing(int id) {
        StorageKind kind = layout.kind(id);
        return kind != StorageKind.CODE && kind != StorageKind.KERNEL;
    }

    /**
     * Writes the fused primal and tangent of the nodes [from, to), one range of {@link #ranges}
     * (for a run, its template stage): a group as one loop or block, any other node as
     * {@link NodeCode#primalAndTangent} writes it.
     */
    void primalAndTangent(int from, int to, CodeNames names, List<String> out) {
        int id = from;
        while (id < to) {
            int group = groupOf[id];
            if (readInPlaceBy[id] >= 0 && names.valueArray(id) != null) {
                id++;
                continue;
            }
            if (group != id || names.valueArray(id) == null) {
                code.primalAndTangent(id, names, out);
                id++;
                continue;
            }
            int end = id + 1;
            while (end < to && (groupOf[end] == group || groupOf[end] < 0 && emitsNothing(end))) {
                end++;
            }
            out.add(group(id, end, names));
            id = end;
        }
    }

    private String group(int from, int to, CodeNames names) {
        int size = layout.size(from);
        if (size == 1) {
            return "{ " + groupBody(from, to, names, 0) + " }";
        }
        int[] bounds = segments.getOrDefault(from, new int[] {0, size});
        StringBuilder loops = new StringBuilder();
        for (int s = 0; s + 1 < bounds.length; s++) {
            loops.append(s == 0 ? "" : " ").append("for (int i = ").append(bounds[s]).append("; i < ")
                    .append(bounds[s + 1]).append("; i++) { ").append(groupBody(from, to, names, bounds[s])).append(" }");
        }
        return loops.toString();
    }

    /** One element's statements of a group, in the loop that starts at element {@code start}. */
    private String groupBody(int from, int to, CodeNames names, int start) {
        String index = layout.size(from) > 1 ? "i" : null;
        LocalNames locals = new LocalNames(names, from, start);
        StringBuilder body = new StringBuilder();
        for (int id = from; id < to; id++) {
            if (groupOf[id] != from) {
                continue;
            }
            body.append(body.length() == 0 ? "" : " ").append("double ").append(code.valueStatement(id, locals));
            boolean tangent = layout.differentiates(id);
            if (tangent) {
                body.append(" double ").append(code.tangentStatement(id, locals));
            }
            if (stored[id]) {
                body.append(' ').append(names.value(id, index)).append(" = ").append(locals.value(id, index))
                        .append(';');
                if (tangent) {
                    body.append(' ').append(names.tangent(id, index)).append(" = ")
                            .append(locals.tangent(id, index)).append(';');
                }
            }
        }
        return body.toString();
    }

    /**
     * Names that give a group's members as locals ({@code e7}, {@code de7}), a move it reads in place
     * as the element the move takes (in the loop that starts at element {@code start}), and every
     * other node as before.
     */
    private final class LocalNames implements CodeNames {

        private final CodeNames names;
        private final int group;
        private final int start;

        LocalNames(CodeNames names, int group, int start) {
            this.names = names;
            this.group = group;
            this.start = start;
        }

        @Override
        public String value(int node, String index) {
            if (groupOf[node] == group) {
                return "e" + node;
            }
            if (readInPlaceBy[node] == group) {
                return source(node, index, false);
            }
            return names.value(node, index);
        }

        @Override
        public String tangent(int node, String index) {
            if (groupOf[node] == group) {
                return "de" + node;
            }
            if (readInPlaceBy[node] == group) {
                return source(node, index, true);
            }
            return names.tangent(node, index);
        }

        /**
         * The element of a move's source that the loop reads: at the loop's element i, element
         * i − start + (the source element of the loop's first), or a broadcast move's only element.
         */
        private String source(int move, String index, boolean tangent) {
            int k = index == null ? 0 : start;
            int node = sourceNodes[move][k];
            int element = sourceElements[move][k];
            if (tangent && !graph.isActive(node)) {
                return NodeCode.ZERO;
            }
            if (layout.size(node) == 1) {
                return tangent ? names.tangent(node, null) : names.value(node, null);
            }
            String at;
            if (index == null) {
                at = String.valueOf(element);
            } else {
                int shift = element - start;
                at = shift == 0 ? index : shift > 0 ? index + " + " + shift : index + " - " + -shift;
            }
            return tangent ? CodeNames.element(names.tangentArray(node), names.tangentOffset(node), at)
                    : CodeNames.element(names.valueArray(node), names.valueOffset(node), at);
        }

        @Override
        public String valueArray(int node) {
            return names.valueArray(node);
        }

        @Override
        public String valueOffset(int node) {
            return names.valueOffset(node);
        }

        @Override
        public String tangentArray(int node) {
            return names.tangentArray(node);
        }

        @Override
        public String tangentOffset(int node) {
            return names.tangentOffset(node);
        }

        @Override
        public String adjoint(int node, String index) {
            return names.adjoint(node, index);
        }

        @Override
        public String seed(int row, String index) {
            return names.seed(row, index);
        }

        @Override
        public String kernelPrimal(int node) {
            return names.kernelPrimal(node);
        }

        @Override
        public String kernelTangent(int node) {
            return names.kernelTangent(node);
        }

        @Override
        public String kernelAdjoint(int node) {
            return names.kernelAdjoint(node);
        }
    }
}
