package dev.nightshift.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.adapters.webhook.Webhook;
import dev.nightshift.core.incident.Incident;
import dev.nightshift.core.incident.IncidentId;
import dev.nightshift.core.notify.IncidentReport;
import dev.nightshift.core.review.Postmortem;
import dev.nightshift.core.review.PostmortemMarkdown;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code nightshift postmortem INCIDENT}: a markdown postmortem draft of one incident. */
@Command(
    name = "postmortem",
    mixinStandardHelpOptions = true,
    description = {
      "Draft a markdown postmortem of one incident from what the store keeps: summary, impact,",
      "timeline, root cause, what went well and wrong, action items, and the evidence."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:drafted", "1:no such incident, or the store cannot be read", "2:usage"})
final class PostmortemCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "INCIDENT", description = "the incident's number")
  long incident;

  @CommandLine.Mixin StoreOptions store;

  @CommandLine.Option(
      names = "--explore-url",
      paramLabel = "URL",
      description = "Grafana explore URL, for links to the nodes' Loki logs")
  Optional<String> explore = Optional.empty();

  @Override
  public Integer call() {
    CommandLine cli = spec.commandLine();
    if (incident < 1) {
      throw new CommandLine.ParameterException(cli, "INCIDENT is a number from 1: " + incident);
    }
    Instant now = Clock.systemUTC().instant();
    Optional<Optional<IncidentReport>> found =
        store.use(
            cli,
            "postmortem",
            (stores, config) -> {
              Optional<Incident> i = stores.incidents().find(new IncidentId(incident));
              return i.map(x ->
                  Reporting.builder(config, explore)
                      .build(x, stores.timeline(), stores.actions(), stores.changes(), now));
            });
    if (found.isEmpty()) {
      return 1;
    }
    PrintWriter out = cli.getOut();
    if (found.get().isEmpty()) {
      cli.getErr().println("nightshift: no incident " + incident + " in the store");
      return 1;
    }
    Postmortem p = Postmortem.draft(found.get().get(), now);
    if (store.json) {
      ObjectNode o = Json.object();
      o.set("report", Webhook.reportJson(p.report()));
      ObjectNode sections = o.putObject("postmortem");
      sections.put("duration_seconds", p.duration().toSeconds());
      sections.set("went_well", Json.strings(p.wentWell()));
      sections.set("went_wrong", Json.strings(p.wentWrong()));
      sections.set("action_items", Json.strings(p.actionItems()));
      sections.set("appendix", Json.strings(p.appendix()));
      out.println(Json.write(o));
    } else {
      out.print(PostmortemMarkdown.render(p));
    }
    out.flush();
    return 0;
  }
}
