package org.autodiffbench.api;

/** An engine was asked for an operator it does not offer; it refuses rather than answer wrongly. */
public class UnsupportedOperatorException extends UnsupportedOperationException {

    private static final long serialVersionUID = 1L;

    public UnsupportedOperatorException(String engineId, Operator operator) {
        super("engine '" + engineId + "' does not offer " + operator.label()
                + "; see 'autodiffbench engines' for what each engine offers");
    }
}
