package org.autodiffbench.api.checkpoint;

/** The steps of a checkpointing schedule over a chain of stages. */
public enum ActionKind {
    /** Evaluate one stage without taping: its values are needed only to move on. */
    ADVANCE,
    /** Store the input of a stage (the values its predecessor computed) as a snapshot. */
    TAKE_SNAPSHOT,
    /** Bring back the stored input of a stage so the chain can be re-run from there. */
    RESTORE,
    /** Evaluate one stage keeping every value its adjoint step will read. */
    TAPED_STEP,
    /** Sweep one taped stage backwards, passing adjoints to its input. */
    ADJOINT_STEP,
    /** Release the most recent snapshot. */
    FREE_SNAPSHOT;

    /** The lower-case, hyphenated name used in listings. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
