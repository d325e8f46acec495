package dev.nightshift.adapters.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.nightshift.core.reasoning.Answer;
import dev.nightshift.core.reasoning.Investigation;
import dev.nightshift.core.reasoning.Reasoner;
import dev.nightshift.core.reasoning.Toolbox;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A reasoner backed by one provider's model; each investigation is one {@link Conversation}. */
final class LlmReasoner implements Reasoner {

  private final String name;
  private final ChatModels models;
  private final Duration maxTimeout;
  private final Optional<String> apiKey;
  private final Map<Duration, ChatModel> byTimeout = new ConcurrentHashMap<>();

  LlmReasoner(String name, ChatModels models, Duration maxTimeout, Optional<String> apiKey) {
    this.name = name;
    this.models = models;
    this.maxTimeout = maxTimeout;
    this.apiKey = apiKey;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Answer investigate(Investigation investigation, Toolbox tools) {
    // the investigation's timeout applies, never beyond the one configured for the provider
    Duration timeout =
        investigation.timeout().compareTo(maxTimeout) < 0 ? investigation.timeout() : maxTimeout;
    ChatModel model = byTimeout.computeIfAbsent(timeout, models::model);
    ProviderErrors errors = new ProviderErrors(name, timeout, apiKey);
    return new Conversation(model, errors, investigation, tools).run();
  }

  @Override
  public String toString() {
    return "LlmReasoner[" + name + "]";
  }
}
