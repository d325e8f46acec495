package dev.nightshift.adapters.llm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nightshift.core.knowledge.Checked;
import dev.nightshift.core.reasoning.Hypothesis;
import dev.nightshift.core.remediation.StepSpec;
import dev.nightshift.core.topology.NodeId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads a {@code submit_hypothesis} call into a {@link Hypothesis}, collecting every problem so the
 * model can fix them all in its next try. Whether the answer is true is the validator's business.
 */
final class Submission {

  private final List<String> problems = new ArrayList<>();

  private Submission() {}

  static Checked<Hypothesis> read(String arguments) {
    return switch (ToolArguments.object(arguments)) {
      case Checked.Invalid<JsonNode> invalid -> new Checked.Invalid<>(invalid.problems());
      case Checked.Ok<JsonNode> ok -> new Submission().hypothesis(ok.value());
    };
  }

  private Checked<Hypothesis> hypothesis(JsonNode root) {
    String rootCause = text(root, "root_cause", true).orElse("");
    String explanation = text(root, "explanation", true).orElse("");
    List<String> evidence = strings(root, "evidence", true);
    if (root.has("evidence") && evidence.isEmpty()) {
      problems.add("evidence must quote at least one line of tool output or the brief");
    }
    Optional<StepSpec> action = action(root.path("action"));
    Optional<String> metricCondition = text(root, "metric_condition", false);
    List<String> nextSteps = strings(root, "next_steps", false);
    OptionalDouble confidence = confidence(root.path("confidence"));
    if (!problems.isEmpty()) {
      return new Checked.Invalid<>(problems);
    }
    return new Checked.Ok<>(
        new Hypothesis(
            rootCause, explanation, evidence, action, metricCondition, nextSteps, confidence));
  }

  private Optional<String> text(JsonNode parent, String field, boolean required) {
    return text(parent, field, field, required);
  }

  private Optional<String> text(JsonNode parent, String field, String label, boolean required) {
    JsonNode node = parent.path(field);
    if (node.isTextual() && !node.textValue().isBlank()) {
      return Optional.of(node.textValue().strip());
    }
    if (required || !(node.isMissingNode() || node.isNull() || node.isTextual())) {
      problems.add(label + " must be a non-empty string");
    }
    return Optional.empty();
  }

  private List<String> strings(JsonNode parent, String field, boolean required) {
    JsonNode node = parent.path(field);
    if (node.isMissingNode() || node.isNull()) {
      if (required) {
        problems.add(field + " is required: an array of strings");
      }
      return List.of();
    }
    List<String> out = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(item -> out.add(item.isTextual() ? item.textValue() : item.toString()));
    } else if (node.isTextual()) {
      out.add(node.textValue()); // a single item sent without its array is still readable
    } else {
      problems.add(field + " must be an array of strings");
    }
    return out;
  }

  private Optional<StepSpec> action(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isObject()) {
      problems.add("action must be an object with type, node and parameters, or left out");
      return Optional.empty();
    }
    Optional<String> type = text(node, "type", "action.type", true);
    Optional<NodeId> target = text(node, "node", "action.node", false).flatMap(this::nodeId);
    Map<String, Object> params = params(node.path("parameters"));
    return type.map(t -> new StepSpec(t, target, params));
  }

  private Optional<NodeId> nodeId(String value) {
    if (NodeId.isValid(value)) {
      return Optional.of(new NodeId(value));
    }
    problems.add("action.node is not a node id: '" + value + "'");
    return Optional.empty();
  }

  private Map<String, Object> params(JsonNode node) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (node.isMissingNode() || node.isNull()) {
      return out;
    }
    if (!node.isObject()) {
      problems.add("action.parameters must be an object");
      return out;
    }
    node.properties()
        .forEach(e -> {
          JsonNode v = e.getValue();
          if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(i -> items.add(i.isTextual() ? i.textValue() : i.toString()));
            out.put(e.getKey(), items);
          } else if (v.isValueNode() && !v.isNull()) {
            out.put(e.getKey(), v.asText());
          } else {
            problems.add("action.parameters." + e.getKey() + " must be a string or a list");
          }
        });
    return out;
  }

  private OptionalDouble confidence(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return OptionalDouble.empty();
    }
    if (node.isNumber() && node.doubleValue() >= 0 && node.doubleValue() <= 1) {
      return OptionalDouble.of(node.doubleValue());
    }
    problems.add("confidence must be a number from 0 to 1, or left out");
    return OptionalDouble.empty();
  }
}
