package dev.nightshift.app;

import dev.nightshift.app.cli.NightshiftCommand;

/** Entry point of the runnable jar: the {@code nightshift} command line. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // Libraries log through slf4j-simple; the agent's own account of its work is its console
    // output, so their INFO chatter (client configs, reconnects) is off unless asked for.
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    System.exit(NightshiftCommand.commandLine().execute(args));
  }
}
