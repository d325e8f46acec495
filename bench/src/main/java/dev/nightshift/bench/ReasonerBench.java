package dev.nightshift.bench;

import dev.nightshift.app.config.Config;
import dev.nightshift.app.config.ConfigLoader;
import dev.nightshift.core.diagnosis.Diagnosis;
import dev.nightshift.core.diagnosis.NodeFinding;
import dev.nightshift.core.diagnosis.RootCause;
import dev.nightshift.core.pipeline.MemoryStores;
import dev.nightshift.core.reasoning.Answer;
import dev.nightshift.core.reasoning.Hypothesis;
import dev.nightshift.core.reasoning.HypothesisValidator;
import dev.nightshift.core.reasoning.Investigation;
import dev.nightshift.core.reasoning.Investigator;
import dev.nightshift.core.reasoning.Outcome;
import dev.nightshift.core.reasoning.Reasoner;
import dev.nightshift.core.reasoning.ReasonerSettings;
import dev.nightshift.core.reasoning.Redactor;
import dev.nightshift.core.reasoning.Spend;
import dev.nightshift.core.reasoning.SpendLedger;
import dev.nightshift.core.reasoning.ToolSpec;
import dev.nightshift.core.reasoning.Toolbox;
import dev.nightshift.core.reasoning.Usage;
import dev.nightshift.core.remediation.StepSpec;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.LogLine;
import dev.nightshift.core.topology.NodeId;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the agent adds around a model's answer, the model itself excluded: one investigation of the
 * freshness pipeline's novel failure (three audited, redacted tool calls, the budget check against
 * the ledger, validation of the hypothesis with the real config reader), the same failure answered
 * from the cache, and redaction of a 4 KB tool output.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReasonerBench {

  private static final NodeId CONSUMER = new NodeId("kafka_to_redis_consumer");
  private static final String POISON =
      "ERROR Deserialization failed at offset 48213: unexpected token '<' in payload";

  private Config config;
  private Diagnosis diagnosis;
  private Investigator uncached;
  private Investigator cached;
  private Redactor redactor;
  private String chunk;
  private long incident;

  @Setup(Level.Trial)
  public void load() {
    config =
        ConfigLoader.withSystemEnvironment()
            .load(Path.of("examples/freshness-pipeline"))
            .config()
            .orElseThrow(() -> new IllegalStateException("examples/freshness-pipeline is invalid"));
    Instant now = Instant.parse("2026-11-22T03:00:00Z");
    diagnosis =
        new Diagnosis(
            new SlaId("entity_data_freshness"),
            now,
            now,
            List.of(
                new NodeFinding(
                    CONSUMER,
                    Health.unhealthy("no writes for 95s"),
                    List.of(new LogLine(now, POISON)),
                    List.of(),
                    List.of())),
            new RootCause.Located(List.of(CONSUMER), List.of(), "the deepest abnormal node"));
    redactor =
        new Redactor(
            Set.of("s3cr3t-token-value"), Redactor.named(List.of("emails", "ips", "hostnames")));
    StringBuilder text = new StringBuilder();
    while (text.length() < 4096) {
      text.append(
          "2026-11-22T03:00:01Z consumer-1 10.0.3.17 ERROR write to redis-1.internal failed for"
              + " user ops@example.com token=abc123def456 after 3 retries\n");
    }
    chunk = text.toString();
  }

  @Setup(Level.Iteration)
  public void fresh() {
    uncached = investigator(Duration.ZERO);
    cached = investigator(Duration.ofHours(24));
    cached.investigate(0, diagnosis, "freshness 95s > 60s");
  }

  private Investigator investigator(Duration cacheTtl) {
    ReasonerSettings d = ReasonerSettings.DEFAULTS;
    ReasonerSettings settings =
        new ReasonerSettings(
            d.maxSteps(),
            d.timeout(),
            Long.MAX_VALUE,
            0,
            Long.MAX_VALUE,
            0,
            0.15,
            0.60,
            cacheTtl,
            true);
    return new Investigator(
        new Investigator.Setup(
            new ThreeCalls(),
            Optional.empty(),
            settings,
            redactor,
            new RecordedTools(),
            new HypothesisValidator(config.tree(), config.reader()),
            config.reader().catalog(),
            new RunningTotals(),
            MemoryStores.create().audit(),
            Clock.systemUTC()));
  }

  @Benchmark
  public Outcome investigateUncached() {
    return uncached.investigate(++incident, diagnosis, "freshness 95s > 60s");
  }

  @Benchmark
  public Outcome investigateCached() {
    return cached.investigate(++incident, diagnosis, "freshness 95s > 60s");
  }

  @Benchmark
  public String redact4k() {
    return redactor.redact(chunk);
  }

  /** A model that looks three times and proposes restarting the consumer, quoting its logs. */
  static final class ThreeCalls implements Reasoner {
    @Override
    public String name() {
      return "bench/scripted";
    }

    @Override
    public Answer investigate(Investigation investigation, Toolbox tools) {
      String logs = tools.call("log_query", Map.of("node", CONSUMER.value()));
      tools.call("metric_query", Map.of("query", "kafka_consumergroup_lag"));
      tools.call("node_health", Map.of("node", CONSUMER.value()));
      String quote = logs.substring(logs.indexOf("Deserialization"), logs.indexOf("token"));
      return new Answer.Hypothesized(
          new Hypothesis(
              CONSUMER.value(),
              "the consumer is stuck on a message it cannot deserialize",
              List.of("\"" + quote + "\""),
              Optional.of(new StepSpec("supervisor_restart", Optional.of(CONSUMER), Map.of())),
              Optional.empty(),
              List.of("find the producer of the malformed message"),
              OptionalDouble.of(0.7)),
          new Usage(4, 6_000, 400));
    }
  }

  /** Tool outputs as a real walk would give them, about 1 KB each. */
  static final class RecordedTools implements Toolbox {
    @Override
    public List<ToolSpec> specs() {
      return List.of();
    }

    @Override
    public String call(String tool, Map<String, String> arguments) {
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        lines.add("2026-11-22T02:59:" + (10 + i) + "Z " + POISON.replace("48213", "4821" + i));
      }
      return tool + ": " + String.join("\n", lines);
    }
  }

  /** The ledger as the SQLite one behaves for the budget: sums, here kept as running totals. */
  static final class RunningTotals implements SpendLedger {
    private Spend.Total total = Spend.Total.ZERO;

    @Override
    public synchronized void record(Spend spend) {
      total = total.plus(spend);
    }

    @Override
    public synchronized Spend.Total since(Instant from) {
      return total;
    }

    @Override
    public synchronized Spend.Total forIncident(long incident) {
      return Spend.Total.ZERO;
    }
  }
}
