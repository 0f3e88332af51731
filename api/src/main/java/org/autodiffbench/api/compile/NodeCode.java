package org.autodiffbench.api.compile;

import java.util.List;
import org.autodiffbench.api.graph.Graph;
import org.autodiffbench.api.graph.Node;
import org.autodiffbench.api.primitives.ElementwiseCode;
import org.autodiffbench.api.primitives.Rearrangement;

/**
 * The statements of one node in each direction: the primal, the tangent (ẏ = Σ ∂y/∂aᵢ · ȧᵢ) and
 * the adjoint (āᵢ += ∂y/∂aᵢ · ȳ, or = for the first contribution). An elementwise node is written
 * out with its primitive's code forms, one loop over the elements when it is not a scalar; any
 * other node is a call of its kernels. A partial of exactly 1 or −1 is written as a copy or a
 * negation, one of 0 not at all.
 */
final class NodeCode {

    static final String ONE = "1.0";
    static final String MINUS_ONE = "-1.0";
    static final String ZERO = "0.0";

    private final ProgramLayout layout;
    private final Graph graph;

    NodeCode(ProgramLayout layout) {
        this.layout = layout;
        this.graph = layout.graph();
    }

    /** The primal statements of a node (none for inputs, constants and unused nodes). */
    void primal(int id, CodeNames names, List<String> out) {
        switch (layout.kind(id)) {
            case CODE -> {
                String bulk = bulkValue(id, names);
                out.add(bulk != null ? bulk : loop(id, valueStatement(id, names)));
            }
            case KERNEL -> {
                String copies = copies(id, names, false);
                out.add(copies != null ? copies : names.kernelPrimal(id));
            }
            default -> {
            }
        }
    }

    /** The tangent statements of an active node. */
    void tangent(int id, CodeNames names, List<String> out) {
        if (!layout.differentiates(id)) {
            return;
        }
        if (layout.kind(id) == StorageKind.KERNEL) {
            String copies = copies(id, names, true);
            out.add(copies != null ? copies : names.kernelTangent(id));
            return;
        }
        out.add(loop(id, tangentStatement(id, names)));
    }

    /**
     * The copies that a node which only moves values (slice, gather, concat, reshape) makes of its
     * operands' values or tangents, written out: one statement or loop per block of consecutive
     * elements, so that small moves cost no call. Null for any other node, for names that are not
     * arrays, or for a move of more than {@value #MOST_COPIES} blocks, which its kernel makes.
     */
    private String copies(int id, CodeNames names, boolean tangents) {
        Node node = graph.node(id);
        if (!(node.primitive() instanceof Rearrangement moves) || names.valueArray(id) == null) {
            return null;
        }
        int[][] sources = moves.elementSources(graph.operandShapes(node), layout.size(id));
        String target = tangents ? names.tangentArray(id) : names.valueArray(id);
        String targetOffset = tangents ? names.tangentOffset(id) : names.valueOffset(id);
        StringBuilder s = new StringBuilder();
        int blocks = 0;
        int size = sources[0].length;
        for (int k = 0; k < size; blocks++) {
            int operand = sources[0][k];
            int first = sources[1][k];
            int length = 1;
            while (k + length < size && sources[0][k + length] == operand && sources[1][k + length] == first + length) {
                length++;
            }
            int from = node.operand(operand);
            String to = plus(targetOffset, k);
            String value;
            if (tangents && !graph.isActive(from)) {
                value = ZERO;
            } else {
                String array = tangents ? names.tangentArray(from) : names.valueArray(from);
                String offset = plus(tangents ? names.tangentOffset(from) : names.valueOffset(from), first);
                value = CodeNames.element(array, offset, length == 1 ? null : "i");
            }
            String statement = CodeNames.element(target, to, length == 1 ? null : "i") + " = " + value + ";";
            s.append(s.length() == 0 ? "" : " ")
                    .append(length == 1 ? statement : "for (int i = 0; i < " + length + "; i++) { " + statement + " }");
            k += length;
        }
        return blocks > MOST_COPIES ? null : s.toString();
    }

