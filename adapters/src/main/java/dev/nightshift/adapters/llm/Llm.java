package dev.nightshift.adapters.llm;

import dev.nightshift.core.reasoning.Reasoner;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The one way to get a reasoner backed by an LLM provider: settings in, a {@link Reasoner} out. */
public final class Llm {

  /** The providers this package speaks to, by the name the configuration uses. */
  static final Set<String> PROVIDERS = Set.of("openai", "anthropic", "ollama");

  private Llm() {}

  /** A reasoner that asks the configured provider; no request is made until it investigates. */
  public static Reasoner reasoner(Llm.Settings s) {
    Objects.requireNonNull(s, "settings");
    ChatModels models =
        switch (s.provider()) {
          case "openai" -> new OpenAiModels(s);
          case "anthropic" -> new AnthropicModels(s);
          case "ollama" -> new OllamaModels(s);
          default -> throw new IllegalArgumentException(unknown(s.provider()));
        };
    return new LlmReasoner(s.provider() + "/" + s.model(), models, s.timeout(), s.apiKey());
  }

  /**
   * How to reach one model.
   *
   * @param provider {@code openai} (also any OpenAI-compatible server: vLLM, LM Studio, llama.cpp),
   *     {@code anthropic} or {@code ollama}
   * @param url the API's base; empty for the provider's public default
   * @param apiKey the key; required by Anthropic and by OpenAI's own endpoint, never shown
   * @param timeout the longest one model request may take
   */
  public record Settings(
      String provider, String model, Optional<URI> url, Optional<String> apiKey, Duration timeout) {

    public Settings {
      Objects.requireNonNull(provider, "provider");
      provider = provider.strip().toLowerCase(Locale.ROOT);
      if (!PROVIDERS.contains(provider)) {
        throw new IllegalArgumentException(unknown(provider));
      }
      if (model == null || model.isBlank()) {
        throw new IllegalArgumentException("the " + provider + " provider needs a model name");
      }
      model = model.strip();
      Objects.requireNonNull(url, "url");
      url.ifPresent(Settings::requireHttp);
      Objects.requireNonNull(apiKey, "apiKey");
      apiKey = apiKey.map(String::strip).filter(k -> !k.isEmpty());
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isZero() || timeout.isNegative()) {
        throw new IllegalArgumentException("the LLM timeout must be positive: " + timeout);
      }
      if (apiKey.isEmpty() && needsKey(provider, url)) {
        throw new IllegalArgumentException(
            "the " + provider + " provider needs an API key at " + ModelUrls.of(provider, url));
      }
    }

    /** The base URL requests go to: the configured one or the provider's default. */
    public URI baseUrl() {
      return ModelUrls.of(provider, url);
    }

    @Override
    public String toString() {
      return "Settings[provider=%s, model=%s, url=%s, apiKey=%s, timeout=%s]"
          .formatted(provider, model, baseUrl(), apiKey.isPresent() ? "(set)" : "(none)", timeout);
    }

    private static boolean needsKey(String provider, Optional<URI> url) {
      return provider.equals("anthropic") || (provider.equals("openai") && url.isEmpty());
    }

    private static void requireHttp(URI url) {
      String scheme = String.valueOf(url.getScheme()).toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
        throw new IllegalArgumentException(
            "the LLM url must be an absolute http(s) URL, not '" + url + "'");
      }
    }
  }

  private static String unknown(String provider) {
    return "unknown LLM provider '"
        + provider
        + "': use openai (also for vLLM, LM Studio, llama.cpp), anthropic or ollama";
  }
}
