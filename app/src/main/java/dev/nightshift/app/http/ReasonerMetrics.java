package dev.nightshift.app.http;

import dev.nightshift.core.knowledge.LearnedKnownError;
import dev.nightshift.core.knowledge.LearnedState;
import dev.nightshift.core.reasoning.Investigator;
import dev.nightshift.core.reasoning.ReasonerStats;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The reasoner's metrics, read at scrape time from the agent's investigator (what it asked, what
 * the cache and the budgets spared, what it spent) and the known errors it learned.
 */
final class ReasonerMetrics {

  private static final List<String> OUTCOMES =
      List.of("proposed", "explained", "rejected", "unanswered");

  private final PrometheusRegistry registry;
  private final Supplier<Optional<AgentView>> view;

  private ReasonerMetrics(PrometheusRegistry registry, Supplier<Optional<AgentView>> view) {
    this.registry = registry;
    this.view = view;
  }

  /** Registers every reasoner metric; without a reasoner the series are absent (or zero). */
  static void register(PrometheusRegistry registry, Supplier<Optional<AgentView>> view) {
    ReasonerMetrics m = new ReasonerMetrics(registry, view);
    m.counter(
        "nightshift_reasoner_investigations_total",
        "Novel failures the reasoner was asked about, by outcome",
        List.of("outcome"),
        ReasonerMetrics::outcomes);
    m.counter(
        "nightshift_reasoner_cache_hits_total",
        "Failures answered from the cache without asking the model",
        List.of(),
        i -> one(i.stats().cacheHits()));
    m.counter(
        "nightshift_reasoner_over_budget_total",
        "Failures not asked about because a token or cost budget was spent",
        List.of(),
        i -> one(i.stats().overBudget()));
    m.counter(
        "nightshift_reasoner_tool_calls_total",
        "Read-only tool calls the reasoner made",
        List.of(),
        i -> one(i.stats().toolCalls()));
    m.counter(
        "nightshift_reasoner_tokens_total",
        "Tokens the providers reported, by direction",
        List.of("direction"),
        ReasonerMetrics::tokens);
    m.gauge(
        "nightshift_reasoner_spent_today_tokens",
        "Tokens spent since midnight UTC",
        i -> i.spentToday().tokens());
    m.gauge(
        "nightshift_reasoner_spent_today_cost",
        "Cost spent since midnight UTC, in the currency of the configured prices",
        i -> i.spentToday().cost());
    m.gauge(
        "nightshift_reasoner_budget_tokens_per_day",
        "The daily token budget",
        i -> i.settings().tokensPerDay());
    m.gauge(
        "nightshift_reasoner_budget_cost_per_day",
        "The daily cost budget (0: no cost limit)",
        i -> i.settings().costPerDay());
    GaugeWithCallback.builder()
        .name("nightshift_known_errors")
        .help("Known errors: configured in the file, and learned ones by state")
        .labelNames("state")
        .callback(cb -> view.get().ifPresent(v -> knownErrors(v).forEach((s, n) -> cb.call(n, s))))
        .register(registry);
  }

  private static Map<String, Double> knownErrors(AgentView v) {
    Map<String, Double> counts = new LinkedHashMap<>();
    counts.put("configured", (double) v.config().knownErrors().size());
    for (LearnedState s : LearnedState.values()) {
      counts.put(s.wireName(), 0.0);
    }
    for (LearnedKnownError e : v.stores().learned().all()) {
      counts.merge(e.state().wireName(), 1.0, Double::sum);
    }
    return counts;
  }

  private static Map<List<String>, Double> outcomes(Investigator i) {
    Map<List<String>, Double> out = new LinkedHashMap<>();
    OUTCOMES.forEach(o -> out.put(List.of(o), 0.0));
    i.stats().outcomes().forEach((o, n) -> out.put(List.of(o), (double) n));
    return out;
  }

  private static Map<List<String>, Double> tokens(Investigator i) {
    ReasonerStats s = i.stats();
    Map<List<String>, Double> out = new LinkedHashMap<>();
    out.put(List.of("input"), (double) s.inputTokens());
    out.put(List.of("output"), (double) s.outputTokens());
    return out;
  }

  private static Map<List<String>, Double> one(long value) {
    return Map.of(List.of(), (double) value);
  }

  private Optional<Investigator> investigator() {
    return view.get().flatMap(AgentView::investigator);
  }

  private void counter(
      String name,
      String help,
      List<String> labels,
      Function<Investigator, Map<List<String>, Double>> values) {
    CounterWithCallback.builder()
        .name(name)
        .help(help)
        .labelNames(labels.toArray(String[]::new))
        .callback(cb ->
            investigator()
                .ifPresent(
                    i -> values.apply(i).forEach((k, v) -> cb.call(v, k.toArray(String[]::new)))))
        .register(registry);
  }

  private void gauge(String name, String help, Function<Investigator, Number> value) {
    GaugeWithCallback.builder()
        .name(name)
        .help(help)
        .callback(cb -> investigator().ifPresent(i -> cb.call(value.apply(i).doubleValue())))
        .register(registry);
  }
}