    /** Are the node's primal and tangent written out as copies, with no call of its kernels? */
    boolean writesCopies(int id, CodeNames names) {
        return layout.kind(id) == StorageKind.KERNEL && copies(id, names, false) != null;
    }

    /** The most blocks of copies written out for one node. */
    static final int MOST_COPIES = 32;

    /** An offset expression plus a constant. */
    private static String plus(String base, int n) {
        return n == 0 ? base : "0".equals(base) ? String.valueOf(n) : base + " + " + n;
    }

    /**
     * The primal and tangent statements of a node, for a fused JVP: an elementwise node computed
     * element by element gets one loop that writes its value and then its tangent, so that each
     * operand element is read once.
     */
    void primalAndTangent(int id, CodeNames names, List<String> out) {
        if (layout.kind(id) == StorageKind.CODE && layout.differentiates(id) && bulkValue(id, names) == null) {
            out.add(loop(id, valueStatement(id, names) + " " + tangentStatement(id, names)));
            return;
        }
        primal(id, names, out);
        tangent(id, names, out);
    }

    /**
     * The call of the primitive's bulk kernel over a whole elementwise node, or null when it has none,
     * the node is a scalar or the names are not arrays.
     */
    private String bulkValue(int id, CodeNames names) {
        if (!hasBulkKernel(id) || names.valueArray(id) == null) {
            return null;
        }
        int operand = graph.node(id).operand(0);
        return layout.code(id).bulkValue(names.valueArray(operand), names.valueOffset(operand), names.valueArray(id),
                names.valueOffset(id), layout.size(id)).orElse(null);
    }

    /** Is the node an elementwise node of more than one element whose primitive has a bulk kernel for it? */
    boolean hasBulkKernel(int id) {
        return layout.kind(id) == StorageKind.CODE && loopIndex(id) != null && graph.node(id).operandCount() == 1
                && layout.code(id).bulkValue("x", "0", "y", "0", layout.size(id)).isPresent();
    }

    /** y = f(operands) for one element (the loop's, or a scalar's only one). */
    String valueStatement(int id, CodeNames names) {
        Node node = graph.node(id);
        String index = loopIndex(id);
        return names.value(id, index) + " = " + layout.code(id).value(operandValues(node, index, names)) + ";";
    }

    /** ẏ = Σ ∂y/∂aᵢ · ȧᵢ for one element. */
    String tangentStatement(int id, CodeNames names) {
        Node node = graph.node(id);
        String index = loopIndex(id);
        String[] operands = operandValues(node, index, names);
        ElementwiseCode code = layout.code(id);
        StringBuilder sum = new StringBuilder();
        for (int i = 0; i < node.operandCount(); i++) {
            int operand = node.operand(i);
            if (!graph.isActive(operand) || layout.structuralZero(id, i)) {
                continue;
            }
            appendOperandTerm(sum, code, i, operands, names.value(id, index),
                    names.tangent(operand, operandIndex(node, i, index)));
        }
        return names.tangent(id, index) + " = " + (sum.length() == 0 ? ZERO : sum.toString()) + ";";
    }

