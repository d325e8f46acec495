/** The closed catalog of typed fix steps and actions the agent may ever run. */
@NullMarked
package dev.nightshift.core.remediation;

import org.jspecify.annotations.NullMarked;
