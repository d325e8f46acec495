package dev.nightshift.app.cli;

import dev.nightshift.app.config.Config;
import dev.nightshift.app.config.LoadResult;
import dev.nightshift.core.audit.AuditRecord;
import dev.nightshift.core.pipeline.Stores;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code nightshift kill-switch on|off|status CONFIG}: the operator's stop button. It is kept in
 * the agent's store, so a running or restarted agent turns every action into a logged intention
 * from its next decision on; the change is audited with the operator's name.
 */
@Command(
    name = "kill-switch",
    mixinStandardHelpOptions = true,
    description = {
      "Turn the kill switch on or off, or show it. While it is on (here or in policy.yaml) the",
      "agent still detects, diagnoses and reports, but every action is only logged as an",
      "intention. Kept in the store named by the configuration's store.url."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:the configuration or the store could not be read", "2:usage"})
final class KillSwitchCommand implements Callable<Integer> {

  enum Change {
    on,
    off,
    status
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "on|off|status", description = "${COMPLETION-CANDIDATES}")
  Change change;

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
    PrintWriter err = spec.commandLine().getErr();
    if (result.config().isEmpty()) {
      ValidateCommand.printErrors(result, err);
      return 1;
    }
    Config c = result.config().get();
    Optional<Boolean> stored =
        LocalStore.use(c, "kill-switch", false, err, stores -> apply(stores, c.agent().name()));
    if (stored.isEmpty()) {
      return 1;
    }
    boolean policy = c.policy().killSwitch();
    boolean on = stored.get() || policy;
    if (json) {
      out.println(
          Json.write(
              Json.object()
                  .put("kill_switch", on)
                  .put("store", stored.get())
                  .put("policy", policy)));
    } else {
      String state = on ? "ON" + (policy ? " (policy.yaml sets kill_switch: true)" : "") : "off";
      out.println(c.agent().name() + ": kill switch " + state);
    }
    out.flush();
    return 0;
  }

  // Makes the change (audited with the operator's name) and answers with the stored switch.
  private boolean apply(Stores stores, String agent) {
    if (change != Change.status) {
      stores.controls().setKillSwitch(change == Change.on);
      stores
          .audit()
          .append(
              new AuditRecord(
                  Clock.systemUTC().instant(),
                  System.getProperty("user.name", "operator"),
                  "control.kill_switch",
                  "agent " + agent,
                  "kill switch turned " + change + " from the command line"));
    }
    return stores.controls().killSwitch();
  }
}
