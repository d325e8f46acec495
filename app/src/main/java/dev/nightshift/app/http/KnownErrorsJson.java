package dev.nightshift.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.app.config.Config;
import dev.nightshift.core.knowledge.KnownError;
import dev.nightshift.core.knowledge.KnownErrorStats;
import dev.nightshift.core.pipeline.Stores;
import java.util.Optional;

/** The known errors as configured, with what the agent has learned about each in the store. */
final class KnownErrorsJson {

  private KnownErrorsJson() {}

  static ArrayNode of(AgentView view) {
    return of(view.config(), view.stores());
  }

  static ArrayNode of(Config config, Stores stores) {
    ArrayNode out = Wire.array();
    for (KnownError e : config.knownErrors()) {
      KnownErrorStats stats =
          stores.knownErrors().find(e.id()).orElseGet(() -> KnownErrorStats.seed(e));
      ObjectNode o = out.addObject();
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
    }
    return out;
  }
}
