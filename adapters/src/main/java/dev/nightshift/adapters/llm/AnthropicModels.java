package dev.nightshift.adapters.llm;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import java.time.Duration;

/** Anthropic's Messages API. */
final class AnthropicModels implements ChatModels {

  /** The API version header every request carries. */
  static final String VERSION = "2023-06-01";

  /** Anthropic requires a cap; a hypothesis with evidence fits well within it. */
  static final int MAX_TOKENS = 4096;

  private final Llm.Settings settings;

  AnthropicModels(Llm.Settings settings) {
    this.settings = settings;
  }

  @Override
  public ChatModel model(Duration timeout) {
    return AnthropicChatModel.builder()
        .httpClientBuilder(ChatModels.http(timeout))
        .baseUrl(settings.baseUrl().toString())
        .apiKey(settings.apiKey().orElseThrow())
        .version(VERSION)
        .modelName(settings.model())
        .maxTokens(MAX_TOKENS)
        .timeout(timeout)
        .maxRetries(0)
        .logRequests(false)
        .logResponses(false)
        .build();
  }
}
