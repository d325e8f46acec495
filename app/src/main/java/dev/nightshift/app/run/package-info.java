/**
 * The long-running agent ({@code nightshift run}): the real adapters wired behind core's ports, a
 * tick scheduler, graceful shutdown, and the agent's account of what it cannot see.
 */
@NullMarked
package dev.nightshift.app.run;

import org.jspecify.annotations.NullMarked;
