/**
 * Drill scenarios as data: the healthy baseline, the faults injected over time, what clears them,
 * and what the agent is expected to do.
 */
@NullMarked
package dev.nightshift.sim.scenario;

import org.jspecify.annotations.NullMarked;
