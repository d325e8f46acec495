package dev.nightshift.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.sim.score.ActionResult;
import dev.nightshift.sim.score.Check;
import dev.nightshift.sim.score.DrillResult;
import java.time.Duration;
import java.util.Optional;

/** A drill's result as the JSON object of DESIGN §6: seconds as numbers, absent values null. */
final class DrillJson {

  private DrillJson() {}

  static ObjectNode of(DrillResult r) {
    ObjectNode o = Json.object();
    o.put("scenario", r.scenario());
    o.put("passed", r.passed());
    o.put("detected", r.detected());
    seconds(o, "detection_latency_s", r.detectionLatency());
    o.put("root_cause", r.rootCause().orElse(null));
    o.put("known_error", r.knownError().orElse(null));
    ArrayNode actions = o.putArray("actions");
    for (ActionResult a : r.actions()) {
      actions
          .addObject()
          .put("type", a.type())
          .put("target", a.target())
          .put("decision", a.decision().wireName())
          .put("result", a.result());
    }
    o.put("resolved", r.resolved());
    o.put("escalated", r.escalated());
    seconds(o, "mttr_s", r.mttr());
    o.put("policy_violations", r.policyViolations());
    ArrayNode checks = o.putArray("checks");
    for (Check c : r.checks()) {
      checks
          .addObject()
          .put("name", c.name())
          .put("expected", c.expected())
          .put("actual", c.actual())
          .put("ok", c.ok());
    }
    return o;
  }

  private static void seconds(ObjectNode o, String field, Optional<Duration> value) {
    if (value.isPresent()) {
      o.put(field, value.get().toMillis() / 1000.0);
    } else {
      o.putNull(field);
    }
  }
}
