/** Business SLAs: what is promised, when it applies (time windows) and how it is measured. */
@NullMarked
package dev.nightshift.core.sla;

import org.jspecify.annotations.NullMarked;
