package dev.nightshift.app.config;

import dev.nightshift.app.config.yaml.MapReader;
import dev.nightshift.app.config.yaml.Problems;
import dev.nightshift.app.config.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads {@code notifiers:}, the channels reports go to, checking each type's required settings. */
final class NotifiersReader {

  /** The fields of one notifier type; secrets are written as {@code X_env} or {@code X_file}. */
  private record Kind(
      List<String> required,
      List<String> optional,
      List<String> secrets,
      List<String> optionalSecrets) {}

  private static final Map<String, Kind> KINDS =
      Map.of(
          "telegram", new Kind(List.of("chat_id"), List.of(), List.of("bot_token"), List.of()),
          "slack",
              new Kind(
                  List.of(),
                  List.of("channel"),
                  List.of(),
                  List.of("webhook_url", "bot_token", "signing_secret")),
          "pagerduty", new Kind(List.of(), List.of(), List.of("routing_key"), List.of()),
          "github", new Kind(List.of("repository"), List.of(), List.of("token"), List.of()),
          "webhook", new Kind(List.of("url"), List.of(), List.of(), List.of("hmac_secret")));

  private final Secrets secrets;

  NotifiersReader(Secrets secrets) {
    this.secrets = secrets;
  }

  List<AgentSettings.Notifier> read(List<YamlNode> items, Problems problems) {
    List<AgentSettings.Notifier> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (YamlNode item : items) {
      Optional<AgentSettings.Notifier> notifier =
          MapReader.of(item, problems).flatMap(this::notifier);
      if (notifier.isPresent() && !names.add(notifier.get().name())) {
        problems.error(
            item,
            "two notifiers are named '" + notifier.get().name() + "'; give each a distinct name");
      } else {
        notifier.ifPresent(out::add);
      }
    }
    return out;
  }

  private Optional<AgentSettings.Notifier> notifier(MapReader r) {
    Optional<String> type = r.requiredChoice("type", "notifier type", typeNames());
    String name = r.text("name").orElse(type.orElse("?"));
    if (type.isEmpty()) {
      return Optional.empty();
    }
    Kind kind = KINDS.get(type.get());
    Map<String, String> settings = new LinkedHashMap<>();
    kind.required().forEach(f -> r.requiredText(f).ifPresent(v -> settings.put(f, v)));
    kind.optional().forEach(f -> r.text(f).ifPresent(v -> settings.put(f, v)));
    Map<String, Secret> found = new LinkedHashMap<>();
    kind.secrets().forEach(f -> secrets.read(r, f, true).ifPresent(s -> found.put(f, s)));
    kind.optionalSecrets().forEach(f -> secrets.read(r, f, false).ifPresent(s -> found.put(f, s)));
    if (type.get().equals("slack")
        && !r.has("webhook_url_env")
        && !r.has("webhook_url_file")
        && !r.has("bot_token_env")
        && !r.has("bot_token_file")) {
      r.problems()
          .error(
              r.source(),
              r.path(),
              "a slack notifier needs webhook_url_env/_file or bot_token_env/_file");
    }
    if (type.get().equals("slack")
        && (r.has("bot_token_env") || r.has("bot_token_file"))
        && !settings.containsKey("channel")) {
      r.problems()
          .error(
              r.source(), r.pathOf("channel"), "required with bot_token: the channel to post to");
    }
    DeliveryReader.Delivery delivery = DeliveryReader.read(r, type.get());
    r.finish();
    return Optional.of(
        new AgentSettings.Notifier(
            name,
            type.get(),
            settings,
            found,
            delivery.route(),
            delivery.perMinute(),
            delivery.apiUrl(),
            delivery.allowedChats(),
            delivery.allowedUsers()));
  }

  private static Map<String, String> typeNames() {
    Map<String, String> names = new LinkedHashMap<>();
    KINDS.keySet().stream().sorted().forEach(k -> names.put(k, k));
    return names;
  }
}
