package org.autodiffbench.plugins.pytorch;

import static java.util.Map.entry;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Activation;
import java.util.Map;
import org.autodiffbench.api.UnsupportedPrimitiveException;
import org.autodiffbench.api.graph.Node;
import org.autodiffbench.api.primitives.Add;
import org.autodiffbench.api.primitives.Cos;
import org.autodiffbench.api.primitives.Div;
import org.autodiffbench.api.primitives.Dot;
import org.autodiffbench.api.primitives.Exp;
import org.autodiffbench.api.primitives.Log;
import org.autodiffbench.api.primitives.MatVec;
import org.autodiffbench.api.primitives.Mul;
import org.autodiffbench.api.primitives.Neg;
import org.autodiffbench.api.primitives.Pow;
import org.autodiffbench.api.primitives.PowConst;
import org.autodiffbench.api.primitives.Primitive;
import org.autodiffbench.api.primitives.Sigmoid;
import org.autodiffbench.api.primitives.Sin;
import org.autodiffbench.api.primitives.Sqrt;
import org.autodiffbench.api.primitives.Square;
import org.autodiffbench.api.primitives.Sub;
import org.autodiffbench.api.primitives.Sum;
import org.autodiffbench.api.primitives.Tan;
import org.autodiffbench.api.primitives.Tanh;

/**
 * The libtorch operation of each primitive. libtorch broadcasts a 0-d tensor against any
 * other, which is exactly the IR's scalar broadcast, and its autograd derivative rules are the
 * ones the IR's primitives state (for {@code pow}: ∂/∂a is 0 where the exponent is 0, ∂/∂b
 * is 0 where a = 0 and b ≥ 0). Primitives are matched by class, so a primitive from outside
 * the api that merely shares a name is refused rather than misread.
 */
final class TensorOps {

    private static final Map<Class<? extends Primitive>, TensorOp> OPS = Map.ofEntries(
            entry(Add.class, a -> a[0].add(a[1])),
            entry(Sub.class, a -> a[0].sub(a[1])),
            entry(Mul.class, a -> a[0].mul(a[1])),
            entry(Div.class, a -> a[0].div(a[1])),
            entry(Pow.class, a -> a[0].pow(a[1])),
            entry(Neg.class, a -> a[0].neg()),
            entry(Sin.class, a -> a[0].sin()),
            entry(Cos.class, a -> a[0].cos()),
            entry(Tan.class, a -> a[0].tan()),
            entry(Exp.class, a -> a[0].exp()),
            entry(Log.class, a -> a[0].log()),
            entry(Sqrt.class, a -> a[0].sqrt()),
            entry(Tanh.class, a -> a[0].tanh()),
            entry(Sigmoid.class, a -> Activation.sigmoid(a[0])),
            entry(Square.class, a -> a[0].square()),
            entry(MatVec.class, a -> a[0].matMul(a[1])),
            entry(Sum.class, a -> a[0].sum()),
            entry(Dot.class, a -> a[0].dot(a[1])));

    private TensorOps() {
    }

    /** Is there a libtorch operation for {@code primitive}? What there is not, the engine declares lacking. */
    static boolean translates(Primitive primitive) {
        return primitive instanceof PowConst || OPS.containsKey(primitive.getClass());
    }

    /**
     * The operation for {@code node}'s primitive; a constant exponent becomes a 0-d tensor made
     * once, in {@code manager}.
     *
     * @throws UnsupportedPrimitiveException for a primitive this engine cannot translate
     */
    static TensorOp of(Node node, NDManager manager) {
        Primitive primitive = node.primitive();
        if (primitive instanceof PowConst powConst) {
            NDArray exponent = manager.create(powConst.exponent());
            return a -> a[0].pow(exponent);
        }
        TensorOp op = OPS.get(primitive.getClass());
        if (op == null) {
            throw new UnsupportedPrimitiveException(PyTorchEngine.ID, primitive.name(), node.id());
        }
        return op;
    }
}
