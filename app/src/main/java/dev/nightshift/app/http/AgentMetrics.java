package dev.nightshift.app.http;

import dev.nightshift.core.diagnosis.Prober;
import dev.nightshift.core.incident.EventType;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentState;
import dev.nightshift.core.incident.Timeline;
import dev.nightshift.core.incident.TimelineEvent;
import dev.nightshift.core.notify.Delivery;
import dev.nightshift.core.notify.Notice;
import dev.nightshift.core.notify.Notifier;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.telemetry.Healthcheck;
import dev.nightshift.core.topology.Coordinates;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The agent's Prometheus metrics: counted as things happen (probes, closed incidents, failed
 * deliveries) or read from the store at scrape time (incidents, actions, blind sources).
 */
public final class AgentMetrics {

  // The newest deliveries counted at each scrape; an outbox is small (retries give up, old rows
  // stay but are few next to this).
  private static final int OUTBOX_SCAN = 10_000;
  private static final double[] PROBE_SECONDS = {0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
  private static final double[] INCIDENT_SECONDS = {10, 30, 60, 120, 300, 600, 1800, 3600, 14400};

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final AtomicReference<AgentView> view = new AtomicReference<>();
  private final Clock clock;
  private final Histogram probeSeconds;
  private final Counter probeErrors;
  private final Histogram diagnosisSeconds;
  private final Histogram resolutionSeconds;

  public AgentMetrics(Clock clock) {
    this.clock = clock;
    probeSeconds =
        histogram("nightshift_probe_duration_seconds", "Probe latency", PROBE_SECONDS, "source");
    probeErrors =
        counter(
            "nightshift_probe_errors_total", "Probes that could not read their source", "source");
    diagnosisSeconds =
        histogram(
            "nightshift_incident_diagnosis_seconds",
            "From an incident opening to its root cause, observed when it closes",
            INCIDENT_SECONDS,
            "sla");
    resolutionSeconds =
        histogram(
            "nightshift_incident_resolution_seconds",
            "From an incident opening to its closing",
            INCIDENT_SECONDS,
            "sla",
            "outcome");
    gauge("nightshift_incidents", "Open incidents by state", List.of("state"), this::incidents);
    gauge(
        "nightshift_actions",
        "Actions decided, by outcome and action class",
        List.of("outcome", "action_class"),
        this::actions);
    gauge(
        "nightshift_notifications",
        "Notifications in the outbox by channel and state; failed = given up, kept for a human",
        List.of("channel", "state"),
        this::notifications);
    gauge(
        "nightshift_blind_sources",
        "Telemetry sources the agent cannot read now",
        List.of(),
        v -> Map.of(List.of(), (double) v.blindSources().size()));
    ReasonerMetrics.register(registry, () -> Optional.ofNullable(view.get()));
  }

  /** Scrape-time gauges read this view; set once the server starts. */
  void watch(AgentView agent) {
    view.set(agent);
  }

  /** Times each probe and counts the ones that could not read their source. */
  public Prober timing(Prober prober, BiFunction<Healthcheck, Coordinates, String> sourceOf) {
    return (check, where) -> {
      Instant start = clock.instant();
      Health health = prober.check(check, where);
      String source = sourceOf.apply(check, where);
      probeSeconds.labelValues(source).observe(seconds(start, clock.instant()));
      if (health.status() == HealthStatus.UNKNOWN) {
        probeErrors.labelValues(source).inc();
      }
      return health;
    };
  }

  /** Observes how long each incident took, when it closes, then passes every notice on. */
  public Notifier observing(Notifier next, Timeline timeline) {
    return notice -> {
      if (notice instanceof Notice.Closed closed) {
        closed(closed.incident(), timeline);
      }
      next.notify(notice);
    };
  }

  /** The metrics in the Prometheus text format. */
  String scrape() {
    var out = new ByteArrayOutputStream();
    try {
      PrometheusTextFormatWriter.create().write(out, registry.scrape());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  static String contentType() {
    return PrometheusTextFormatWriter.CONTENT_TYPE;
  }

  private void closed(Incident incident, Timeline timeline) {
    Instant closedAt = incident.closedAt().orElse(incident.updatedAt());
    String outcome = incident.state() == IncidentState.RESOLVED ? "resolved" : "escalated";
    resolutionSeconds
        .labelValues(incident.sla().value(), outcome)
        .observe(seconds(incident.openedAt(), closedAt));
    Optional<Instant> diagnosed =
        timeline.events(incident.id()).stream()
            .filter(e -> e.type() == EventType.DIAGNOSED)
            .map(TimelineEvent::at)
            .findFirst();
    diagnosed.ifPresent(at ->
        diagnosisSeconds
            .labelValues(incident.sla().value())
            .observe(seconds(incident.openedAt(), at)));
  }

  private Map<List<String>, Double> incidents(AgentView v) {
    Map<List<String>, Double> counts = new LinkedHashMap<>();
    for (IncidentState s : IncidentState.values()) {
      if (!s.isTerminal()) {
        counts.put(List.of(s.wireName()), 0.0);
      }
    }
    v.stores()
        .incidents()
        .active()
        .forEach(i -> counts.merge(List.of(i.state().wireName()), 1.0, Double::sum));
    return counts;
  }

  private Map<List<String>, Double> notifications(AgentView v) {
    Map<List<String>, Double> counts = new java.util.HashMap<>();
    for (Delivery d : v.stores().deliveries().list(Optional.empty(), OUTBOX_SCAN)) {
      counts.merge(List.of(d.channel(), d.state().wireName()), 1.0, Double::sum);
    }
    return counts;
  }

  private Map<List<String>, Double> actions(AgentView v) {
    return v.stores().actions().since(Instant.EPOCH).stream()
        .collect(
            Collectors.groupingBy(
                r -> List.of(r.outcome().wireName(), r.actionClass().toString()),
                Collectors.summingDouble(r -> 1.0)));
  }

  private void gauge(
      String name,
      String help,
      List<String> labels,
      Function<AgentView, Map<List<String>, Double>> values) {
    GaugeWithCallback.builder()
        .name(name)
        .help(help)
        .labelNames(labels.toArray(String[]::new))
        .callback(cb -> {
          AgentView v = view.get();
          if (v != null) {
            values.apply(v).forEach((key, value) -> cb.call(value, key.toArray(String[]::new)));
          }
        })
        .register(registry);
  }

  private Histogram histogram(String name, String help, double[] buckets, String... labels) {
    return Histogram.builder()
        .name(name)
        .help(help)
        .classicOnly()
        .classicUpperBounds(buckets)
        .labelNames(labels)
        .register(registry);
  }

  private Counter counter(String name, String help, String label) {
    return Counter.builder().name(name).help(help).labelNames(label).register(registry);
  }

  private static double seconds(Instant from, Instant to) {
    return Duration.between(from, to).toNanos() / 1e9;
  }
}
