package dev.nightshift.adapters.kafka;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns the Kafka client's own logging down to warnings, without choosing a logging backend for the
 * application: it prints its whole configuration at INFO each time a client starts, which buries
 * the agent's log. The client logs through slf4j; whichever provider the application has is told,
 * when it reads one of these settings, and an explicit setting by the operator wins.
 */
final class QuietLogs {

  private static final String KAFKA = "org.apache.kafka";
  // java.util.logging holds loggers weakly: keep ours, or the level is lost with it.
  private static final Logger JUL = Logger.getLogger(KAFKA);

  private QuietLogs() {}

  static synchronized void kafkaClients() {
    // slf4j-simple reads its per-logger level from system properties when a logger is created.
    String simple = "org.slf4j.simpleLogger.log." + KAFKA;
    if (System.getProperty(simple) == null) {
      System.setProperty(simple, "warn");
    }
    // slf4j-jdk14 logs through java.util.logging.
    if (JUL.getLevel() == null) {
      JUL.setLevel(Level.WARNING);
    }
  }
}
