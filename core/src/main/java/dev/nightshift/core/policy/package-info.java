/** The safety policy: autonomy per action class, limits, phases, freeze windows, kill switch. */
@NullMarked
package dev.nightshift.core.policy;

import org.jspecify.annotations.NullMarked;
