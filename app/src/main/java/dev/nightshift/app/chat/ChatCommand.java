package dev.nightshift.app.chat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A chat message split into a verb and its arguments: case-insensitive, a leading {@code /} and a
 * Telegram {@code @botname} suffix ignored, {@code kill switch} and {@code kill_switch} the same.
 */
record ChatCommand(String verb, List<String> args) {

  ChatCommand {
    args = List.copyOf(args);
  }

  static ChatCommand parse(String text) {
    String trimmed = text.strip();
    if (trimmed.startsWith("/")) {
      trimmed = trimmed.substring(1);
    }
    if (trimmed.isEmpty()) {
      return new ChatCommand("", List.of());
    }
    List<String> words = Arrays.asList(trimmed.split("\\s+"));
    String verb = words.getFirst().toLowerCase(Locale.ROOT);
    int at = verb.indexOf('@');
    if (at > 0) {
      verb = verb.substring(0, at);
    }
    List<String> args = words.subList(1, words.size());
    if (verb.equals("kill") && !args.isEmpty() && args.getFirst().equalsIgnoreCase("switch")) {
      return new ChatCommand("kill_switch", args.subList(1, args.size()));
    }
    return new ChatCommand(verb.equals("killswitch") ? "kill_switch" : verb, args);
  }

  /** The single argument, when there is exactly one. */
  String single() {
    return args.size() == 1 ? args.getFirst() : "";
  }
}
