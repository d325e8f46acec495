package dev.nightshift.app.config;

import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.app.config.yaml.Values;
import dev.nightshift.app.config.yaml.YamlNode;
import dev.nightshift.core.sla.Objective;
import dev.nightshift.core.sla.Severity;
import dev.nightshift.core.sla.Sla;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.sla.Sli;
import dev.nightshift.core.sla.TimeWindow;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one SLA entry under {@code metrics:} (everything but its {@code depends_on}): the seed's
 * {@code sla: {threshold, window, gatus_check}}, and how the agent measures it.
 */
final class SlaReader {

  static final Map<String, Severity> SEVERITIES =
      Values.byName(Severity.values(), Severity::yamlName);

  /** An SLA that does not say how bad its breach is counts as high. */
  static final Severity DEFAULT_SEVERITY = Severity.HIGH;

  private final WindowCatalog windows;
  private final Endpoints endpoints;
  private final HealthcheckReader healthchecks;

  SlaReader(WindowCatalog windows, Endpoints endpoints, HealthcheckReader healthchecks) {
    this.windows = windows;
    this.endpoints = endpoints;
    this.healthchecks = healthchecks;
  }

  /** The SLA, or empty when something required is missing or wrong (reported). */
  Optional<Sla> read(SlaId id, MapReader r) {
    String description = r.text("description").orElse("");
    Optional<MapReader> sla = r.requiredMap("sla");
    Optional<Objective> objective =
        sla.flatMap(s -> s.required("threshold")).flatMap(n -> objective(n, r));
    Optional<TimeWindow> window = sla.flatMap(this::window);
    Optional<String> gatus = sla.flatMap(s -> s.text("gatus_check"));
    sla.ifPresent(MapReader::finish);
    Optional<YamlNode> sliNode = r.node("sli");
    Optional<Sli> sli = r.map("sli").flatMap(s -> sli(s, id));
    Severity severity = r.choice("severity", "severity", SEVERITIES).orElse(DEFAULT_SEVERITY);
    Optional<Duration> interval = r.positiveDuration("interval");
    List<String> alerts = r.texts("alerts");
    if (objective.isEmpty() || window.isEmpty() || sliNode.isPresent() && sli.isEmpty()) {
      return Optional.empty();
    }
    Sla result =
        new Sla(
            id, description, objective.get(), window.get(), gatus, alerts, sli, severity, interval);
    if (!result.isObservable()) {
      r.problems()
          .warning(
              r.mapping(),
              "no way to measure this SLA: add sli (promql or probe), sla.gatus_check or alerts");
    }
    return Optional.of(result);
  }

  private static Optional<Objective> objective(YamlNode node, MapReader r) {
    return Values.text(node, r.problems())
        .flatMap(t -> Values.parsed(node, Objective.parse(t), r.problems()));
  }

  private Optional<TimeWindow> window(MapReader sla) {
    Optional<YamlNode> node = sla.node("window");
    if (node.isEmpty()) {
      return Optional.of(TimeWindow.always());
    }
    return windows.lookup(node.get(), sla.problems());
  }

  private Optional<Sli> sli(MapReader r, SlaId id) {
    Optional<String> promql = r.text("promql");
    Optional<MapReader> probe = r.map("probe");
    Optional<Sli> sli;
    if (promql.isPresent() == probe.isPresent()) {
      r.problems()
          .error(r.mapping(), "an sli is either promql: EXPRESSION or probe: {method: ...}");
      sli = Optional.empty();
    } else if (promql.isPresent()) {
      endpoints.prometheus(r.node("promql").orElseThrow(), r.problems());
      sli = Optional.of(new Sli.Query(promql.get()));
    } else {
      sli = healthchecks.read(probe.get(), NodeContext.none("the SLA " + id)).map(Sli.Probe::new);
    }
    r.finish();
    return sli;
  }
}
