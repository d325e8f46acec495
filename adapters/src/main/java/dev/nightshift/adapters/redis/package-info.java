/**
 * Redis behind the healthcheck and the fixes, over one long-lived connection per instance because a
 * Redis at {@code maxclients} refuses exactly the new connection the agent would need.
 */
@NullMarked
package dev.nightshift.adapters.redis;

import org.jspecify.annotations.NullMarked;
