package dev.nightshift.adapters.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import java.time.Duration;
import java.util.Map;

/** Ollama's chat API; a key, if configured, is sent as a bearer token for a proxy in front. */
final class OllamaModels implements ChatModels {

  private final Llm.Settings settings;

  OllamaModels(Llm.Settings settings) {
    this.settings = settings;
  }

  @Override
  public ChatModel model(Duration timeout) {
    return OllamaChatModel.builder()
        .httpClientBuilder(ChatModels.http(timeout))
        .baseUrl(settings.baseUrl().toString())
        .modelName(settings.model())
        .customHeaders(
            settings.apiKey().map(k -> Map.of("Authorization", "Bearer " + k)).orElse(Map.of()))
        .timeout(timeout)
        .maxRetries(0)
        .logRequests(false)
        .logResponses(false)
        .build();
  }
}
