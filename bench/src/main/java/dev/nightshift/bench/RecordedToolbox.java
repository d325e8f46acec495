package dev.nightshift.bench;

import dev.nightshift.core.reasoning.ReadOnlyTools;
import dev.nightshift.core.reasoning.ToolSpec;
import dev.nightshift.core.reasoning.Toolbox;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The agent's read-only tools replayed from a case: a call is answered with the recorded output
 * whose arguments it includes, else with a sentence saying nothing was recorded. Everything shown
 * is kept, as the agent keeps it, for the validator's evidence check.
 */
final class RecordedToolbox implements Toolbox {

  static final String NOT_RECORDED = "no data recorded for this call";

  private final EvalCase c;
  private final List<String> observed = new ArrayList<>();
  private int calls;

  RecordedToolbox(EvalCase c) {
    this.c = c;
  }

  @Override
  public List<ToolSpec> specs() {
    return ReadOnlyTools.SPECS;
  }

  @Override
  public synchronized String call(String tool, Map<String, String> arguments) {
    calls++;
    String output =
        c.recorded().stream()
            .filter(r -> r.answers(tool, arguments))
            .map(EvalCase.Recorded::output)
            .findFirst()
            .orElse(NOT_RECORDED);
    observed.add(output);
    return output;
  }

  /** What the model was shown, with the brief: what evidence may quote. */
  synchronized List<String> observed() {
    List<String> all = new ArrayList<>(observed);
    all.add(c.brief());
    return all;
  }

  synchronized int calls() {
    return calls;
  }
}
