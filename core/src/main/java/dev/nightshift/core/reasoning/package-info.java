/**
 * The reasoner: an LLM consulted only when no known error explains what the walk found. It sees the
 * platform only through read-only {@link dev.nightshift.core.reasoning.Toolbox} tools the agent
 * runs and audits itself, answers with a {@link dev.nightshift.core.reasoning.Hypothesis} that the
 * {@link dev.nightshift.core.reasoning.HypothesisValidator} checks against what was actually
 * observed, and its proposals pass the same policy gate as any fix.
 */
@NullMarked
package dev.nightshift.core.reasoning;

import org.jspecify.annotations.NullMarked;
