package dev.nightshift.app.cli;

import dev.nightshift.adapters.store.SqliteStore;
import dev.nightshift.adapters.store.StoreException;
import dev.nightshift.app.config.AgentSettings;
import dev.nightshift.app.config.Config;
import dev.nightshift.app.config.ConfigLoader;
import dev.nightshift.app.config.Secret;
import dev.nightshift.app.config.yaml.Problem;
import dev.nightshift.app.drill.ScenarioReader;
import dev.nightshift.app.drill.ScenarioResult;
import dev.nightshift.app.http.AgentMetrics;
import dev.nightshift.app.run.ReasonerLine;
import dev.nightshift.app.run.Reasonings;
import dev.nightshift.core.notify.Notifier;
import dev.nightshift.core.pipeline.MemoryStores;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.sim.VirtualClock;
import dev.nightshift.sim.drill.DrillRun;
import dev.nightshift.sim.drill.DrillRunner;
import dev.nightshift.sim.scenario.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nightshift demo}: an hour of the seed's freshness pipeline in the simulator, incidents one
 * after another, with the live timeline and every report printed as the agent works.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Run the seed's freshness pipeline in the simulator with a rolling schedule of incidents",
      "(Redis client exhaustion, a WebSocket reconnect storm, a dead consumer, Redis",
      "fragmentation, the upstream feed gone, an error nothing explains) and print the agent's",
      "live timeline and reports. Nothing needs to be installed but a JDK."
    })
final class DemoCommand implements Callable<Integer> {

  private static final Duration DRAIN = Duration.ofSeconds(30);
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--scenario",
      paramLabel = "FILE",
      description = "the demo scenario (default: ${DEFAULT-VALUE})")
  Path scenarioFile = Path.of("examples/freshness-pipeline/demo.yaml");

  @Option(
      names = "--speed",
      paramLabel = "N",
      description =
          "simulated seconds per real second; 0 runs as fast as possible (default: ${DEFAULT-VALUE})")
  double speed = 60;

  @Option(names = "--quiet-nodes", description = "do not print each node check of a walk")
  boolean quietNodes;

  @Option(
      names = "--store",
      paramLabel = "URL",
      description =
          "keep the demo's incidents in this SQLite store (jdbc:sqlite:FILE) for 'nightshift"
              + " postmortem' and 'nightshift report'; default: in memory only")
  Optional<String> store = Optional.empty();

  @Option(
      names = "--port",
      paramLabel = "N",
      description =
          "serve the web UI and API on 127.0.0.1:N; 0 picks a free port (default: ${DEFAULT-VALUE})")
  int port = 8077;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description = "the UI's admin token (default: a random one, printed with the address)")
  String token = randomToken();

  @Option(names = "--no-ui", description = "do not serve the web UI; exit when the demo ends")
  boolean noUi;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(scenarioFile)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "no demo scenario at "
              + scenarioFile
              + " (run from the repository root, or pass --scenario)");
    }
    if (speed < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--speed cannot be negative");
    }
    ScenarioResult read =
        new ScenarioReader(ConfigLoader.withSystemEnvironment()::load).read(scenarioFile);
    read.problems().stream().map(Problem::format).forEach(err::println);
    if (!read.isValid()) {
      return 1;
    }
    Scenario scenario = read.scenario().orElseThrow();
    Config config = read.config().orElseThrow();
    out.printf(
        "Nightshift demo: %s, %d SLAs, %d nodes, %d known errors; %s of simulated time%s%n%n",
        config.agent().name(),
        config.tree().slas().size(),
        config.tree().nodes().size(),
        config.knownErrors().size(),
        scenario.duration().toMinutes() + "m",
        speed == 0 ? "" : " at " + (int) speed + "x");
    if (config.agent().llm().isEnabled()) {
      out.println("nightshift: " + ReasonerLine.of(config.agent().llm()));
    }
    out.flush();
    try (SqliteStore sqlite = store.map(SqliteStore::open).orElse(null)) {
      Stores kept = sqlite == null ? MemoryStores.create() : sqlite.stores();
      run(scenario, read, TimelinePrinter.printing(kept, out, DemoSummary.CLOCK, quietNodes), out);
    } catch (StoreException e) {
      err.println("nightshift: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println(
          "nightshift: cannot serve the UI on 127.0.0.1:"
              + port
              + ": "
              + e.getMessage()
              + " (pass --port 0 for any free port, or --no-ui)");
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private DrillRun run(Scenario scenario, ScenarioResult read, Stores stores, PrintWriter out)
      throws IOException, InterruptedException {
    VirtualClock clock = new VirtualClock(scenario.start());
    Config config = !noUi ? withDemoApi(read.config().orElseThrow()) : read.config().orElseThrow();
    DemoPacer pacer =
        new DemoPacer(
            speed, scenario.start(), () -> !noUi && !stores.approvals().pending().isEmpty());
    DemoView view = new DemoView(config, stores, clock, scenario.tick(), pacer::ticked);
    Notifier console =
        Notifier.onClose((incident, report) -> {
          out.println();
          out.println(report.strip().indent(4));
          out.flush();
        });
    try (HumanLoop loop =
        HumanLoop.prepare(config, stores, console, clock, spec.commandLine().getErr())) {
      loop.start(Optional.empty(), false);
      if (!noUi) {
        URI url = loop.serve(view, new AgentMetrics(clock)).orElseThrow().url();
        out.println("nightshift: UI at " + url + "#token=" + token);
        out.println(
            "nightshift: when an approval is asked for, the demo slows to real time: approve it"
                + " in the UI (or let the scheduled on-call answer)");
        out.flush();
      }
      // The demo keeps provider none unless its configuration names a model.
      DrillRun run =
          DrillRunner.run(
              scenario,
              read.setup(Reasonings.standard().build(config, stores.incidents())),
              loop.notifier(),
              stores,
              clock,
              view);
      if (noUi) {
        deliverLast(loop, stores, clock, out);
      }
      DemoSummary.print(run, out);
      if (!noUi) {
        out.println("nightshift: demo finished; the UI stays up at the address above until Ctrl-C");
        out.flush();
        new CountDownLatch(1).await();
      }
      return run;
    }
  }

  // Without the UI the demo exits now: first the outbox, waiting for retries in real time (the
  // simulated clock, which the outbox's due times follow, moves along).
  private void deliverLast(HumanLoop loop, Stores stores, VirtualClock clock, PrintWriter out)
      throws InterruptedException {
    LastNotices.deliver(
        loop.drain(),
        DRAIN,
        wait -> {
          TimeUnit.MILLISECONDS.sleep(wait.toMillis());
          clock.advance(wait);
        },
        out,
        store.isPresent()
            ? "they are kept in the store"
            : "they are lost with the in-memory store (--store keeps them)");
  }

  // The demo serves its own API on --port with one admin token, whatever the config says.
  private Config withDemoApi(Config c) {
    AgentSettings.Http http =
        new AgentSettings.Http(
            "127.0.0.1",
            Optional.of(port),
            List.of(
                new AgentSettings.ApiToken(
                    "demo", AgentSettings.Role.ADMIN, new Secret("--token", token))));
    return new Config(
        c.location(), c.agent().withHttp(http), c.tree(), c.knownErrors(), c.policy(), c.reader());
  }

  private static String randomToken() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
