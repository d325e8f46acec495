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
    // The Kafka client warns on every reconnect attempt while a broker is down; Sight already
    // says once that Kafka cannot be seen, and again when it answers.
    String kafka = "org.slf4j.simpleLogger.log.org.apache.kafka";
    if (System.getProperty(kafka) == null) {
      System.setProperty(kafka, "error");
    }
    System.exit(NightshiftCommand.commandLine().execute(args));
  }
}
