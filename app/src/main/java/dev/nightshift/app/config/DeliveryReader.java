package dev.nightshift.app.config;

import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.app.config.yaml.Values;
import dev.nightshift.app.config.yaml.YamlNode;
import dev.nightshift.core.notify.Route;
import dev.nightshift.core.sla.Severity;
import java.net.URI;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how a notifier is delivered to: {@code route}, {@code rate_limit} (or {@code per_minute}),
 * {@code api_url}, and the chat allow-lists of telegram and slack.
 */
final class DeliveryReader {

  /** What delivery needs of one notifier. */
  record Delivery(
      Route route,
      int perMinute,
      Optional<URI> apiUrl,
      List<String> allowedChats,
      List<String> allowedUsers) {}

  static final int MAX_PER_MINUTE = 10_000;

  private static final Set<String> API_TYPES = Set.of("telegram", "slack", "pagerduty", "github");
  private static final Set<String> CHAT_TYPES = Set.of("telegram", "slack");
  private static final Pattern RATE = Pattern.compile("([0-9]+)\\s*/\\s*(min|minute)");
  private static final Map<String, String> EVENTS =
      Values.names(Route.EVENTS.toArray(String[]::new));

  private DeliveryReader() {}

  static Delivery read(MapReader r, String type) {
    Route route = r.map("route").map(m -> route(m, type)).orElse(Route.defaults(type));
    int perMinute = rate(r);
    Optional<URI> apiUrl =
        API_TYPES.contains(type)
            ? r.node("api_url").flatMap(n -> TelemetryReader.uri(n, Set.of("http", "https"), r))
            : Optional.empty();
    boolean chat = CHAT_TYPES.contains(type);
    List<String> chats = chat ? r.texts("allowed_chats") : List.of();
    List<String> users = chat ? r.texts("allowed_users") : List.of();
    return new Delivery(route, perMinute, apiUrl, chats, users);
  }

  private static Route route(MapReader r, String type) {
    Optional<Set<String>> events =
        r.node("events").map(n -> names(n, r, "event", EVENTS, new LinkedHashSet<>()));
    Optional<Set<Severity>> severities =
        r.node("severities")
            .map(
                n -> names(n, r, "severity", SlaReader.SEVERITIES, EnumSet.noneOf(Severity.class)));
    r.finish();
    return Route.defaults(type).with(events, severities);
  }

  private static <T> Set<T> names(
      YamlNode node, MapReader r, String noun, Map<String, T> known, Set<T> out) {
    if (node instanceof YamlNode.Sequence list) {
      list.items().forEach(i -> Values.choice(i, noun, known, r.problems()).ifPresent(out::add));
    } else {
      Values.choice(node, noun, known, r.problems()).ifPresent(out::add);
    }
    return out;
  }

  /** {@code rate_limit: 20/min} or {@code per_minute: 20}, not both. */
  private static int rate(MapReader r) {
    Optional<YamlNode> written = r.node("rate_limit");
    Optional<Long> perMinute = r.wholeNumber("per_minute", 1, MAX_PER_MINUTE);
    if (written.isPresent() && r.has("per_minute")) {
      r.problems().error(written.get(), "give rate_limit or per_minute, not both");
      return Defaults.NOTIFIER_PER_MINUTE;
    }
    if (written.isEmpty()) {
      return perMinute.map(Long::intValue).orElse(Defaults.NOTIFIER_PER_MINUTE);
    }
    Optional<String> text = Values.text(written.get(), r.problems());
    Matcher m = RATE.matcher(text.orElse("").strip());
    if (text.isPresent() && m.matches()) {
      long n = Long.parseLong(m.group(1).length() > 6 ? "0" : m.group(1));
      if (n >= 1 && n <= MAX_PER_MINUTE) {
        return (int) n;
      }
      r.problems()
          .error(
              written.get(),
              "must be between 1/min and " + MAX_PER_MINUTE + "/min, got " + text.get());
    } else if (text.isPresent()) {
      r.problems()
          .error(written.get(), "expected a rate like 20/min, got " + written.get().describe());
    }
    return Defaults.NOTIFIER_PER_MINUTE;
  }
}
