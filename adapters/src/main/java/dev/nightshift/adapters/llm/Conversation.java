package dev.nightshift.adapters.llm;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.ContentFilteredException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import dev.nightshift.core.knowledge.Checked;
import dev.nightshift.core.reasoning.Answer;
import dev.nightshift.core.reasoning.Hypothesis;
import dev.nightshift.core.reasoning.Investigation;
import dev.nightshift.core.reasoning.ToolSpec;
import dev.nightshift.core.reasoning.Toolbox;
import dev.nightshift.core.reasoning.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One investigation's exchange with a model: ask, run the tools it calls, send their output back,
 * until it submits a hypothesis or its steps run out. Every model request is one step.
 */
final class Conversation {

  private final ChatModel model;
  private final ProviderErrors errors;
  private final Investigation investigation;
  private final Toolbox tools;
  private final List<ToolSpecification> specs;
  private final Set<String> toolNames;
  private final List<ChatMessage> messages = new ArrayList<>();
  private Usage usage = Usage.NONE;
  private boolean reminded;

  Conversation(ChatModel model, ProviderErrors errors, Investigation investigation, Toolbox tools) {
    this.model = model;
    this.errors = errors;
    this.investigation = investigation;
    this.tools = tools;
    List<ToolSpec> toolSpecs = tools.specs();
    this.specs = ToolSchemas.of(toolSpecs);
    this.toolNames = toolSpecs.stream().map(ToolSpec::name).collect(Collectors.toSet());
    messages.add(SystemMessage.from(Prompts.SYSTEM));
    messages.add(UserMessage.from(Prompts.user(investigation)));
  }

  Answer run() {
    for (int step = 0; step < investigation.maxSteps(); step++) {
      ChatResponse response;
      try {
        response =
            model.chat(ChatRequest.builder().messages(messages).toolSpecifications(specs).build());
      } catch (ContentFilteredException e) {
        usage = usage.plus(new Usage(1, 0, 0));
        return noAnswer(
            errors.scrub(
                "the model refused: " + ToolArguments.cut(String.valueOf(e.getMessage()))));
      } catch (RuntimeException e) {
        usage = usage.plus(new Usage(1, 0, 0));
        return noAnswer(errors.reason(e));
      }
      usage = usage.plus(usage(response.tokenUsage()));
      Optional<Answer> answer = answer(response);
      if (answer.isPresent()) {
        return answer.get();
      }
    }
    return noAnswer(
        "the model gave no hypothesis within its "
            + investigation.maxSteps()
            + " requests (the step limit)");
  }

  /** The answer this response ends the conversation with, or empty to go on. */
  private Optional<Answer> answer(ChatResponse response) {
    AiMessage ai = response.aiMessage();
    messages.add(ai);
    if (!ai.hasToolExecutionRequests()) {
      return prose(response.finishReason(), ai.text() == null ? "" : ai.text().strip());
    }
    for (ToolExecutionRequest call : ai.toolExecutionRequests()) {
      if (ToolSchemas.SUBMIT.equals(call.name())) {
        switch (Submission.read(call.arguments())) {
          case Checked.Ok<Hypothesis> ok -> {
            return Optional.of(new Answer.Hypothesized(ok.value(), usage));
          }
          case Checked.Invalid<Hypothesis> invalid ->
              reply(
                  call,
                  "error: the hypothesis was not accepted: "
                      + String.join("; ", invalid.problems())
                      + ". Call submit_hypothesis again with these fixed.");
        }
      } else {
        reply(call, run(call));
      }
    }
    return Optional.empty();
  }

  private Optional<Answer> prose(FinishReason finish, String text) {
    if (finish == FinishReason.CONTENT_FILTER || finish == FinishReason.OTHER) {
      return Optional.of(noAnswer("the model refused: " + ToolArguments.cut(text)));
    }
    if (reminded) {
      String first = text.length() <= 200 ? text : text.substring(0, 200);
      return Optional.of(noAnswer("the model answered in prose: " + first));
    }
    reminded = true;
    messages.add(UserMessage.from(Prompts.REMINDER));
    return Optional.empty();
  }

  private String run(ToolExecutionRequest call) {
    if (!toolNames.contains(call.name())) {
      return "error: there is no tool '"
          + call.name()
          + "'; the tools are "
          + toolNames.stream().sorted().collect(Collectors.joining(", "))
          + " and "
          + ToolSchemas.SUBMIT;
    }
    return switch (ToolArguments.strings(call.arguments())) {
      case Checked.Ok<Map<String, String>> ok -> tools.call(call.name(), ok.value());
      case Checked.Invalid<Map<String, String>> invalid ->
          "error: " + call.name() + " was not run: " + String.join("; ", invalid.problems());
    };
  }

  private void reply(ToolExecutionRequest call, String result) {
    messages.add(ToolExecutionResultMessage.from(call, result));
  }

  private Answer noAnswer(String reason) {
    return new Answer.NoAnswer(reason, usage);
  }

  private static Usage usage(TokenUsage tokens) {
    if (tokens == null) {
      return new Usage(1, 0, 0);
    }
    return new Usage(1, orZero(tokens.inputTokenCount()), orZero(tokens.outputTokenCount()));
  }

  private static long orZero(Integer count) {
    return count == null ? 0 : count;
  }
}
