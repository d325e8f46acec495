/**
 * Log files behind Nightshift's log ports, for platforms without Loki: a bounded tail of a file,
 * and timestamps read from log text (also for supervisord's log tails).
 */
@NullMarked
package dev.nightshift.adapters.logs;

import org.jspecify.annotations.NullMarked;
