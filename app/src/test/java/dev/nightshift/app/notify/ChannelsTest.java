package dev.nightshift.app.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nightshift.app.config.AgentSettings;
import dev.nightshift.app.config.Secret;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChannelsTest {

  private final Channels channels = new Channels(Clock.systemUTC());

  private static AgentSettings.Notifier notifier(
      String name, String type, Map<String, String> settings, Map<String, String> secrets) {
    Map<String, Secret> kept = new java.util.HashMap<>();
    secrets.forEach((k, v) -> kept.put(k, new Secret(k + "_env", v)));
    return new AgentSettings.Notifier(name, type, settings, kept);
  }

  @Test
  void buildsAChannelNamedAfterItsNotifierForEveryType() {
    var all =
        java.util.List.of(
            notifier(
                "tg", "telegram", Map.of("chat_id", "-100123"), Map.of("bot_token", "123:abcDEF")),
            notifier("hook", "slack", Map.of(), Map.of("webhook_url", "https://hooks.example/x")),
            notifier("bot", "slack", Map.of("channel", "C1"), Map.of("bot_token", "xoxb-1")),
            notifier("pd", "pagerduty", Map.of(), Map.of("routing_key", "R0UT1NG")),
            notifier("gh", "github", Map.of("repository", "acme/ops"), Map.of("token", "ghp_x")),
            notifier("wh", "webhook", Map.of("url", "https://ops.example/n"), Map.of()));

    for (AgentSettings.Notifier n : all) {
      assertThat(channels.create(n).name()).isEqualTo(n.name());
    }
    assertThat(channels.bots()).extracting(b -> b.notifier().name()).containsExactly("tg");
    channels.close();
  }

  @Test
  void refusesATypeItDoesNotKnowAndNamesAMissingSecretWithoutItsValue() {
    assertThatThrownBy(() -> channels.create(notifier("x", "pigeon", Map.of(), Map.of())))
        .hasMessage("notifier type 'pigeon' is not supported");
    assertThatThrownBy(() -> channels.create(notifier("pd", "pagerduty", Map.of(), Map.of())))
        .hasMessage("notifier 'pd' has no routing_key");
  }
}
