/**
 * The reference toolkit: one copy of what everything that checks a derivative agrees on.
 *
 * <ul>
 *   <li>{@link org.autodiffbench.reference.Rho}: the agreement metric of ADBench and GradBench,
 *       ρ(a, b) = |a − b| / max(1, |a| + |b|), with one meaning for non-finite numbers.</li>
 * </ul>
 *
 * <p>Dependencies point one way: api ← reference ← the conformance kit, the harness and the
 * tests of the other modules. It depends on api only, and on no test library: its assertion
 * helper throws {@link java.lang.AssertionError} itself.
 */
package org.autodiffbench.reference;
