package dev.nightshift.app.config;

import dev.nightshift.core.reasoning.ReasonerSettings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The LLM consulted for errors no known error explains ({@code provider: none} by default: such
 * errors are escalated with the full report), the optional second model that must confirm its
 * answers, the limits it runs within, and what is redacted before anything is sent.
 *
 * @param redact names from {@link dev.nightshift.core.reasoning.Redactor#NAMED}
 * @param redactPatterns the operator's own patterns, compiled
 */
public record LlmSettings(
    Provider provider,
    Optional<Provider> confirm,
    ReasonerSettings limits,
    List<String> redact,
    List<Pattern> redactPatterns) {

  public static final String NONE = "none";

  /** No model: novel errors are escalated to a human with the full report. */
  public static final LlmSettings DISABLED =
      new LlmSettings(
          new Provider(
              NONE, Optional.empty(), Optional.empty(), Optional.empty(), Defaults.LLM_TIMEOUT),
          Optional.empty(),
          Defaults.REASONER,
          List.of(),
          List.of());

  public LlmSettings {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(confirm, "confirm");
    Objects.requireNonNull(limits, "limits");
    redact = List.copyOf(redact);
    redactPatterns = List.copyOf(redactPatterns);
  }

  public boolean isEnabled() {
    return !provider.name().equals(NONE);
  }

  /**
   * One model behind a provider's API.
   *
   * @param name none, openai, anthropic or ollama
   * @param url an OpenAI-compatible server (vLLM, LM Studio, llama.cpp) or an Ollama server
   * @param timeout per model request
   */
  public record Provider(
      String name,
      Optional<String> model,
      Optional<URI> url,
      Optional<Secret> apiKey,
      Duration timeout) {
    public Provider {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(model, "model");
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(apiKey, "apiKey");
      Objects.requireNonNull(timeout, "timeout");
    }

    /** Provider and model as the metrics and start-up lines show them: {@code openai/gpt-4o}. */
    public String label() {
      return model.map(m -> name + "/" + m).orElse(name);
    }
  }
}
