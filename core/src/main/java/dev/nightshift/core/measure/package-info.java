/** Measured values users write in configuration: durations, quantities with units, comparisons. */
@NullMarked
package dev.nightshift.core.measure;

import org.jspecify.annotations.NullMarked;
