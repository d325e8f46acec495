package dev.nightshift.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nightshift.app.config.Config;
import dev.nightshift.app.config.LoadResult;
import dev.nightshift.app.run.LiveAgent;
import dev.nightshift.core.diagnosis.Diagnosis;
import dev.nightshift.core.diagnosis.DiagnosisText;
import dev.nightshift.core.diagnosis.NodeFinding;
import dev.nightshift.core.pipeline.MemoryStores;
import dev.nightshift.core.sla.SlaId;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code nightshift diagnose SLA CONFIG}: one walk of the tree under an SLA against the real
 * systems, printed. Read-only: nothing is opened, recorded or done.
 */
@Command(
    name = "diagnose",
    mixinStandardHelpOptions = true,
    description = {
      "Walk the dependency tree under SLA once against the systems CONFIG names and print each",
      "node's health and evidence and where the root cause is. Read-only: no incident is opened",
      "and no action is taken."
    })
final class DiagnoseCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SLA", description = "the SLA to walk from")
  String sla;

  @Parameters(
      index = "1",
      paramLabel = "CONFIG",
      description = "configuration directory, or a main file naming the others")
  Path location;

  @CommandLine.Option(names = "--json", description = "print JSON instead of text")
  boolean json;

  @Override
  public Integer call() {
    LoadResult result = ConfigOptions.load(spec.commandLine(), location);
    PrintWriter out = spec.commandLine().getOut();
    if (result.config().isEmpty()) {
      ValidateCommand.printErrors(result, spec.commandLine().getErr());
      return 1;
    }
    Config config = result.config().get();
    SlaId id = new SlaId(sla);
    if (config.tree().sla(id).isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "no SLA '"
              + sla
              + "' in the tree; it has "
              + config.tree().slas().stream().map(s -> s.id().toString()).toList());
    }
    try (LiveAgent live =
        new LiveAgent(config, MemoryStores.create(), notice -> {}, out, Clock.systemUTC())) {
      Diagnosis walk = live.agent().diagnose(id);
      out.println(json ? Json.write(json(walk)) : DiagnosisText.render(walk).stripTrailing());
    }
    out.flush();
    return 0;
  }

  private static ObjectNode json(Diagnosis d) {
    ObjectNode o = Json.object().put("sla", d.sla().toString());
    ArrayNode nodes = o.putArray("nodes");
    for (NodeFinding f : d.findings()) {
      ObjectNode n = nodes.addObject();
      n.put("node", f.node().toString())
          .put("status", f.status().toString())
          .put("reason", f.health().reason());
      n.set("errors", Json.strings(f.errors().stream().map(l -> l.text()).toList()));
      n.set("metrics", Json.strings(f.metrics()));
      n.set("gaps", Json.strings(f.gaps()));
    }
    o.put("root_cause", DiagnosisText.verdict(d.rootCause()));
    return o;
  }
}
