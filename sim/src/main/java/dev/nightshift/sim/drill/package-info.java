/** Running a scenario: the real agent against the simulated platform on a virtual clock. */
@NullMarked
package dev.nightshift.sim.drill;

import org.jspecify.annotations.NullMarked;
