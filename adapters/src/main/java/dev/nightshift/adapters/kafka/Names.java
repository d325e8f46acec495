package dev.nightshift.adapters.kafka;

import java.util.regex.Pattern;

/** The shapes of names this adapter sends to a cluster, checked before any call is made. */
final class Names {

  // Kafka's own rule for topic names (Topic.validate).
  private static final Pattern TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,249}");
  // Kafka accepts any group id; we accept visible ASCII so that a reason can always print it.
  private static final Pattern GROUP = Pattern.compile("[\\x21-\\x7E]{1,255}");
  private static final Pattern SERVER =
      Pattern.compile(
          "(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?):([0-9]{1,5})");

  private Names() {}

  static String topic(String topic) {
    if (!TOPIC.matcher(topic).matches() || topic.equals(".") || topic.equals("..")) {
      throw new IllegalArgumentException(
          "not a Kafka topic name (letters, digits, '.', '_', '-'; at most 249): " + topic);
    }
    return topic;
  }

  static String group(String group) {
    if (!GROUP.matcher(group).matches()) {
      throw new IllegalArgumentException(
          "not a consumer group id this agent accepts (visible ASCII, at most 255): " + group);
    }
    return group;
  }

  /** A {@code host:port} entry of {@code bootstrap.servers}. */
  static String server(String server) {
    var matcher = SERVER.matcher(server);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("not a Kafka bootstrap server (host:port): " + server);
    }
    int port = Integer.parseInt(matcher.group(2));
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port out of range in bootstrap server: " + server);
    }
    return server;
  }
}
