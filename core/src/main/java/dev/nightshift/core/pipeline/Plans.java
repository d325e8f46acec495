package dev.nightshift.core.pipeline;

import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.TimelineEvent;
import dev.nightshift.core.knowledge.Checked;
import dev.nightshift.core.knowledge.KnownError;
import dev.nightshift.core.knowledge.KnownErrorId;
import dev.nightshift.core.knowledge.Signature;
import dev.nightshift.core.measure.ParseResult;
import dev.nightshift.core.remediation.Step;
import dev.nightshift.core.telemetry.MetricCondition;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the plan of an incident's attempt. A proposal is read back from the timeline event that
 * recorded it, through the same reader as known_errors.yaml, so a restarted agent continues the
 * exact step a human approved, checked against today's configuration.
 */
final class Plans {

  /** Facts of a {@code hypothesized} event. */
  static final String STEP = "step";

  static final String OUTCOME = "outcome";
  static final String METRIC_CONDITION = "metric_condition";

  private final Parts parts;

  Plans(Parts parts) {
    this.parts = parts;
  }

  Plan of(Incident incident) {
    Optional<KnownErrorId> id = incident.progress().knownError();
    if (id.isPresent()) {
      Optional<KnownError> known = parts.knownErrors().find(id.get());
      if (known.isEmpty()) { // a learned one that no longer loads after a restart
        return new Plan(
            List.of(
                new Step.Escalate(
                    id.get()
                        + " is no longer an active known error (it no longer loads against the"
                        + " configuration): a human decides",
                    false,
                    Optional.empty())),
            Optional.empty(),
            new Signature(
                incident.progress().rootCause().orElseThrow(), Optional.empty(), Optional.empty()));
      }
      KnownError e = known.get();
      return new Plan(e.fix().steps(), known, e.signature());
    }
    Map<String, String> facts = proposal(incident).orElseThrow().facts();
    Signature recheck =
        new Signature(
            incident.progress().rootCause().orElseThrow(),
            Optional.empty(),
            Optional.ofNullable(facts.get(METRIC_CONDITION))
                .map(MetricCondition::parse)
                .flatMap(r ->
                    r instanceof ParseResult.Valid<MetricCondition> v
                        ? Optional.of(v.value())
                        : Optional.empty()));
    Step step =
        switch (parts.reader().step(facts.get(STEP))) {
          case Checked.Ok<Step> ok -> ok.value();
          case Checked.Invalid<Step> invalid ->
              new Step.Escalate(
                  "the approved proposal no longer reads against the configuration: "
                      + String.join("; ", invalid.problems()),
                  false,
                  Optional.empty());
        };
    return new Plan(List.of(step), Optional.empty(), recheck);
  }

  /** The newest proposal the reasoner made for this incident. */
  Optional<TimelineEvent> proposal(Incident incident) {
    return parts.stores().timeline().events(incident.id()).reversed().stream()
        .filter(e -> e.type() == EventType.HYPOTHESIZED)
        .filter(e -> "proposed".equals(e.facts().get(OUTCOME)) && e.facts().containsKey(STEP))
        .findFirst();
  }
}
