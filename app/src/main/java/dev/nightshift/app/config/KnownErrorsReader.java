package dev.nightshift.app.config;

import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.app.config.yaml.Problems;
import dev.nightshift.app.config.yaml.Suggestions;
import dev.nightshift.app.config.yaml.Values;
import dev.nightshift.app.config.yaml.YamlNode;
import dev.nightshift.core.knowledge.History;
import dev.nightshift.core.knowledge.KnownError;
import dev.nightshift.core.knowledge.KnownErrorId;
import dev.nightshift.core.knowledge.LogPattern;
import dev.nightshift.core.knowledge.Signature;
import dev.nightshift.core.remediation.Fix;
import dev.nightshift.core.remediation.FixType;
import dev.nightshift.core.remediation.Step;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.telemetry.MetricCondition;
import dev.nightshift.core.topology.NodeId;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;

/**
 * Reads known_errors.yaml in the seed's format ({@code errors: [{id, signature, root_cause,
 * fix}]}).
 */
final class KnownErrorsReader {

  /** A known error that does not say how bad it is counts as medium. */
  static final Severity DEFAULT_SEVERITY = Severity.MEDIUM;

  private static final Map<String, FixType> FIX_TYPES =
      Values.byName(FixType.values(), FixType::yamlName);

  private final Problems problems;
  private final TreeIndex tree;
  private final StepReader steps;

  KnownErrorsReader(Problems problems, TreeIndex tree, StepReader steps) {
    this.problems = problems;
    this.tree = tree;
    this.steps = steps;
  }

  List<KnownError> read(MapReader root) {
    List<KnownError> errors = new ArrayList<>();
    Map<String, YamlNode> ids = new HashMap<>();
    Optional<YamlNode> list = root.required("errors");
    for (YamlNode item : root.list("errors")) {
      MapReader.of(item, problems).flatMap(r -> knownError(r, ids)).ifPresent(errors::add);
    }
    if (list.isPresent() && list.get() instanceof YamlNode.Sequence s && s.items().isEmpty()) {
      problems.warning(list.get(), "no known errors: every incident will be escalated");
    }
    root.finish();
    return errors;
  }

  /** One known error on its own, as learned ones are read: not an item of a file's list. */
  Optional<KnownError> one(MapReader r) {
    return knownError(r, new HashMap<>());
  }

  private Optional<KnownError> knownError(MapReader r, Map<String, YamlNode> ids) {
    Optional<KnownErrorId> id = id(r, ids);
    Optional<Signature> signature = r.requiredMap("signature").flatMap(this::signature);
    Optional<String> rootCause = r.requiredText("root_cause");
    Optional<Fix> fix = r.requiredMap("fix").flatMap(this::fix);
    Severity severity =
        r.choice("severity", "severity", SlaReader.SEVERITIES).orElse(DEFAULT_SEVERITY);
    History history =
        new History(
            date(r, "first_seen"),
            date(r, "last_seen"),
            r.wholeNumber("occurrence_count", 0, Long.MAX_VALUE).orElse(0L),
            r.duration("resolution_time_avg"));
    r.finish();
    if (id.isEmpty() || signature.isEmpty() || rootCause.isEmpty() || fix.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new KnownError(id.get(), signature.get(), rootCause.get(), fix.get(), severity, history));
  }

  private Optional<KnownErrorId> id(MapReader r, Map<String, YamlNode> ids) {
    Optional<String> text = r.requiredText("id");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    YamlNode at = r.node("id").orElseThrow();
    if (!KnownErrorId.isValid(text.get())) {
      problems.error(
          at, "'" + text.get() + "' is not a valid id: use letters, digits, '_', '.', ':' and '-'");
      return Optional.empty();
    }
    YamlNode first = ids.putIfAbsent(text.get(), at);
    if (first != null) {
      problems.error(
          at, "known error '" + text.get() + "' is already defined at " + first.source());
      return Optional.empty();
    }
    return Optional.of(new KnownErrorId(text.get()));
  }

  private Optional<Signature> signature(MapReader r) {
    Optional<NodeId> node = r.requiredText("node").flatMap(n -> node(n, r));
    Optional<YamlNode> logNode = r.node("log_pattern");
    Optional<LogPattern> log = logNode.flatMap(n -> logPattern(n));
    Optional<YamlNode> conditionNode = r.node("metric_condition");
    Optional<MetricCondition> condition =
        conditionNode.flatMap(n -> Conditions.metric(n, problems));
    r.finish();
    if (node.isEmpty()
        || logNode.isPresent() && log.isEmpty()
        || conditionNode.isPresent() && condition.isEmpty()) {
      return Optional.empty();
    }
    boolean silent =
        Optional.ofNullable(tree.nodes().get(node.get())).filter(e -> !e.hasLogs()).isPresent();
    if (log.isPresent() && silent) {
      problems.warning(
          logNode.get(),
          "node '" + node.get() + "' has no logs configured, so this pattern can never match");
    }
    Signature signature = new Signature(node.get(), log, condition);
    if (signature.isNodeOnly()) {
      problems.warning(
          r.mapping(),
          "the signature names only its node, so it matches any failure of '" + node.get() + "'");
    }
    return Optional.of(signature);
  }

  private Optional<NodeId> node(String id, MapReader r) {
    if (NodeId.isValid(id) && tree.mayContain(new NodeId(id))) {
      return Optional.of(new NodeId(id));
    }
    List<String> known = tree.nodes().keySet().stream().map(NodeId::value).toList();
    problems.error(
        r.node("node").orElseThrow(),
        "node '" + id + "' is not in the dependency tree" + Suggestions.didYouMean(id, known));
    return Optional.empty();
  }

  private Optional<LogPattern> logPattern(YamlNode node) {
    return Values.text(node, problems)
        .flatMap(regex -> {
          try {
            return Optional.of(LogPattern.of(regex));
          } catch (PatternSyntaxException e) {
            problems.error(
                node,
                "invalid regex: " + e.getDescription() + " near character " + (e.getIndex() + 1));
            return Optional.empty();
          }
        });
  }

  private Optional<Fix> fix(MapReader r) {
    Optional<FixType> type = r.requiredChoice("type", "fix type", FIX_TYPES);
    List<Step> read = new ArrayList<>();
    boolean valid = true;
    for (YamlNode item : r.list("steps")) {
      Optional<Step> step = MapReader.of(item, problems).flatMap(steps::read);
      valid &= step.isPresent();
      step.ifPresent(read::add);
    }
    r.finish();
    if (type.isEmpty() || !valid || !FixRules.check(type.get(), read, r)) {
      return Optional.empty();
    }
    return Optional.of(new Fix(type.get(), read));
  }

  private Optional<LocalDate> date(MapReader r, String key) {
    Optional<String> text = r.text(key);
    try {
      return text.map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      problems.error(
          r.node(key).orElseThrow(),
          "expected a date such as 2026-01-15, got '" + text.get() + "'");
      return Optional.empty();
    }
  }
}
