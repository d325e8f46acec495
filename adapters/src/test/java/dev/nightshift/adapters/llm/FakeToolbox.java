package dev.nightshift.adapters.llm;

import dev.nightshift.core.reasoning.ToolSpec;
import dev.nightshift.core.reasoning.Toolbox;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Three read-only tools with canned output, recording each call the reasoner makes. */
final class FakeToolbox implements Toolbox {

  record Call(String tool, Map<String, String> arguments) {}

  static final String LOGS =
      "2026-11-22T01:40:12Z ERROR orders-consumer: org.apache.kafka.common.errors"
          + ".RecordTooLargeException: the message is 1048600 bytes";
  static final String METRICS = "kafka_consumergroup_lag{group=\"orders\"} 52000";

  private final Map<String, String> outputs;
  private final List<Call> calls = new CopyOnWriteArrayList<>();

  FakeToolbox() {
    this(Map.of("log_query", LOGS, "metric_query", METRICS, "node_health", "up"));
  }

  FakeToolbox(Map<String, String> outputs) {
    this.outputs = Map.copyOf(outputs);
  }

  @Override
  public List<ToolSpec> specs() {
    ToolSpec.Param node = new ToolSpec.Param("node", "a node id of the dependency tree", true);
    return List.of(
        new ToolSpec("node_health", "Checks a node's health now.", List.of(node)),
        new ToolSpec(
            "metric_query",
            "Runs a PromQL instant query.",
            List.of(new ToolSpec.Param("query", "a PromQL expression", true))),
        new ToolSpec(
            "log_query",
            "Returns a node's recent error lines.",
            List.of(node, new ToolSpec.Param("minutes", "how far back, default 15", false))));
  }

  @Override
  public String call(String tool, Map<String, String> arguments) {
    calls.add(new Call(tool, Map.copyOf(arguments)));
    return outputs.getOrDefault(tool, "no such tool: " + tool);
  }

  List<Call> calls() {
    return List.copyOf(calls);
  }
}
