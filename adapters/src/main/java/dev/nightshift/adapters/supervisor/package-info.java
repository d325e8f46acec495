/**
 * supervisord behind Nightshift's ports: process state for healthchecks, surgical process restarts
 * and log tails, over its XML-RPC API on HTTP or its unix socket.
 */
@NullMarked
package dev.nightshift.adapters.supervisor;

import org.jspecify.annotations.NullMarked;
