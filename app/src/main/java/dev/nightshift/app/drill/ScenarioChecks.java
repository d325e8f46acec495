package dev.nightshift.app.drill;

import dev.nightshift.app.config.Config;
import dev.nightshift.app.config.yaml.Problems;
import dev.nightshift.app.config.yaml.Suggestions;
import dev.nightshift.core.knowledge.KnownError;
import dev.nightshift.core.remediation.Action;
import dev.nightshift.core.topology.Coordinates;
import dev.nightshift.core.topology.LogSpec;
import dev.nightshift.core.topology.Node;
import dev.nightshift.core.topology.NodeId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a scenario's names against the configuration it runs: every node, SLA, known error and
 * action target must exist there, and a log line the scenario makes a node write should be one the
 * node counts as an error, or the agent never sees it.
 */
final class ScenarioChecks {

  private final Config config;
  private final Problems problems;
  private final List<String> nodes;
  private final List<String> slas;
  private final List<String> knownErrors;
  private final Set<String> targets;

  ScenarioChecks(Config config, Problems problems) {
    this.config = config;
    this.problems = problems;
    this.nodes = config.tree().nodes().stream().map(n -> n.id().value()).toList();
    this.slas = config.tree().slas().stream().map(s -> s.id().value()).toList();
    this.knownErrors = config.knownErrors().stream().map(e -> e.id().toString()).toList();
    this.targets = targets(config);
  }

  void check(List<Reference> references) {
    for (Reference ref : references) {
      switch (ref.kind()) {
        case NODE -> known(ref, nodes, "node '%s' is not in the dependency tree");
        case SLA -> known(ref, slas, "SLA '%s' is not in the dependency tree");
        case KNOWN_ERROR -> known(ref, knownErrors, "known error '%s' is not in known_errors.yaml");
        case TARGET ->
            known(ref, targets, "'%s' is neither a node nor a resource in the configuration");
        case LOG_LINE -> logLine(ref);
      }
    }
  }

  private void known(Reference ref, Collection<String> names, String message) {
    if (!names.contains(ref.name())) {
      problems.error(
          ref.source(),
          ref.path(),
          message.formatted(ref.name()) + Suggestions.didYouMean(ref.name(), names));
    }
  }

  private void logLine(Reference ref) {
    if (!NodeId.isValid(ref.owner())) {
      return;
    }
    Optional<Node> node = config.tree().node(new NodeId(ref.owner()));
    if (node.isEmpty()) {
      return; // reported as an unknown node
    }
    Optional<LogSpec> logs = node.get().logs();
    if (logs.isEmpty()) {
      problems.warning(
          ref.source(),
          ref.path(),
          "node '" + ref.owner() + "' has no logs configured, so the agent never reads this line");
    } else if (!Pattern.compile(logs.get().errorPattern()).matcher(ref.name()).find()) {
      problems.warning(
          ref.source(),
          ref.path(),
          "node '%s' counts only lines matching '%s' as errors, so the agent never reads this one"
              .formatted(ref.owner(), logs.get().errorPattern()));
    }
  }

  /** Every name a {@code cleared_by} target may have: node ids and the resources of actions. */
  private static Set<String> targets(Config config) {
    Set<String> names = new LinkedHashSet<>();
    for (Node node : config.tree().nodes()) {
      names.add(node.id().value());
      Coordinates c = node.coordinates();
      names.addAll(c.asMap().values());
      c.supervisorName().ifPresent(names::add);
      c.namespace().flatMap(n -> c.deployment().map(d -> n + "/" + d)).ifPresent(names::add);
    }
    for (KnownError error : config.knownErrors()) {
      for (Action action : error.fix().actions()) {
        String resource = action.target().resource();
        names.add(resource);
        names.add(resource.substring(resource.indexOf('/') + 1));
      }
    }
    return names;
  }
}
