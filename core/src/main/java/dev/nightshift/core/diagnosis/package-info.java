/**
 * The tree walk: each node's health, recent errors and metrics as evidence, and the root cause as
 * the deepest abnormal node whose own dependencies are healthy.
 */
@NullMarked
package dev.nightshift.core.diagnosis;

import org.jspecify.annotations.NullMarked;
