package dev.nightshift.bench;

import dev.nightshift.adapters.store.SqliteStore;
import dev.nightshift.adapters.webhook.Webhook;
import dev.nightshift.app.config.AgentSettings;
import dev.nightshift.app.config.Config;
import dev.nightshift.app.config.ConfigLoader;
import dev.nightshift.app.config.Secret;
import dev.nightshift.app.drill.ScenarioReader;
import dev.nightshift.app.drill.ScenarioResult;
import dev.nightshift.app.http.AgentMetrics;
import dev.nightshift.app.http.AgentView;
import dev.nightshift.app.http.ApiServer;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.NewIncident;
import dev.nightshift.core.notify.Channel;
import dev.nightshift.core.notify.DeliveryWorker;
import dev.nightshift.core.notify.Dispatcher;
import dev.nightshift.core.notify.IncidentReport;
import dev.nightshift.core.notify.Notice;
import dev.nightshift.core.notify.Outlet;
import dev.nightshift.core.notify.ReportBuilder;
import dev.nightshift.core.notify.ReportLinks;
import dev.nightshift.core.notify.Route;
import dev.nightshift.core.notify.SendResult;
import dev.nightshift.core.notify.TextReport;
import dev.nightshift.core.pipeline.MemoryStores;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.core.sla.SlaCheck;
import dev.nightshift.core.sla.SlaId;
import dev.nightshift.core.topology.NodeId;
import dev.nightshift.sim.VirtualClock;
import dev.nightshift.sim.drill.DrillRun;
import dev.nightshift.sim.drill.DrillRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The human loop's costs, on the incidents of one run of the demo (examples/freshness-pipeline
 * demo.yaml): the API answering the UI's polls over loopback HTTP, one report built and rendered,
 * and one notice through the durable outbox (SQLite) to three channels that accept at once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HumanLoopBench {

  private static final String TOKEN = "bench-token";

  private Stores stores;
  private Config config;
  private Incident incident;
  private ReportBuilder reports;
  private ApiServer api;
  private HttpClient http;
  private HttpRequest incidents;
  private HttpRequest detail;
  private Path dir;
  private SqliteStore outboxStore;
  private Dispatcher dispatcher;
  private DeliveryWorker worker;
  private Incident durableIncident;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    ScenarioResult read =
        new ScenarioReader(ConfigLoader.withSystemEnvironment()::load).read(demo());
    stores = MemoryStores.create();
    DrillRun run =
        DrillRunner.run(
            read.scenario().orElseThrow(),
            read.setup(),
            notice -> {},
            stores,
            new VirtualClock(read.scenario().orElseThrow().start()),
            now -> {});
    config = read.config().orElseThrow();
    incident = run.incidents().get(4); // the hung Redis: approval, restart, resolved
    reports = new ReportBuilder(config.tree(), config.knownErrors(), ReportLinks.NONE);
    api =
        ApiServer.start(
            new AgentSettings.Http(
                "127.0.0.1",
                Optional.of(0),
                List.of(
                    new AgentSettings.ApiToken(
                        "bench", AgentSettings.Role.VIEWER, new Secret("bench", TOKEN)))),
            view(),
            new AgentMetrics(Clock.systemUTC()),
            Clock.systemUTC(),
            new PrintWriter(System.err, true));
    http = HttpClient.newHttpClient();
    incidents = get("api/v1/incidents?state=all&limit=50");
    detail = get("api/v1/incidents/" + incident.id().value());
    outbox();
  }

  // Three channels that take every notice at once: what remains is routing, the durable outbox
  // (insert, read due, mark delivered), the report and the audit entry per delivery.
  private void outbox() throws IOException {
    dir = Files.createTempDirectory("nightshift-bench");
    outboxStore = SqliteStore.open("jdbc:sqlite:" + dir.resolve("outbox.db"));
    Stores durable = outboxStore.stores();
    durableIncident =
        durable
            .incidents()
            .open(
                new NewIncident(
                    incident.sla(), incident.severity(), incident.trigger(), incident.openedAt()));
    List<Outlet> outlets =
        List.of("chat", "pager", "tracker").stream()
            .map(name -> new Outlet(accepting(name), Route.defaults("webhook"), 1_000_000))
            .toList();
    Clock clock = Clock.systemUTC();
    worker =
        new DeliveryWorker(
            durable.deliveries(),
            durable.incidents(),
            durable.approvals(),
            durable.audit(),
            outlets,
            n -> reports.build(n.incident(), List.of(), List.of(), List.of(), clock.instant()),
            clock,
            DeliveryWorker.Settings.DEFAULTS,
            e -> {});
    dispatcher = new Dispatcher(durable.deliveries(), outlets, clock, () -> {}, e -> {});
  }

  private int sequence;

  @Benchmark
  public String apiIncidentList() throws Exception {
    return http.send(incidents, HttpResponse.BodyHandlers.ofString()).body();
  }

  @Benchmark
  public String apiIncidentDetail() throws Exception {
    return http.send(detail, HttpResponse.BodyHandlers.ofString()).body();
  }

  @Benchmark
  public String reportBuiltAndRendered() {
    IncidentReport report =
        reports.build(
            incident,
            stores.timeline(),
            stores.actions(),
            stores.changes(),
            incident.closedAt().orElseThrow());
    return TextReport.render(report) + Webhook.reportJson(report);
  }

  /** One notice, each time a new recovery wording so the outbox never de-duplicates it. */
  @Benchmark
  public int noticeThroughTheOutboxToThreeChannels() {
    dispatcher.notify(new Notice.Recovered(durableIncident, "recovered #" + sequence++));
    worker.runDue();
    return sequence;
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    api.close();
    outboxStore.close();
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(api.url().resolve(path))
        .header("Authorization", "Bearer " + TOKEN)
        .build();
  }

  private static Channel accepting(String name) {
    return new Channel() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public SendResult send(Notice notice, IncidentReport report, Optional<String> reference) {
        return new SendResult.Sent(Optional.empty());
      }
    };
  }

  private AgentView view() {
    Instant started = Instant.now();
    return new AgentView() {
      @Override
      public Config config() {
        return config;
      }

      @Override
      public Stores stores() {
        return stores;
      }

      @Override
      public Map<SlaId, SlaCheck> slaChecks() {
        return Map.of();
      }

      @Override
      public Map<NodeId, NodeHealth> nodeHealth() {
        return Map.of();
      }

      @Override
      public List<BlindSource> blindSources() {
        return List.of();
      }

      @Override
      public Optional<Instant> lastTick() {
        return Optional.of(Instant.now());
      }

      @Override
      public Duration tickInterval() {
        return Duration.ofSeconds(1);
      }

      @Override
      public Instant startedAt() {
        return started;
      }
    };
  }

  private static Path demo() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path candidate = d.resolve("examples/freshness-pipeline/demo.yaml");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("run from the repository: demo.yaml not found");
  }
}
