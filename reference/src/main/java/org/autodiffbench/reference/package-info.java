/**
 * The reference toolkit: one copy of what everything that checks a derivative agrees on.
 *
 * <ul>
 *   <li>{@link org.autodiffbench.reference.Rho}: the agreement metric of ADBench and GradBench,
 *       ρ(a, b) = |a − b| / max(1, |a| + |b|), with one meaning for non-finite numbers;</li>
 *   <li>{@link org.autodiffbench.reference.CentralDifference},
 *       {@link org.autodiffbench.reference.RiddersDifference} and
 *       {@link org.autodiffbench.reference.FiniteDifferenceJacobian}: central finite differences
 *       of a plain {@link org.autodiffbench.reference.VectorFunction}, second order along a
 *       direction, extrapolated along a direction with an error estimate, and fourth order by
 *       columns, each with its step rule;</li>
 *   <li>{@link org.autodiffbench.reference.ReferenceInterpreter}: a graph evaluated with the
 *       primitives' own rules: node values, y = f(x), J·v and the gradient.</li>
 * </ul>
 *
 * <p>Dependencies point one way: api ← reference ← the conformance kit, the harness and the
 * tests of the other modules. It depends on api only, and on no test library: its assertion
 * helper throws {@link java.lang.AssertionError} itself.
 *
 * <p>api's own tests cannot use this module (reference depends on api, and Maven refuses the
 * cycle even at test scope). So the api tests that need ρ, finite differences or the
 * interpreter live in this module's test tree, in packages named for what they check:
 * {@code org.autodiffbench.reference.rules} holds every primitive's JVP and VJP rule against
 * central differences and against each other (its primitive cases come from api's test jar,
 * which api's own tests share), and {@code org.autodiffbench.reference.graphs} holds built
 * graphs evaluated against hand calculations, the worked example of Baydin et al. among them.
 * The tests of api that need nothing from here stay in api.
 */
package org.autodiffbench.reference;
