package dev.nightshift.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.core.policy.Phase;
import dev.nightshift.core.reasoning.Investigator;
import dev.nightshift.core.reasoning.ReasonerSettings;
import dev.nightshift.core.reasoning.Spend;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.sla.Sla;
import dev.nightshift.core.sla.SlaCheck;
import dev.nightshift.core.sla.SlaStatus;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.topology.Node;
import dev.nightshift.core.topology.NodeId;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** What the agent watches and how it stands: status, SLAs and the dependency tree with health. */
final class StatusEndpoints {

  private StatusEndpoints() {}

  static void register(Router r, AgentView view, Clock clock) {
    r.get(Endpoints.V1 + "/status", Access.VIEWER, q -> Reply.ok(status(view)));
    r.get(Endpoints.V1 + "/slas", Access.VIEWER, q -> Reply.ok(slas(view, clock)));
    r.get(Endpoints.V1 + "/tree", Access.VIEWER, q -> Reply.ok(tree(view)));
  }

  static ObjectNode phases(AgentView view) {
    ObjectNode phases = Wire.object();
    Map<Severity, Phase> set = view.stores().controls().phases();
    for (Severity s : Severity.values()) {
      Phase p = set.getOrDefault(s, view.config().policy().phase(s));
      phases.put(s.yamlName(), p.yamlName());
    }
    return phases;
  }

  static boolean killSwitch(AgentView view) {
    return view.stores().controls().killSwitch() || view.config().policy().killSwitch();
  }

  private static ObjectNode status(AgentView view) {
    ObjectNode o = Wire.object();
    o.put("agent", view.config().agent().name());
    o.put("killSwitch", killSwitch(view));
    o.set("phases", phases(view));
    o.put("openIncidents", view.stores().incidents().active().size());
    o.put("pendingApprovals", view.stores().approvals().pending().size());
    ArrayNode blind = o.putArray("blindSources");
    for (AgentView.BlindSource b : view.blindSources()) {
      blind
          .addObject()
          .put("source", b.source())
          .put("reason", b.reason())
          .put("since", Wire.time(b.since()));
    }
    o.put("startedAt", Wire.time(view.startedAt()));
    o.set("reasoner", reasoner(view));
    return o;
  }

  // The model's name ("none" without one), what it spent today and the daily budgets.
  private static ObjectNode reasoner(AgentView view) {
    ObjectNode o = Wire.object();
    Optional<Investigator> investigator = view.investigator();
    o.put("name", investigator.map(Investigator::name).orElse("none"));
    if (investigator.isEmpty()) {
      return o;
    }
    Investigator i = investigator.get();
    Spend.Total spent = i.spentToday();
    ReasonerSettings limits = i.settings();
    o.putObject("spentToday").put("tokens", spent.tokens()).put("cost", spent.cost());
    o.putObject("budget")
        .put("tokensPerIncident", limits.tokensPerIncident())
        .put("costPerIncident", limits.costPerIncident())
        .put("tokensPerDay", limits.tokensPerDay())
        .put("costPerDay", limits.costPerDay());
    o.put("proposalsNeedApproval", limits.proposalsNeedApproval());
    return o;
  }

  private static ArrayNode slas(AgentView view, Clock clock) {
    ArrayNode out = Wire.array();
    Map<dev.nightshift.core.sla.SlaId, SlaCheck> checks = view.slaChecks();
    for (Sla sla : view.config().tree().slas()) {
      ObjectNode o = out.addObject();
      o.put("id", sla.id().value()).put("description", sla.description());
      o.put("severity", sla.severity().yamlName()).put("objective", sla.objective().toString());
      o.put("window", sla.window().name());
      Optional<SlaCheck> check = Optional.ofNullable(checks.get(sla.id()));
      SlaStatus status =
          check
              .map(SlaCheck::status)
              .orElseGet(() ->
                  sla.window().contains(clock.instant())
                      ? new SlaStatus.Unmeasured("not measured yet")
                      : new SlaStatus.OutsideWindow(sla.window().name()));
      o.put("status", statusName(status));
      o.put("detail", detail(status));
      Wire.put(o, "measuredAt", check.map(SlaCheck::at));
    }
    return out;
  }

  private static String statusName(SlaStatus status) {
    return switch (status) {
      case SlaStatus.Met m -> "met";
      case SlaStatus.Breached b -> "breached";
      case SlaStatus.Unmeasured u -> "unmeasured";
      case SlaStatus.OutsideWindow w -> "outside_window";
    };
  }

  private static String detail(SlaStatus status) {
    return switch (status) {
      case SlaStatus.Met m -> "measured " + m.value();
      case SlaStatus.Breached b -> "measured " + b.value() + ", outside the objective";
      case SlaStatus.Unmeasured u -> u.reason();
      case SlaStatus.OutsideWindow w -> "outside the window " + w.window();
    };
  }

  private static ObjectNode tree(AgentView view) {
    ObjectNode o = Wire.object();
    ArrayNode slas = o.putArray("slas");
    for (Sla sla : view.config().tree().slas()) {
      ArrayNode deps = slas.addObject().put("id", sla.id().value()).putArray("dependsOn");
      view.config().tree().roots(sla.id()).forEach(n -> deps.add(n.value()));
    }
    Map<NodeId, AgentView.NodeHealth> health = view.nodeHealth();
    ArrayNode nodes = o.putArray("nodes");
    for (Node node : view.config().tree().nodes()) {
      ObjectNode n = nodes.addObject();
      n.put("id", node.id().value())
          .put("type", node.type().yamlName())
          .put("description", node.description());
      ArrayNode deps = n.putArray("dependsOn");
      node.dependsOn().forEach(d -> deps.add(d.value()));
      Optional<AgentView.NodeHealth> h = Optional.ofNullable(health.get(node.id()));
      n.put("health", h.map(x -> healthName(x.health().status())).orElse("unknown"));
      n.put(
          "reason",
          h.map(x -> x.health().reason())
              .orElse(
                  node.healthcheck().isEmpty()
                      ? "no healthcheck is configured"
                      : "not probed yet"));
      Wire.put(n, "checkedAt", h.map(AgentView.NodeHealth::checkedAt));
    }
    return o;
  }

  private static String healthName(HealthStatus status) {
    return switch (status) {
      case HEALTHY -> "healthy";
      case DEGRADED -> "degraded";
      case UNHEALTHY -> "down";
      case UNKNOWN -> "unknown";
    };
  }
}
