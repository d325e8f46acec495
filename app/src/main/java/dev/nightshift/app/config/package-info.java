/**
 * Loads and validates a configuration directory (nightshift.yaml, dependency_tree.yaml,
 * known_errors.yaml, policy.yaml) into core records, reporting every problem with file and line.
 */
@NullMarked
package dev.nightshift.app.config;

import org.jspecify.annotations.NullMarked;
