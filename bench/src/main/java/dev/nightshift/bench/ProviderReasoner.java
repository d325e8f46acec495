package dev.nightshift.bench;

import dev.nightshift.adapters.llm.Llm;
import dev.nightshift.core.reasoning.Reasoner;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/** Builds a real provider's reasoner from {@code NIGHTSHIFT_EVAL_*} variables. */
final class ProviderReasoner {

  static final Duration TIMEOUT = Duration.ofSeconds(120);

  private ProviderReasoner() {}

  /** The configured provider's reasoner; empty when none is configured. */
  static Optional<Reasoner> fromEnvironment(Function<String, String> env) {
    String provider = env.apply("NIGHTSHIFT_EVAL_PROVIDER");
    if (provider == null || provider.isBlank()) {
      return Optional.empty();
    }
    String model = Optional.ofNullable(env.apply("NIGHTSHIFT_EVAL_MODEL")).orElse("");
    Optional<URI> url =
        Optional.ofNullable(env.apply("NIGHTSHIFT_EVAL_URL"))
            .filter(u -> !u.isBlank())
            .map(URI::create);
    Optional<String> key =
        Optional.ofNullable(env.apply("NIGHTSHIFT_EVAL_API_KEY")).filter(k -> !k.isBlank());
    return Optional.of(build(provider, model, url, key));
  }

  private static Reasoner build(
      String provider, String model, Optional<URI> url, Optional<String> key) {
    try {
      return Llm.reasoner(new Llm.Settings(provider, model, url, key, TIMEOUT));
    } catch (IllegalArgumentException e) { // unknown provider, missing key: never the key itself
      throw new IllegalStateException("the provider could not be set up: " + e.getMessage());
    }
  }
}
