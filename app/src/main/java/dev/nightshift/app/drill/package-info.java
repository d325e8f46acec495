/**
 * Drill scenarios from YAML: read, validated against the configuration they name with every problem
 * reported by file and line, and found on the command line.
 */
@NullMarked
package dev.nightshift.app.drill;

import org.jspecify.annotations.NullMarked;
