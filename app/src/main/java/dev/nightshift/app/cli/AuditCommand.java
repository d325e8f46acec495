package dev.nightshift.app.cli;

import dev.nightshift.app.config.LoadResult;
import dev.nightshift.core.audit.AuditChain;
import dev.nightshift.core.audit.AuditEntry;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code nightshift audit verify CONFIG}: checks that nobody edited the audit trail. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Work with the agent's append-only, hash-chained audit trail.",
    subcommands = {AuditCommand.Verify.class})
final class AuditCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  /** Recomputes every hash in the store named by the configuration's {@code store.url}. */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Recompute the audit trail's hash chain in the store the configuration names.",
        "Reports the first entry that was edited, deleted or reordered."
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:the chain is intact", "1:tampering found, or the store cannot be read"})
  static final class Verify implements Callable<Integer> {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin ConfigOptions config;

    @Override
    public Integer call() {
      LoadResult result = config.load(spec.commandLine());
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (result.config().isEmpty()) {
        ValidateCommand.printErrors(result, err);
        return 1;
      }
      String url = result.config().get().agent().storeUrl();
      Optional<List<AuditEntry>> entries =
          LocalStore.use(
              result.config().get(), "audit verify", true, err, s -> s.audit().entries());
      if (entries.isEmpty()) {
        return 1;
      }
      AuditChain.Check check = AuditChain.verify(entries.get());
      boolean intact = check instanceof AuditChain.Check.Intact;
      if (config.json) {
        var o = Json.object();
        o.put("store", url);
        o.put("intact", intact);
        switch (check) {
          case AuditChain.Check.Intact i -> o.put("entries", i.entries()).put("head", i.head());
          case AuditChain.Check.Broken b ->
              o.put("broken_at", b.sequence()).put("reason", b.reason());
        }
        out.println(Json.write(o));
      } else {
        out.println(
            switch (check) {
              case AuditChain.Check.Intact i ->
                  url + ": audit trail intact: " + i.entries() + " entries, head " + i.head();
              case AuditChain.Check.Broken b ->
                  url + ": audit trail BROKEN at entry " + b.sequence() + ": " + b.reason();
            });
      }
      out.flush();
      return intact ? 0 : 1;
    }
  }
}
