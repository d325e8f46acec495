package dev.nightshift.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.core.measure.Durations;
import dev.nightshift.core.measure.ParseResult;
import dev.nightshift.core.pipeline.Stores;
import dev.nightshift.core.review.IncidentStats;
import dev.nightshift.core.review.Reviewed;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code nightshift report --since 7d}: how the incidents of a recent window went. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Summarise the incidents opened in a recent window: by SLA and state, the share resolved",
      "without a human, time to detect and to resolve (median, p90), recurring known errors",
      "against the window before, escalations, and actions denied or blocked."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:reported", "1:the store cannot be read", "2:usage"})
final class ReportCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(
      names = "--since",
      paramLabel = "DURATION",
      defaultValue = "7d",
      description = "the window, back from now: 30m, 24h, 7d (default ${DEFAULT-VALUE})")
  String since;

  @CommandLine.Option(
      names = "--until",
      paramLabel = "TIME",
      description = "the window's end, an ISO instant such as 2026-03-03T00:00:00Z (default: now)")
  Optional<Instant> until = Optional.empty();

  @CommandLine.Mixin StoreOptions store;

  Clock clock = Clock.systemUTC();

  @Override
  public Integer call() {
    CommandLine cli = spec.commandLine();
    Duration window = window(cli);
    Instant to = until.orElseGet(clock::instant);
    Instant from = to.minus(window);
    Optional<IncidentStats> stats =
        store.use(
            cli,
            "report",
            (stores, config) ->
                IncidentStats.of(
                    from,
                    to,
                    reviewed(stores, from, to),
                    reviewed(stores, from.minus(window), from)));
    if (stats.isEmpty()) {
      return 1;
    }
    PrintWriter out = cli.getOut();
    if (store.json) {
      out.println(Json.write(json(stats.get(), since)));
    } else {
      out.print(StatsText.render(stats.get(), since));
    }
    out.flush();
    return 0;
  }

  private Duration window(CommandLine cli) {
    ParseResult<Duration> parsed = Durations.parse(since);
    return switch (parsed) {
      case ParseResult.Valid<Duration> v when !v.value().isZero() -> v.value();
      case ParseResult.Valid<Duration> v ->
          throw new CommandLine.ParameterException(cli, "--since must be longer than 0s");
      case ParseResult.Invalid<Duration> i ->
          throw new CommandLine.ParameterException(cli, "--since: " + i.message());
    };
  }

  private static List<Reviewed> reviewed(Stores stores, Instant from, Instant to) {
    return stores.incidents().recent(Integer.MAX_VALUE).stream()
        .filter(i -> !i.openedAt().isBefore(from) && i.openedAt().isBefore(to))
        .map(i ->
            new Reviewed(
                i, stores.timeline().events(i.id()), stores.actions().forIncident(i.id().value())))
        .toList()
        .reversed();
  }

  private static ObjectNode json(IncidentStats s, String since) {
    ObjectNode o = Json.object();
    o.put("since", since).put("from", s.from().toString()).put("to", s.to().toString());
    o.put("incidents", s.total());
    ObjectNode bySla = o.putObject("by_sla");
    s.bySla()
        .forEach((sla, states) -> {
          ObjectNode n = bySla.putObject(sla);
          states.forEach(n::put);
        });
    o.put("auto_resolved", s.autoResolved()).put("auto_resolved_share", s.autoResolvedShare());
    spread(o.putObject("mttd"), s.timeToDetect()).put("measures", StatsText.MTTD_NOTE);
    spread(o.putObject("mttr"), s.timeToResolve()).put("measures", StatsText.MTTR_NOTE);
    ArrayNode recurring = o.putArray("recurring_known_errors");
    s.recurring()
        .forEach(r ->
            recurring
                .addObject()
                .put("known_error", r.knownError())
                .put("count", r.count())
                .put("previous", r.previous())
                .put("trend", r.trend()));
    ArrayNode escalations = o.putArray("escalations");
    s.escalations()
        .forEach(e ->
            escalations
                .addObject()
                .put("incident", e.incident())
                .put("sla", e.sla())
                .put("reason", e.reason()));
    ArrayNode blocked = o.putArray("blocked_actions");
    s.blocked()
        .forEach(b ->
            blocked
                .addObject()
                .put("incident", b.incident())
                .put("action", b.action())
                .put("outcome", b.outcome())
                .put("reason", b.reason()));
    return o;
  }

  private static ObjectNode spread(ObjectNode o, IncidentStats.Spread s) {
    return o.put("count", s.count())
        .put("median_seconds", s.median().toMillis() / 1000.0)
        .put("p90_seconds", s.p90().toMillis() / 1000.0);
  }
}
