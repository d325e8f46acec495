package dev.nightshift.app.cli;

import dev.nightshift.adapters.store.SqliteStore;
import dev.nightshift.adapters.store.StoreException;
import dev.nightshift.app.config.Config;
import dev.nightshift.app.config.LoadResult;
import dev.nightshift.app.config.yaml.Problem;
import dev.nightshift.app.http.AgentMetrics;
import dev.nightshift.app.http.ApiServer;
import dev.nightshift.app.run.Daemon;
import dev.nightshift.app.run.LiveAgent;
import dev.nightshift.app.run.ReasonerLine;
import dev.nightshift.app.run.Reasonings;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.notify.Notifier;
import dev.nightshift.core.pipeline.Stores;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code nightshift run CONFIG}: the agent itself, watching the real platform until SIGTERM, then
 * stopping gracefully; open incidents resume at the next start.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run the agent against the systems the configuration names: measure SLAs, open incidents,",
      "walk the tree, fix what policy allows, verify, report. Stops gracefully on SIGTERM or",
      "Ctrl-C; incidents still open resume at the next start."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "1:the configuration or store could not be used",
      "2:usage error",
      "143:stopped by SIGTERM (130: by Ctrl-C), as any JVM stopped by a signal"
    })
final class AgentRunCommand implements Callable<Integer> {

  private static final Duration TICK = Duration.ofSeconds(1);
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "CONFIG",
      description = "configuration directory, or a main file naming the others")
  Path location;

  @Option(
      names = "--grace",
      paramLabel = "SECONDS",
      description = "how long a stop waits for work in flight (default: ${DEFAULT-VALUE})")
  long graceSeconds = 60;

  @Option(
      names = "--reports",
      paramLabel = "DIR",
      description = "also write each incident's report to DIR/incident-N.md")
  Path reports;

  @Option(names = "--quiet-nodes", description = "do not print each node check of a walk")
  boolean quietNodes;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LoadResult result = ConfigOptions.load(spec.commandLine(), location);
    result.problems().stream().map(Problem::format).forEach(err::println);
    if (!result.isValid()) {
      err.println("nightshift: " + location + ": not started; fix the errors above");
      return 1;
    }
    Config config = result.config().orElseThrow();
    String url = config.agent().storeUrl();
    if (!url.startsWith("jdbc:sqlite:")) {
      err.println(
          "nightshift: run uses the embedded SQLite store in this version; store.url is " + url);
      return 1;
    }
    SqliteStore store;
    try {
      store = SqliteStore.open(url);
    } catch (StoreException e) {
      err.println("nightshift: " + e.getMessage());
      return 1;
    }
    Clock clock = Clock.systemUTC();
    Stores stores = TimelinePrinter.printing(store.stores(), out, CLOCK, quietNodes);
    AgentMetrics metrics = new AgentMetrics(clock);
    HumanLoop loop =
        HumanLoop.prepare(
            config, stores, Notifier.onClose((i, report) -> report(i, report, out)), clock, err);
    LiveAgent live =
        new LiveAgent(config, stores, loop.notifier(), metrics, Reasonings.standard(), out, clock);
    Daemon daemon = new Daemon(live.agent(), stores.audit(), config.agent().name(), out, clock);
    Optional<ApiServer> api;
    try {
      loop.start(Optional.of(live.agent()), true);
      api = loop.serve(live.view(daemon::lastTick, TICK), metrics);
    } catch (IOException e) {
      err.println(
          "nightshift: cannot serve the API on "
              + config.agent().http().bind()
              + ":"
              + config.agent().http().port().orElseThrow()
              + ": "
              + e.getMessage());
      loop.close();
      live.close();
      store.close();
      return 1;
    }
    api.ifPresent(a -> {
      out.println("nightshift: API listening on " + a.url());
      out.flush();
    });
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  out.println("nightshift: stopping (waiting up to " + graceSeconds + "s)");
                  out.flush();
                  Instant stopping = clock.instant();
                  boolean clean = daemon.stop(Duration.ofSeconds(graceSeconds));
                  deliverLast(loop, stores, stopping, clock, out);
                  loop.close();
                  live.close();
                  store.close();
                  out.println(
                      clean
                          ? "nightshift: stopped"
                          : "nightshift: stopped; work in flight was interrupted");
                  out.flush();
                  stopped.countDown();
                },
                "nightshift-shutdown"));
    daemon.start(TICK);
    daemon.awaitFirstTick(Duration.ofMinutes(1));
    out.printf(
        "nightshift: %s watching %s, %s, %s; ready %d ms after JVM start%n",
        config.agent().name(),
        ValidateCommand.plural(config.tree().slas().size(), "SLA"),
        ValidateCommand.plural(config.tree().nodes().size(), "node"),
        ValidateCommand.plural(config.knownErrors().size(), "known error"),
        Duration.between(
                ProcessHandle.current().info().startInstant().orElse(Instant.now()), Instant.now())
            .toMillis());
    out.println("nightshift: " + ReasonerLine.of(config.agent().llm()));
    out.flush();
    stopped.await();
    return 0;
  }

  private void report(Incident incident, String report, PrintWriter out) {
    synchronized (out) {
      out.println();
      out.println(report.strip().indent(4));
      out.flush();
    }
    if (reports == null) {
      return;
    }
    try {
      Files.createDirectories(reports);
      Files.writeString(reports.resolve("incident-" + incident.id() + ".md"), report);
    } catch (IOException e) {
      out.println(
          "nightshift: could not write the report of #" + incident.id() + ": " + e.getMessage());
    }
  }

  // The notices of the last ticks go out before the process exits, within what is left of the
  // grace.
  private void deliverLast(
      HumanLoop loop, Stores stores, Instant stopping, Clock clock, PrintWriter out) {
    Duration left =
        Duration.ofSeconds(graceSeconds).minus(Duration.between(stopping, clock.instant()));
    try {
      LastNotices.deliver(
          loop.drain(),
          left.isNegative() ? Duration.ZERO : left,
          wait -> TimeUnit.MILLISECONDS.sleep(wait.toMillis()),
          out,
          "they are kept in the store and sent after the next start");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
