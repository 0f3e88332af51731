package org.autodiffbench.api.compile;

/**
 * How generated code names a node's value, tangent and adjoint, and spells the calls of a kernel
 * node: array elements in a compiled program, readable names in a printed one. An index of
 * {@code null} means the node's only (or first) element; otherwise it is the loop variable.
 */
interface CodeNames {

    String value(int node, String index);

    String tangent(int node, String index);

    /**
     * The array that holds a node's value, for a kernel call over the whole value; null when values
     * are not array elements (a printed program), and then every value is written element by element.
     */
    String valueArray(int node);

    /** The offset of a node's first element in its {@link #valueArray}. */
    String valueOffset(int node);

    /** The array that holds a node's tangent, like {@link #valueArray}. */
    String tangentArray(int node);

    /** The offset of a node's first tangent element in its {@link #tangentArray}. */
    String tangentOffset(int node);

    String adjoint(int node, String index);

    /** Element {@code row} (plus index) of the output cotangent that seeds an adjoint sweep. */
    String seed(int row, String index);

    /** The statement that runs a kernel node's primal. */
    String kernelPrimal(int node);

    /** The statement that runs a kernel node's JVP rule on the operands' tangents. */
    String kernelTangent(int node);

    /** The statement that runs a kernel node's VJP rule into the operands' adjoints. */
    String kernelAdjoint(int node);

    /** An array element: {@code array[base + index]}, with the zero parts left out. */
    static String element(String array, String base, String index) {
        if (index == null) {
            return array + "[" + base + "]";
        }
        return array + "[" + ("0".equals(base) ? index : base + " + " + index) + "]";
    }
}
