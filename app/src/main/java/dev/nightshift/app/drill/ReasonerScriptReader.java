package dev.nightshift.app.drill;

import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.app.config.yaml.Values;
import dev.nightshift.app.config.yaml.YamlNode;
import dev.nightshift.core.reasoning.Hypothesis;
import dev.nightshift.core.remediation.StepSpec;
import dev.nightshift.core.topology.NodeId;
import dev.nightshift.sim.scenario.ReasonerScript;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads {@code reasoner: {script: [...]}}: tool calls, then exactly one hypothesis, last. What the
 * hypothesis says is not checked against the configuration here: judging it is the agent's
 * validator's job, which a drill may want to see reject it.
 */
final class ReasonerScriptReader {

  Optional<ReasonerScript> read(MapReader r) {
    Optional<YamlNode> at = r.required("script");
    List<YamlNode> items = r.list("script");
    r.finish();
    if (at.isEmpty()) {
      return Optional.empty();
    }
    List<ReasonerScript.ToolCall> calls = new ArrayList<>();
    Optional<Hypothesis> hypothesis = Optional.empty();
    boolean broken = false;
    for (YamlNode item : items) {
      Optional<MapReader> step = MapReader.of(item, r.problems());
      if (step.isEmpty()) {
        broken = true;
      } else if (hypothesis.isPresent()) {
        r.problems().error(item, "the hypothesis ends the script: nothing may follow it");
        broken = true;
      } else if (step.get().has("hypothesis")) {
        hypothesis = step.get().requiredMap("hypothesis").flatMap(ReasonerScriptReader::hypothesis);
        step.get().finish();
        broken |= hypothesis.isEmpty();
      } else {
        Optional<ReasonerScript.ToolCall> call = call(step.get());
        call.ifPresent(calls::add);
        broken |= call.isEmpty();
      }
    }
    if (hypothesis.isEmpty() && !broken) {
      r.problems().error(at.get(), "a script ends with {hypothesis: {...}}, the reasoner's answer");
    }
    if (broken) {
      return Optional.empty();
    }
    return hypothesis.map(h -> new ReasonerScript(calls, h));
  }

  /** {@code {tool: log_query, args: {node: x}}}. */
  private static Optional<ReasonerScript.ToolCall> call(MapReader r) {
    Optional<String> tool = r.requiredText("tool");
    Map<String, String> args = new LinkedHashMap<>();
    r.map("args")
        .ifPresent(a -> {
          for (YamlNode.Entry e : a.mapping().entries().values()) {
            a.allow(e.key());
            Values.text(e.value(), r.problems()).ifPresent(v -> args.put(e.key(), v));
          }
        });
    r.finish();
    return tool.map(t -> new ReasonerScript.ToolCall(t, args));
  }

  private static Optional<Hypothesis> hypothesis(MapReader r) {
    Optional<String> rootCause = r.requiredText("root_cause");
    Optional<String> explanation = r.requiredText("explanation");
    List<String> evidence = r.texts("evidence");
    boolean[] ok = {true};
    Optional<StepSpec> action =
        r.map("action")
            .flatMap(a -> {
              Optional<StepSpec> spec = action(a);
              ok[0] = spec.isPresent();
              return spec;
            });
    Optional<String> metricCondition = r.text("metric_condition");
    List<String> nextSteps = r.texts("next_steps");
    Optional<Double> confidence = r.number("confidence");
    r.finish();
    if (rootCause.isEmpty() || explanation.isEmpty() || !ok[0]) {
      return Optional.empty();
    }
    return Optional.of(
        new Hypothesis(
            rootCause.get(),
            explanation.get(),
            evidence,
            action,
            metricCondition,
            nextSteps,
            confidence.map(OptionalDouble::of).orElse(OptionalDouble.empty())));
  }

  /** A step as a known error writes it; its fields are kept as written, for the agent to judge. */
  private static Optional<StepSpec> action(MapReader r) {
    Optional<String> type = r.requiredText("action");
    Optional<String> node = r.text("node");
    if (node.isPresent() && !NodeId.isValid(node.get())) {
      r.problems().error(r.node("node").orElseThrow(), "'" + node.get() + "' is not a node id");
      return Optional.empty();
    }
    Map<String, Object> params = new LinkedHashMap<>();
    for (YamlNode.Entry e : r.mapping().entries().values()) {
      if (e.key().equals("action") || e.key().equals("node")) {
        continue;
      }
      r.allow(e.key());
      if (e.value() instanceof YamlNode.Sequence) {
        params.put(e.key(), Values.texts(e.value(), r.problems()));
      } else {
        Values.text(e.value(), r.problems()).ifPresent(v -> params.put(e.key(), v));
      }
    }
    r.finish();
    return type.map(t -> new StepSpec(t, node.map(NodeId::new), params));
  }
}
