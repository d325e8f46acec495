package dev.nightshift.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.app.config.Config;
import dev.nightshift.core.knowledge.Checked;
import dev.nightshift.core.knowledge.KnownError;
import dev.nightshift.core.knowledge.KnownErrorStats;
import dev.nightshift.core.knowledge.LearnedKnownError;
import dev.nightshift.core.pipeline.Stores;
import java.util.Optional;

/**
 * The known errors as configured, with what the agent has learned about each in the store, then the
 * learned ones with where they stand (proposed, approved, rejected).
 */
final class KnownErrorsJson {

  /** The state of a known error from known_errors.yaml, beside the learned ones' states. */
  static final String CONFIGURED = "configured";

  private KnownErrorsJson() {}

  static ArrayNode of(AgentView view) {
    return of(view.config(), view.stores());
  }

  static ArrayNode of(Config config, Stores stores) {
    ArrayNode out = Wire.array();
    for (KnownError e : config.knownErrors()) {
      ObjectNode o = known(out.addObject(), e, stores);
      o.put("state", CONFIGURED).put("source", "known_errors.yaml");
      o.putNull("incident").putNull("yaml");
    }
    for (LearnedKnownError l : stores.learned().all()) {
      out.add(learned(l, config, stores));
    }
    return out;
  }

  /** A learned known error: the entry and, when its YAML still loads, what it matches and does. */
  static ObjectNode learned(LearnedKnownError l, Config config, Stores stores) {
    ObjectNode o = Wire.object();
    switch (config.reader().knownError(l.yaml())) {
      case Checked.Ok<KnownError> ok -> known(o, ok.value(), stores);
      case Checked.Invalid<KnownError> bad -> {
        o.put("id", l.id().value());
        ArrayNode problems = o.putArray("problems");
        bad.problems().forEach(problems::add);
      }
    }
    o.put("state", l.state().wireName()).put("source", l.source()).put("incident", l.incident());
    o.put("yaml", l.yaml()).put("proposedAt", Wire.time(l.proposedAt()));
    Wire.put(o, "decidedBy", l.decidedBy());
    Wire.put(o, "decidedAt", l.decidedAt());
    Wire.put(o, "note", l.note());
    return o;
  }

  private static ObjectNode known(ObjectNode o, KnownError e, Stores stores) {
    KnownErrorStats stats =
        stores.knownErrors().find(e.id()).orElseGet(() -> KnownErrorStats.seed(e));
    o.put("id", e.id().value())
        .put("rootCause", e.rootCause())
        .put("severity", e.severity().yamlName());
    o.put("node", e.signature().node().value());
    Wire.put(o, "logPattern", e.signature().logPattern().map(p -> p.regex()));
    Wire.put(o, "metricCondition", e.signature().metricCondition());
    o.put("fixType", e.fix().type().yamlName());
    o.put("occurrences", stats.occurrences());
    Wire.put(o, "lastSeen", stats.lastSeen());
    o.put("successes", stats.successes()).put("failures", stats.failures());
    Optional<Long> mttr = stats.meanTimeToResolve().map(d -> d.toSeconds());
    if (mttr.isPresent()) {
      o.put("meanTimeToResolveSeconds", mttr.get());
    } else {
      o.putNull("meanTimeToResolveSeconds");
    }
    return o;
  }
}
