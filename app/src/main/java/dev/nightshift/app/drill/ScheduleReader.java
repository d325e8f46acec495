package dev.nightshift.app.drill;

import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.app.config.yaml.Values;
import dev.nightshift.app.config.yaml.YamlNode;
import dev.nightshift.core.knowledge.KnownErrorId;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.topology.NodeId;
import dev.nightshift.sim.scenario.ScheduledAlert;
import dev.nightshift.sim.scenario.ScheduledApproval;
import dev.nightshift.sim.scenario.ScheduledLearning;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what the runner plays in at set times: a human's answers, decisions on learned known errors
 * and external alerts.
 */
final class ScheduleReader {

  private static final Map<String, ScheduledApproval.Decision> DECISIONS =
      Values.byName(ScheduledApproval.Decision.values(), ScheduledApproval.Decision::yamlName);

  private static final Map<String, ScheduledLearning.Decision> LEARNING =
      Values.byName(ScheduledLearning.Decision.values(), ScheduledLearning.Decision::yamlName);

  private final References references;

  ScheduleReader(References references) {
    this.references = references;
  }

  /** {@code {at: 2m, decision: approve}}. */
  Optional<ScheduledApproval> approval(MapReader r) {
    Optional<Duration> at = at(r);
    Optional<ScheduledApproval.Decision> decision =
        r.requiredChoice("decision", "decision", DECISIONS);
    r.finish();
    return at.flatMap(a -> decision.map(d -> new ScheduledApproval(a, d)));
  }

  /** {@code {at: 20m, id: learned-1, decision: approve}}: a decision on a learned known error. */
  Optional<ScheduledLearning> learning(MapReader r) {
    Optional<Duration> at = at(r);
    Optional<String> id = r.requiredText("id");
    Optional<ScheduledLearning.Decision> decision =
        r.requiredChoice("decision", "decision", LEARNING);
    r.finish();
    if (id.isPresent() && !KnownErrorId.isValid(id.get())) {
      r.problems().error(r.node("id").orElseThrow(), "'" + id.get() + "' is not a known error id");
      return Optional.empty();
    }
    return at.flatMap(
        a -> id.flatMap(i -> decision.map(d -> new ScheduledLearning(a, new KnownErrorId(i), d))));
  }

  /** {@code {at: 60s, sla: ID}} or {@code {at: 60s, node: ID}}. */
  Optional<ScheduledAlert> alert(MapReader r) {
    Optional<Duration> at = at(r);
    Optional<String> sla = r.text("sla");
    Optional<String> node = r.text("node");
    r.finish();
    if (sla.isPresent() == node.isPresent()) {
      r.problems().error(r.mapping(), "an alert names an sla or a node: give exactly one");
      return Optional.empty();
    }
    if (sla.isPresent()) {
      boolean valid = checked(r, "sla", SlaId.isValid(sla.get()), Reference.Kind.SLA);
      return at.filter(a -> valid).map(a -> new ScheduledAlert.ForSla(a, new SlaId(sla.get())));
    }
    boolean valid = checked(r, "node", NodeId.isValid(node.get()), Reference.Kind.NODE);
    return at.filter(a -> valid).map(a -> new ScheduledAlert.ForNode(a, new NodeId(node.get())));
  }

  /** Whether a written name has the right shape (else reported); remembered for the config. */
  private boolean checked(MapReader r, String key, boolean valid, Reference.Kind kind) {
    YamlNode at = r.node(key).orElseThrow();
    String name = ((YamlNode.Scalar) at).value();
    if (!valid) {
      String what = kind == Reference.Kind.SLA ? "an SLA name" : "a node id";
      r.problems().error(at, "'" + name + "' is not " + what);
      return false;
    }
    references.add(kind, name, at.source(), at.path());
    return true;
  }

  private static Optional<Duration> at(MapReader r) {
    return r.required("at").flatMap(n -> Values.duration(n, r.problems()));
  }
}
