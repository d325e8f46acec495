package dev.nightshift.app;

import dev.nightshift.app.cli.NightshiftCommand;

/** Entry point of the runnable jar: the {@code nightshift} command line. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(NightshiftCommand.commandLine().execute(args));
  }
}
