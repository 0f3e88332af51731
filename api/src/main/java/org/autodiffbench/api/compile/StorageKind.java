package org.autodiffbench.api.compile;

/** Where a compiled program keeps a node's value. */
enum StorageKind {
    /** A node no output depends on: no code, no storage. */
    UNUSED,
    /** A differentiable input, read in place from the caller's point x. */
    POINT,
    /** A data input or a constant: written into the value array once, at prepare. */
    STORED,
    /** A scalar constant written into the code as an exact literal (it also has a slot, for kernels). */
    LITERAL,
    /** An elementwise node whose code is emitted: its value lives in the value array. */
    CODE,
    /** Any other node: its own kernels write its own buffers. */
    KERNEL
}
