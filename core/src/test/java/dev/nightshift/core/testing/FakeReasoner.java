package dev.nightshift.core.testing;

import dev.nightshift.core.reasoning.Answer;
import dev.nightshift.core.reasoning.Hypothesis;
import dev.nightshift.core.reasoning.Investigation;
import dev.nightshift.core.reasoning.Reasoner;
import dev.nightshift.core.reasoning.Toolbox;
import dev.nightshift.core.reasoning.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A reasoner that follows a script: it calls the tools it was told to, in order, then answers with
 * the hypothesis it was given (or no answer, or a failure). It counts the investigations it was
 * asked and keeps what it was shown, so a test can check what left the process.
 */
public final class FakeReasoner implements Reasoner {

  /** One scripted tool call. */
  public record ToolCall(String tool, Map<String, String> arguments) {
    public ToolCall {
      arguments = Map.copyOf(arguments);
    }
  }

  private final String name;
  private final List<ToolCall> script = new ArrayList<>();
  private final List<Investigation> asked = new ArrayList<>();
  private final List<String> outputs = new ArrayList<>();
  private Optional<Hypothesis> hypothesis = Optional.empty();
  private String noAnswer = "the script has no hypothesis";
  private Optional<RuntimeException> failure = Optional.empty();
  private Usage usage = new Usage(1, 100, 20);

  public FakeReasoner(String name) {
    this.name = name;
  }

  public FakeReasoner() {
    this("fake");
  }

  /** Adds a tool call to run, in order, before answering. */
  public synchronized FakeReasoner calls(String tool, Map<String, String> arguments) {
    script.add(new ToolCall(tool, arguments));
    return this;
  }

  public synchronized FakeReasoner answers(Hypothesis answer) {
    this.hypothesis = Optional.of(answer);
    this.failure = Optional.empty();
    return this;
  }

  public synchronized FakeReasoner answersNothing(String reason) {
    this.hypothesis = Optional.empty();
    this.noAnswer = reason;
    return this;
  }

  public synchronized FakeReasoner throwing(RuntimeException e) {
    this.failure = Optional.of(e);
    return this;
  }

  /** What each investigation reports it spent. */
  public synchronized FakeReasoner using(Usage usage) {
    this.usage = usage;
    return this;
  }

  /** How many investigations it was asked. */
  public synchronized int count() {
    return asked.size();
  }

  public synchronized List<Investigation> investigations() {
    return List.copyOf(asked);
  }

  /** Every tool output it was shown, in order. */
  public synchronized List<String> outputs() {
    return List.copyOf(outputs);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public synchronized Answer investigate(Investigation investigation, Toolbox tools) {
    asked.add(investigation);
    for (ToolCall call : script) {
      outputs.add(tools.call(call.tool(), call.arguments()));
    }
    if (failure.isPresent()) {
      throw failure.get();
    }
    return hypothesis
        .<Answer>map(h -> new Answer.Hypothesized(h, usage))
        .orElseGet(() -> new Answer.NoAnswer(noAnswer, usage));
  }
}
