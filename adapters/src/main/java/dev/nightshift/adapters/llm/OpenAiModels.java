package dev.nightshift.adapters.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;

/** OpenAI's chat completions API, or any server that speaks it (vLLM, LM Studio, llama.cpp). */
final class OpenAiModels implements ChatModels {

  private final Llm.Settings settings;

  OpenAiModels(Llm.Settings settings) {
    this.settings = settings;
  }

  @Override
  public ChatModel model(Duration timeout) {
    return OpenAiChatModel.builder()
        .httpClientBuilder(ChatModels.http(timeout))
        .baseUrl(settings.baseUrl().toString())
        // local servers take no key: without one, no Authorization header is sent
        .apiKey(settings.apiKey().orElse(null))
        .modelName(settings.model())
        .timeout(timeout)
        .maxRetries(0)
        .logRequests(false)
        .logResponses(false)
        .build();
  }
}
