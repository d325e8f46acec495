/**
 * The digital twin: a simulated platform behind core's ports (metrics, logs, probes, SLIs, the
 * executor) on a virtual clock, so that a drill runs the real pipeline against a scenario.
 */
@NullMarked
package dev.nightshift.sim;

import org.jspecify.annotations.NullMarked;
