package dev.nightshift.bench;

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

  private static final ToolSpec.Param NODE =
      new ToolSpec.Param("node", "a node id of the dependency tree", true);

  /** The same tools as {@code ReadOnlyTools}, by name and parameters. */
  static final List<ToolSpec> SPECS =
      List.of(
          new ToolSpec("node_health", "Checks a node's health now.", List.of(NODE)),
          new ToolSpec(
              "metric_query",
              "Runs a PromQL instant query and returns the series and values.",
              List.of(new ToolSpec.Param("query", "a PromQL expression", true))),
          new ToolSpec(
              "log_query",
              "Returns a node's recent error lines.",
              List.of(NODE, new ToolSpec.Param("minutes", "how far back, default 15", false))),
          new ToolSpec(
              "tree_neighbours",
              "Lists what a node depends on, what depends on it, and its coordinates.",
              List.of(NODE)),
          new ToolSpec(
              "impact", "Lists every node and SLA that breaks if a node goes down.", List.of(NODE)),
          new ToolSpec(
              "runbook_search",
              "Searches the runbooks and past incident reports.",
              List.of(new ToolSpec.Param("query", "words to search for", true))),
          new ToolSpec(
              "recent_changes",
              "Lists deployments and other changes of the last hours.",
              List.of(new ToolSpec.Param("hours", "how far back, default 6", false))),
          new ToolSpec(
              "known_errors", "Lists the known errors: signature, root cause and fix.", List.of()),
          new ToolSpec(
              "past_incidents",
              "Lists recent incidents, optionally of one root-cause node.",
              List.of(new ToolSpec.Param("node", "only incidents caused here", false))));

  private final EvalCase c;
  private final List<String> observed = new ArrayList<>();
  private int calls;

  RecordedToolbox(EvalCase c) {
    this.c = c;
  }

  @Override
  public List<ToolSpec> specs() {
    return SPECS;
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
