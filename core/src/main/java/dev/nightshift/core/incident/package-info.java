/**
 * Incidents: one per breached SLA, the one table of legal state changes, the timeline of typed
 * events, and the stores that keep them across restarts.
 */
@NullMarked
package dev.nightshift.core.incident;

import org.jspecify.annotations.NullMarked;
