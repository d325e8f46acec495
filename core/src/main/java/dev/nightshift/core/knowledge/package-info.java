/** Known errors: multi-signal signatures with the fix that resolved them before. */
@NullMarked
package dev.nightshift.core.knowledge;

import org.jspecify.annotations.NullMarked;
