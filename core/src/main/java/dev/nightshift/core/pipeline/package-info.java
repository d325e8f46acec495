/**
 * The agent loop: signals to incidents, diagnosis, known errors, the policy gate, fix and report.
 */
@NullMarked
package dev.nightshift.core.pipeline;

import org.jspecify.annotations.NullMarked;
