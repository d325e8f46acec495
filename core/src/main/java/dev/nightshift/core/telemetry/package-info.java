/**
 * What Nightshift observes and how it asks for it: metric conditions written in known errors and
 * verify steps, parsed once here so that every telemetry source reads the same structure.
 */
@NullMarked
package dev.nightshift.core.telemetry;

import org.jspecify.annotations.NullMarked;