    /** The adjoint statements of a node, as the plan decides them. */
    void adjoint(int id, AdjointPlan plan, CodeNames names, List<String> out) {
        if (!plan.live(id)) {
            return;
        }
        if (layout.kind(id) == StorageKind.KERNEL) {
            out.add(names.kernelAdjoint(id));
            return;
        }
        Node node = graph.node(id);
        String index = loopIndex(id);
        String[] operands = operandValues(node, index, names);
        ElementwiseCode code = layout.code(id);
        StringBuilder body = new StringBuilder();
        String before = "";
        for (int i = 0; i < node.operandCount(); i++) {
            if (!plan.contributes(id, i)) {
                continue;
            }
            String operandIndex = operandIndex(node, i, index);
            String target = names.adjoint(node.operand(i), operandIndex);
            boolean assign = plan.first(id, i);
            if (assign && index != null && operandIndex == null) {
                // A broadcast scalar sums every element's contribution: zero it, then accumulate.
                before += target + " = 0.0; ";
                assign = false;
            }
            StringBuilder term = new StringBuilder();
            appendOperandTerm(term, code, i, operands, names.value(id, index), names.adjoint(id, index));
            String value = term.toString();
            String statement;
            if (assign) {
                statement = target + " = " + value + ";";
            } else if (value.startsWith("-")) {
                statement = target + " -= " + value.substring(1) + ";";
            } else {
                statement = target + " += " + value + ";";
            }
            if (index == null) {
                out.add(statement);
            } else {
                body.append(body.length() == 0 ? "" : " ").append(statement);
            }
        }
        if (body.length() > 0) {
            out.add(before + loop(id, body.toString()));
        }
    }

    /**
     * Appends operand i's term, ∂y/∂aᵢ · factor (a tangent or an adjoint): for a partial that is a
     * choice, the factor where its condition holds and 0 elsewhere, never a product, which would let
     * a NaN of the branch not taken through.
     */
    private static void appendOperandTerm(StringBuilder sum, ElementwiseCode code, int i, String[] operands,
                                          String result, String factor) {
        java.util.Optional<String> choice = code.choice(i, operands);
        if (choice.isPresent()) {
            appendTerm(sum, ONE, "(" + choice.get() + " ? " + factor + " : 0.0)");
        } else {
            appendTerm(sum, code.partial(i, operands, result), factor);
        }
    }

    /** Appends {@code partial · factor} to a sum, writing a partial of ±1 as a sign. */
    private static void appendTerm(StringBuilder sum, String partial, String factor) {
        boolean negative = MINUS_ONE.equals(partial);
        String term = ONE.equals(partial) || negative ? factor : parenthesised(partial) + " * " + factor;
        if (sum.length() == 0) {
            sum.append(negative ? "-" : "").append(term);
        } else {
            sum.append(negative ? " - " : " + ").append(term);
        }
    }

    /** The expression itself when it is one name, element, literal or call; otherwise in parentheses. */
    static String parenthesised(String expression) {
        return isPrimary(expression) ? expression : "(" + expression + ")";
    }

    private static boolean isPrimary(String expression) {
        if (expression.matches("[A-Za-z_][A-Za-z0-9_.]*(\\[[^\\[\\]]*\\])?|[0-9.]+([Ee][+-]?[0-9]+)?")) {
            return true;
        }
        int open = expression.indexOf('(');
        if (open < 0 || !expression.substring(0, open).matches("([A-Za-z_][A-Za-z0-9_.]*)?")) {
            return false;
        }
        int depth = 0;
        for (int k = open; k < expression.length(); k++) {
            char c = expression.charAt(k);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0) {
                return k == expression.length() - 1;
            }
        }
        return false;
    }

    private String[] operandValues(Node node, String index, CodeNames names) {
        String[] operands = new String[node.operandCount()];
        for (int i = 0; i < operands.length; i++) {
            operands[i] = names.value(node.operand(i), operandIndex(node, i, index));
        }
        return operands;
    }

    /** The loop variable of a node with more than one element, or null for a scalar. */
    private String loopIndex(int id) {
        return layout.size(id) > 1 ? "i" : null;
    }

    /** How operand i is indexed in the node's loop: a broadcast scalar always at its only element. */
    private String operandIndex(Node node, int i, String index) {
        return index == null || layout.size(node.operand(i)) == 1 ? null : index;
    }

    private String loop(int id, String statement) {
        int size = layout.size(id);
        return size == 1 ? statement : "for (int i = 0; i < " + size + "; i++) { " + statement + " }";
    }
}
