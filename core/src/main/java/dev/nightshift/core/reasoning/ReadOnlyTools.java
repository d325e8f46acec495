package dev.nightshift.core.reasoning;

import dev.nightshift.core.change.ChangeEvent;
import dev.nightshift.core.change.ChangeEvents;
import dev.nightshift.core.diagnosis.Diagnoser;
import dev.nightshift.core.diagnosis.LogSource;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentStore;
import dev.nightshift.core.knowledge.KnownError;
import dev.nightshift.core.knowledge.KnownErrors;
import dev.nightshift.core.knowledge.RunbookHit;
import dev.nightshift.core.knowledge.RunbookSearch;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.LogReading;
import dev.nightshift.core.telemetry.MetricReading;
import dev.nightshift.core.telemetry.MetricSource;
import dev.nightshift.core.topology.DependencyTree;
import dev.nightshift.core.topology.Impact;
import dev.nightshift.core.topology.Node;
import dev.nightshift.core.topology.NodeId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The tools a reasoner may use, all of them reads: node health, metrics, logs, the tree, runbooks,
 * recent changes, known errors and past incidents. Nothing here can change the platform.
 */
public final class ReadOnlyTools implements Toolbox {

  /** Most lines, samples or hits one call returns. */
  static final int MAX_ITEMS = 20;

  /** The ports the tools read through. */
  public record Sources(
      DependencyTree tree,
      Diagnoser health,
      LogSource logs,
      MetricSource metrics,
      RunbookSearch runbooks,
      ChangeEvents changes,
      KnownErrors knownErrors,
      IncidentStore incidents,
      Clock clock) {}

  private static final ToolSpec.Param NODE =
      new ToolSpec.Param("node", "a node id of the dependency tree", true);

  /** The tools as a model sees them; an evaluation replaying recorded outputs shows the same. */
  public static final List<ToolSpec> SPECS =
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

  private final Sources s;
  private final Map<String, Function<Map<String, String>, String>> runs;

  public ReadOnlyTools(Sources sources) {
    this.s = sources;
    this.runs =
        Map.of(
            "node_health", this::health,
            "metric_query", this::metric,
            "log_query", this::logs,
            "tree_neighbours", this::neighbours,
            "impact", this::impact,
            "runbook_search", this::runbooks,
            "recent_changes", this::changes,
            "known_errors", a -> knownErrors(),
            "past_incidents", this::incidents);
  }

  @Override
  public List<ToolSpec> specs() {
    return SPECS;
  }

  @Override
  public String call(String tool, Map<String, String> arguments) {
    Optional<ToolSpec> spec = SPECS.stream().filter(t -> t.name().equals(tool)).findFirst();
    if (spec.isEmpty()) {
      return "error: there is no tool '"
          + tool
          + "'; the tools are "
          + SPECS.stream().map(ToolSpec::name).toList();
    }
    for (ToolSpec.Param p : spec.get().parameters()) {
      if (p.required() && arguments.getOrDefault(p.name(), "").isBlank()) {
        return "error: " + tool + " needs the argument '" + p.name() + "'";
      }
    }
    return runs.get(tool).apply(arguments);
  }

  private Optional<Node> node(Map<String, String> args) {
    String id = args.getOrDefault("node", "");
    return NodeId.isValid(id) ? s.tree().node(new NodeId(id)) : Optional.empty();
  }

  private String unknownNode(Map<String, String> args) {
    return "error: '" + args.get("node") + "' is not a node of the tree";
  }

  private String health(Map<String, String> args) {
    return node(args)
        .map(n -> {
          Health h = s.health().health(n);
          return n.id() + " is " + h.status() + ": " + h.reason();
        })
        .orElseGet(() -> unknownNode(args));
  }

  private String metric(Map<String, String> args) {
    return switch (s.metrics().query(args.get("query"))) {
      case MetricReading.Values v when v.samples().isEmpty() -> "no series";
      case MetricReading.Values v ->
          v.samples().stream()
              .limit(MAX_ITEMS)
              .map(x -> x.series() + " " + x.value())
              .collect(Collectors.joining("\n"));
      case MetricReading.Unavailable u -> "unavailable: " + u.reason();
    };
  }

