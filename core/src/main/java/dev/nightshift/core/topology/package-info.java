/** The human-curated dependency tree from each SLA down to the nodes that produce it. */
@NullMarked
package dev.nightshift.core.topology;

import org.jspecify.annotations.NullMarked;
