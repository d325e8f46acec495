/**
 * LLM providers (OpenAI-compatible, Anthropic, Ollama) behind core's {@code Reasoner}:
 * LangChain4j's low-level chat API carries the messages, and this package runs every tool call
 * itself, so each one goes through the agent's audited, redacted toolbox.
 */
@NullMarked
package dev.nightshift.adapters.llm;

import org.jspecify.annotations.NullMarked;
