package dev.nightshift.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.notify.Route;
import dev.nightshift.core.sla.Severity;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A notifier's route, rate limit, API URL and chat allow-lists, as nightshift.yaml writes them. */
class NotifierDeliveryTest {

  @TempDir Path tmp;

  private List<AgentSettings.Notifier> notifiers() {
    Path dir = ConfigFixtures.assemble(ConfigFixtures.ROOT.resolve("valid/notifier-delivery"), tmp);
    LoadResult result =
        ConfigFixtures.load(
            dir, Map.of("TELEGRAM_TOKEN", "123:abc", "PD_KEY", "r0ut1ng", "GITHUB_TOKEN", "ghp_x"));
    assertThat(ConfigFixtures.printed(result, dir)).isEmpty();
    return result.config().orElseThrow().agent().notifiers();
  }

  @Test
  void readsTheRouteRateApiUrlAndAllowListsOfAChatNotifier() {
    AgentSettings.Notifier ops = notifiers().get(0);

    assertThat(ops.route().events()).containsExactlyInAnyOrder("opened", "escalated");
    assertThat(ops.route().severities()).containsExactlyInAnyOrder(Severity.values());
    assertThat(ops.perMinute()).isEqualTo(30);
    assertThat(ops.apiUrl()).contains(URI.create("http://127.0.0.1:18080"));
    assertThat(ops.allowedChats()).containsExactly("-100123", "-100456");
    assertThat(ops.allowedUsers()).containsExactly("1001");
  }

  @Test
  void writtenSeveritiesKeepTheTypesEventsAndFollowUps() {
    AgentSettings.Notifier pager = notifiers().get(1);

    assertThat(pager.route())
        .isEqualTo(
            Route.defaults("pagerduty")
                .with(Optional.empty(), Optional.of(java.util.Set.of(Severity.CRITICAL))));
    assertThat(pager.perMinute()).isEqualTo(5);
  }

  @Test
  void aNotifierThatSaysNothingGetsItsTypesDefaults() {
    AgentSettings.Notifier issues = notifiers().get(2);

    assertThat(issues.route()).isEqualTo(Route.defaults("github"));
    assertThat(issues.perMinute()).isEqualTo(Defaults.NOTIFIER_PER_MINUTE);
    assertThat(issues.apiUrl()).isEmpty();
    assertThat(issues.allowedChats()).isEmpty();
  }
}
