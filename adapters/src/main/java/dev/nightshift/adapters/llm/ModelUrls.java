package dev.nightshift.adapters.llm;

import java.net.URI;
import java.util.Optional;

/** Each provider's public API base, used when the configuration names none. */
final class ModelUrls {

  static final URI OPENAI = URI.create("https://api.openai.com/v1");
  static final URI ANTHROPIC = URI.create("https://api.anthropic.com/v1");
  static final URI OLLAMA = URI.create("http://localhost:11434");

  private ModelUrls() {}

  static URI of(String provider, Optional<URI> configured) {
    return configured.orElseGet(() ->
        switch (provider) {
          case "openai" -> OPENAI;
          case "anthropic" -> ANTHROPIC;
          case "ollama" -> OLLAMA;
          default -> throw new IllegalArgumentException("unknown LLM provider: " + provider);
        });
  }
}
