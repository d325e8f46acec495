package dev.nightshift.core.reasoning;

import dev.nightshift.core.knowledge.Checked;
import dev.nightshift.core.knowledge.KnownErrorReader;
import dev.nightshift.core.measure.ParseResult;
import dev.nightshift.core.remediation.Action;
import dev.nightshift.core.remediation.Step;
import dev.nightshift.core.remediation.StepSpec;
import dev.nightshift.core.telemetry.MetricCondition;
import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.NodeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holds a hypothesis to what the agent knows, not to what the model says: its root cause is a node
 * the walk visited, every piece of evidence quotes data a tool really returned, its action is a
 * step of the catalog that reads like one in known_errors.yaml, on a node of the walked path.
 */
public final class HypothesisValidator {

  /** Shortest quote accepted as evidence: "ok" or "error" proves nothing. */
  static final int MIN_QUOTE = 8;

  private static final Pattern QUOTED = Pattern.compile("[\"“”`]([^\"“”`]+)[\"“”`]");

  private final DependencyTree tree;
  private final KnownErrorReader reader;

  public HypothesisValidator(DependencyTree tree, KnownErrorReader reader) {
    this.tree = tree;
    this.reader = reader;
  }

  /** The hypothesis' action as a typed record when everything holds, else every problem. */
  public Checked<Optional<Action>> validate(
      Hypothesis hypothesis, List<NodeId> path, List<String> observed) {
    List<String> problems = new ArrayList<>();
    node(hypothesis.rootCause(), "root cause", path, problems);
    evidence(hypothesis.evidence(), observed, problems);
    hypothesis
        .metricCondition()
        .ifPresent(c -> {
          if (MetricCondition.parse(c) instanceof ParseResult.Invalid<MetricCondition> i) {
            problems.add("metric condition '" + c + "' does not parse: " + i.message());
          }
        });
    Optional<Action> action = hypothesis.action().flatMap(a -> action(a, path, problems));
    return problems.isEmpty() ? new Checked.Ok<>(action) : new Checked.Invalid<>(problems);
  }

  private void node(String id, String role, List<NodeId> path, List<String> problems) {
    if (!NodeId.isValid(id) || tree.node(new NodeId(id)).isEmpty()) {
      problems.add("the " + role + " '" + id + "' is not a node of the tree");
    } else if (!path.contains(new NodeId(id))) {
      problems.add("the " + role + " '" + id + "' is not on the walked path " + path);
    }
  }

  private static void evidence(
      List<String> evidence, List<String> observed, List<String> problems) {
    if (evidence.isEmpty()) {
      problems.add("no evidence: a hypothesis must quote what the tools returned");
      return;
    }
    List<String> seen = observed.stream().map(HypothesisValidator::normal).toList();
    for (String item : evidence) {
      if (wholeObserved(item, seen)) {
        continue; // a quoted line that itself holds quotes, e.g. JSON, is checked as a whole
      }
      for (String quote : quotes(item)) {
        String q = normal(quote);
        if (q.length() < MIN_QUOTE) {
          problems.add("evidence '" + quote + "' is too short to prove anything");
        } else if (seen.stream().noneMatch(o -> o.contains(q))) {
          problems.add("evidence '" + quote + "' was never observed");
        }
      }
    }
  }

  private static boolean wholeObserved(String item, List<String> seen) {
    String whole = normal(item);
    String inner = whole.replaceAll("^[\"“”`]+|[\"“”`]+$", "").strip();
    return inner.length() >= MIN_QUOTE && seen.stream().anyMatch(o -> o.contains(inner));
  }

  private static List<String> quotes(String item) {
    List<String> quotes = new ArrayList<>();
    Matcher m = QUOTED.matcher(item);
    while (m.find()) {
      quotes.add(m.group(1));
    }
    return quotes.isEmpty() ? List.of(item) : quotes;
  }

  private static String normal(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  private Optional<Action> action(StepSpec spec, List<NodeId> path, List<String> problems) {
    if (spec.node().isEmpty()) {
      problems.add("the action " + spec.type() + " names no node: it must act on the walked path");
      return Optional.empty();
    }
    node(spec.node().get().value(), "action's node", path, problems);
    return switch (reader.step(spec.yaml())) {
      case Checked.Invalid<Step> invalid -> {
        invalid.problems().forEach(p -> problems.add("the action " + spec.type() + ": " + p));
        yield Optional.empty();
      }
      case Checked.Ok<Step> ok when ok.value() instanceof Action a -> {
        a.target()
            .node()
            .filter(n -> !path.contains(n))
            .ifPresent(n -> problems.add("the action targets " + n + ", off the walked path"));
        yield Optional.of(a);
      }
      case Checked.Ok<Step> ok -> {
        problems.add(
            spec.type()
                + " is not an action: propose only actions, and say the rest in next steps");
        yield Optional.empty();
      }
    };
  }
}
