package dev.nightshift.sim.scenario;

import dev.nightshift.core.reasoning.Hypothesis;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a drill's scripted reasoner does each time it is asked: the tool calls it makes, in order,
 * then the hypothesis it answers with. It stands in for an LLM, so a drill can prove what the agent
 * does with a model's answer without a model.
 */
public record ReasonerScript(List<ToolCall> calls, Hypothesis hypothesis) {

  /** One call of a read-only tool, with its arguments as the model would send them. */
  public record ToolCall(String tool, Map<String, String> args) {
    public ToolCall {
      Objects.requireNonNull(tool, "tool");
      args = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }
  }

  public ReasonerScript {
    calls = List.copyOf(calls);
    Objects.requireNonNull(hypothesis, "hypothesis");
  }
}
