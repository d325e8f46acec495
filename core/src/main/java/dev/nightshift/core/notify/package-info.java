/** Telling humans: the incident report and the port notifiers implement. */
@NullMarked
package dev.nightshift.core.notify;

import org.jspecify.annotations.NullMarked;
