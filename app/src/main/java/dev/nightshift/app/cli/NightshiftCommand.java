package dev.nightshift.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code nightshift} command; the work is in its subcommands. */
@Command(
    name = "nightshift",
    mixinStandardHelpOptions = true,
    versionProvider = NightshiftCommand.Version.class,
    description = {
      "Nightshift: a self-hosted autonomous SRE agent that works backwards from business SLAs.",
      ""
    },
    subcommands = {
      ValidateCommand.class,
      TreeCommand.class,
      DiagnoseCommand.class,
      DrillCommand.class,
      DemoCommand.class,
      AgentRunCommand.class,
      AuditCommand.class,
      KillSwitchCommand.class,
      IncidentsCommand.class,
      ApproveCommand.class,
      DenyCommand.class,
      KnownErrorsCommand.class,
      LearnCommand.class,
      PostmortemCommand.class,
      ReportCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 ok, 1 a check failed (e.g. the configuration has errors), 2 usage error,",
      "3 internal error (a bug: please report it)."
    })
public final class NightshiftCommand implements Runnable {

  /** An exit code for failures that are Nightshift's fault, not the input's. */
  public static final int INTERNAL_ERROR = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** Builds the command line with the exit codes and error handling every entry point shares. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new NightshiftCommand());
    cli.setParameterExceptionHandler((e, args) -> {
      CommandLine failed = e.getCommandLine();
      failed.getErr().println("nightshift: " + e.getMessage());
      failed
          .getErr()
          .println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for usage.");
      return CommandLine.ExitCode.USAGE;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("nightshift: internal error: " + e);
      if (System.getenv("NIGHTSHIFT_DEBUG") != null) {
        e.printStackTrace(commandLine.getErr());
      } else {
        commandLine.getErr().println("(run with NIGHTSHIFT_DEBUG=1 for the stack trace)");
      }
      return INTERNAL_ERROR;
    });
    return cli;
  }

  /** The version from the jar's manifest, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = NightshiftCommand.class.getPackage().getImplementationVersion();
      return new String[] {"nightshift " + (version == null ? "development" : version)};
    }
  }
}
