package dev.nightshift.app.cli;

import dev.nightshift.adapters.store.SqliteStore;
import dev.nightshift.adapters.store.StoreException;
import dev.nightshift.app.config.Config;
import dev.nightshift.app.config.ConfigLoader;
import dev.nightshift.app.config.yaml.Problem;
import dev.nightshift.app.drill.ScenarioReader;
import dev.nightshift.app.drill.ScenarioResult;
import dev.nightshift.core.audit.AuditChain;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.knowledge.KnownErrorStats;
import dev.nightshift.core.notify.Notifier;
import dev.nightshift.core.pipeline.MemoryStores;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.sim.drill.DrillRun;
import dev.nightshift.sim.drill.DrillRunner;
import dev.nightshift.sim.scenario.Scenario;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Callable;
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

  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

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
    out.flush();
    try (SqliteStore sqlite = store.map(SqliteStore::open).orElse(null)) {
      Stores kept = sqlite == null ? MemoryStores.create() : sqlite.stores();
      summary(
          run(scenario, read, TimelinePrinter.printing(kept, out, CLOCK, quietNodes), out), out);
    } catch (StoreException e) {
      err.println("nightshift: " + e.getMessage());
      return 1;
    }
    return 0;
  }

  private DrillRun run(Scenario scenario, ScenarioResult read, Stores stores, PrintWriter out) {
    return DrillRunner.run(
        scenario,
        read.setup(),
        Notifier.onClose((incident, report) -> {
          out.println();
          out.println(report.strip().indent(4));
          out.flush();
        }),
        stores,
        pacer(scenario.start()));
  }

  // Sleeps so that simulated time runs at --speed times real time; the run itself never waits.
  private java.util.function.Consumer<Instant> pacer(Instant virtualStart) {
    long realStart = System.nanoTime();
    return virtualNow -> {
      if (speed == 0) {
        return;
      }
      long due = realStart + (long) (Duration.between(virtualStart, virtualNow).toNanos() / speed);
      long ahead = due - System.nanoTime();
      if (ahead > 0) {
        try {
          TimeUnit.NANOSECONDS.sleep(ahead);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
  }

  private static void summary(DrillRun run, PrintWriter out) {
    out.println();
    out.println("Incidents:");
    for (Incident i : run.incidents()) {
      out.printf(
          "  #%-3s %-24s %-9s root cause %-24s known error %-6s %s%n",
          i.id(),
          i.sla(),
          i.state(),
          i.progress().rootCause().map(Object::toString).orElse("-"),
          i.progress().knownError().map(Object::toString).orElse("-"),
          i.closedAt()
              .map(c -> "in " + Duration.between(i.openedAt(), c).toSeconds() + "s")
              .orElse("open"));
    }
    out.println("Known-error memory (learned in the store):");
    for (KnownErrorStats s : run.stores().knownErrors().all()) {
      out.printf(
          "  %-7s seen %d times (last %s), %d fixed, %d failed, mean time to resolve %s%n",
          s.id(),
          s.occurrences(),
          s.lastSeen().map(CLOCK::format).orElse("-"),
          s.successes(),
          s.failures(),
          s.meanTimeToResolve().map(d -> d.toSeconds() + "s").orElse("-"));
    }
    out.println(
        "Executed actions: "
            + run.platform().executed().size()
            + "; policy violations seen by the simulator: "
            + run.platform().violations().size());
    out.println(
        "Audit trail: "
            + switch (AuditChain.verify(run.stores().audit().entries())) {
              case AuditChain.Check.Intact i -> "intact, " + i.entries() + " hash-chained entries";
              case AuditChain.Check.Broken b -> "BROKEN at " + b.sequence() + ": " + b.reason();
            });
    out.flush();
  }
}
