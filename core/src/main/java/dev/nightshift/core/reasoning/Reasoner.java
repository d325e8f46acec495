package dev.nightshift.core.reasoning;

/**
 * An LLM behind a provider's API. It investigates through the toolbox only, with at most the
 * investigation's steps, and never acts: its answer is a hypothesis for the validator.
 */
public interface Reasoner {

  /** Provider and model, for the audit trail and the metrics: {@code openai/gpt-4o-mini}. */
  String name();

  Answer investigate(Investigation investigation, Toolbox tools);
}
