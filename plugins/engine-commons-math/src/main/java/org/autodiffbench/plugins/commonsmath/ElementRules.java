package org.autodiffbench.plugins.commonsmath;

import java.util.function.UnaryOperator;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.autodiffbench.api.primitives.PowConst;
import org.autodiffbench.api.primitives.Primitive;

/**
 * The primitives of the graph IR as {@link DerivativeStructure} operations, one scalar element
 * at a time. Element-wise primitives map to one operation each (sigmoid is composed as
 * 1/(1 + e⁻ˣ)); matvec, sum and dot are composed from products and sums in the sweep.
 */
final class ElementRules {

    /** An element-wise binary primitive, with either operand possibly a constant. */
    interface Binary {
        DerivativeStructure both(DerivativeStructure a, DerivativeStructure b);

        DerivativeStructure left(DerivativeStructure a, double b);

        DerivativeStructure right(double a, DerivativeStructure b);
    }

    static final Binary ADD = new Binary() {
        @Override
        public DerivativeStructure both(DerivativeStructure a, DerivativeStructure b) {
            return a.add(b);
        }

        @Override
        public DerivativeStructure left(DerivativeStructure a, double b) {
            return a.add(b);
        }

        @Override
        public DerivativeStructure right(double a, DerivativeStructure b) {
            return b.add(a);
        }
    };

    static final Binary SUB = new Binary() {
        @Override
        public DerivativeStructure both(DerivativeStructure a, DerivativeStructure b) {
            return a.subtract(b);
        }

        @Override
        public DerivativeStructure left(DerivativeStructure a, double b) {
            return a.subtract(b);
        }

        @Override
        public DerivativeStructure right(double a, DerivativeStructure b) {
            return b.negate().add(a);
        }
    };

    static final Binary MUL = new Binary() {
        @Override
        public DerivativeStructure both(DerivativeStructure a, DerivativeStructure b) {
            return a.multiply(b);
        }

        @Override
        public DerivativeStructure left(DerivativeStructure a, double b) {
            return a.multiply(b);
        }

        @Override
        public DerivativeStructure right(double a, DerivativeStructure b) {
            return b.multiply(a);
        }
    };

    static final Binary DIV = new Binary() {
        @Override
        public DerivativeStructure both(DerivativeStructure a, DerivativeStructure b) {
            return a.divide(b);
        }

        @Override
        public DerivativeStructure left(DerivativeStructure a, double b) {
            return a.divide(b);
        }

        @Override
        public DerivativeStructure right(double a, DerivativeStructure b) {
            return b.reciprocal().multiply(a);
        }
    };

    static final Binary POW = new Binary() {
        @Override
        public DerivativeStructure both(DerivativeStructure a, DerivativeStructure b) {
            return a.pow(b);
        }

        @Override
        public DerivativeStructure left(DerivativeStructure a, double b) {
            return a.pow(b);
        }

        @Override
        public DerivativeStructure right(double a, DerivativeStructure b) {
            return DerivativeStructure.pow(a, b);
        }
    };

    private ElementRules() {
    }

    /** The rule of an element-wise unary primitive, or null when it is not one. */
    static UnaryOperator<DerivativeStructure> unary(Primitive primitive) {
        return switch (primitive.name()) {
            case "neg" -> DerivativeStructure::negate;
            case "sin" -> DerivativeStructure::sin;
            case "cos" -> DerivativeStructure::cos;
            case "tan" -> DerivativeStructure::tan;
            case "exp" -> DerivativeStructure::exp;
            case "log" -> DerivativeStructure::log;
            case "sqrt" -> DerivativeStructure::sqrt;
            case "tanh" -> DerivativeStructure::tanh;
            case "sigmoid" -> x -> x.negate().exp().add(1.0).reciprocal();
            case "square" -> x -> x.multiply(x);
            case "pow_const" -> {
                double exponent = ((PowConst) primitive).exponent();
                yield x -> x.pow(exponent);
            }
            default -> null;
        };
    }

    /** The rule of an element-wise binary primitive, or null when it is not one. */
    static Binary binary(Primitive primitive) {
        return switch (primitive.name()) {
            case "add" -> ADD;
            case "sub" -> SUB;
            case "mul" -> MUL;
            case "div" -> DIV;
            case "pow" -> POW;
            default -> null;
        };
    }
}