  private String logs(Map<String, String> args) {
    Optional<Node> node = node(args);
    if (node.isEmpty()) {
      return unknownNode(args);
    }
    long minutes = number(args.get("minutes"), 15, 24 * 60);
    return switch (s.logs().recentErrors(node.get(), Duration.ofMinutes(minutes))) {
      case LogReading.Lines l when l.lines().isEmpty() ->
          "no error lines from " + node.get().id() + " in the last " + minutes + " minutes";
      case LogReading.Lines l ->
          l.lines().stream()
              .skip(Math.max(0, l.lines().size() - MAX_ITEMS))
              .map(x -> x.at() + " " + x.text())
              .collect(Collectors.joining("\n"));
      case LogReading.Unavailable u -> "unavailable: " + u.reason();
    };
  }

  private String neighbours(Map<String, String> args) {
    return node(args)
        .map(n ->
            n.id()
                + " ("
                + n.type()
                + "): "
                + n.description()
                + "\ndepends on: "
                + s.tree().children(n.id())
                + "\nneeded by: "
                + s.tree().parents(n.id())
                + "\ncoordinates: "
                + n.coordinates())
        .orElseGet(() -> unknownNode(args));
  }

  private String impact(Map<String, String> args) {
    if (node(args).isEmpty()) {
      return unknownNode(args);
    }
    Impact impact = s.tree().impact(new NodeId(args.get("node")));
    return "if "
        + impact.node()
        + " goes down: nodes "
        + impact.nodes()
        + ", SLAs "
        + impact.slas();
  }

  private String runbooks(Map<String, String> args) {
    List<RunbookHit> hits = s.runbooks().search(args.get("query"), 5);
    return hits.isEmpty()
        ? "no runbook or past report matches"
        : hits.stream()
            .map(h -> h.source() + " — " + h.title() + "\n" + h.excerpt())
            .collect(Collectors.joining("\n---\n"));
  }

  private String changes(Map<String, String> args) {
    long hours = number(args.get("hours"), 6, 7 * 24);
    var now = s.clock().instant();
    List<ChangeEvent> changes = s.changes().between(now.minus(Duration.ofHours(hours)), now);
    return changes.isEmpty()
        ? "no changes recorded in the last " + hours + " hours"
        : changes.stream()
            .limit(MAX_ITEMS)
            .map(c ->
                c.at()
                    + " "
                    + c.service()
                    + " "
                    + c.version()
                    + c.description().map(d -> ": " + d).orElse(""))
            .collect(Collectors.joining("\n"));
  }

  private String knownErrors() {
    List<KnownError> all = s.knownErrors().all();
    return all.isEmpty()
        ? "no known errors"
        : all.stream()
            .map(e ->
                e.id()
                    + " at "
                    + e.signature().node()
                    + e.signature().logPattern().map(p -> ", log /" + p + "/").orElse("")
                    + e.signature().metricCondition().map(c -> ", when " + c).orElse("")
                    + ": "
                    + e.rootCause()
                    + " — fix: "
                    + e.fix().steps().stream()
                        .map(dev.nightshift.core.remediation.Step::type)
                        .collect(Collectors.joining(", ")))
            .collect(Collectors.joining("\n"));
  }

  private String incidents(Map<String, String> args) {
    if (!args.getOrDefault("node", "").isBlank() && node(args).isEmpty()) {
      return unknownNode(args); // not every incident, as if no node had been named
    }
    Optional<NodeId> only =
        Optional.ofNullable(args.get("node")).filter(NodeId::isValid).map(NodeId::new);
    List<Incident> recent =
        s.incidents().recent(200).stream()
            .filter(i -> i.closedAt().isPresent())
            .filter(i -> only.isEmpty() || i.progress().rootCause().equals(only))
            .limit(MAX_ITEMS)
            .toList();
    return recent.isEmpty()
        ? "no closed incidents" + only.map(n -> " caused by " + n).orElse("")
        : recent.stream()
            .map(i ->
                "incident "
                    + i.id()
                    + " "
                    + i.state()
                    + " "
                    + i.openedAt()
                    + ": "
                    + i.trigger()
                    + i.progress().rootCause().map(n -> "; root cause " + n).orElse("")
                    + i.progress().knownError().map(k -> "; known error " + k).orElse(""))
            .collect(Collectors.joining("\n"));
  }

  private static long number(String text, long fallback, long max) {
    try {
      return text == null || text.isBlank()
          ? fallback
          : Math.clamp(Long.parseLong(text.strip()), 1, max);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
