/** Scoring a drill: what the agent did, compared with what the scenario expected. */
@NullMarked
package dev.nightshift.sim.score;

import org.jspecify.annotations.NullMarked;
