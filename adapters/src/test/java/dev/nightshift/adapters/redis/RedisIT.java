package dev.nightshift.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.adapters.testing.FreePort;
import dev.nightshift.core.remediation.ExecutionResult;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.telemetry.MetricCondition;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Redis adapter against a real redis-server (7.0 here). */
class RedisIT {

  private static final Duration RECOVERY = Duration.ofSeconds(20);

  @TempDir Path dir;

  @Test
  void isHealthyWhenPingAnswersPong() {
    try (RedisServer server = RedisServer.start(dir);
        Redis redis = Redis.connect(server.endpoint())) {
      Health health = redis.probe(Optional.empty());

      assertThat(health.status()).isEqualTo(HealthStatus.HEALTHY);
      assertThat(health.reason()).contains("PONG");
      assertThat(redis.info())
          .isInstanceOfSatisfying(
              Redis.Info.Fields.class,
              info -> assertThat(info.fields()).containsEntry("redis_version", "7.0.15"));
    }
  }

  @Test
  void comparesTheConditionWithItsInfoFieldBothWays() {
    try (RedisServer server = RedisServer.start(dir);
        Redis redis = Redis.connect(server.endpoint())) {
      Health holds = redis.probe(condition("connected_clients < 280"));
      Health breaks = redis.probe(condition("redis_connected_clients > 5"));

      assertThat(holds.status()).isEqualTo(HealthStatus.HEALTHY);
      assertThat(holds.value()).hasValue(1);
      assertThat(holds.reason()).isEqualTo("connected_clients = 1 (want < 280)");
      assertThat(breaks.status()).isEqualTo(HealthStatus.UNHEALTHY);
      assertThat(breaks.reason()).isEqualTo("connected_clients = 1 (want > 5)");
    }
  }

  @Test
  void keepsProbingAtMaxclientsAndFreesItByKillingOnlyIdleClients() throws Exception {
    List<RespSocket> idle = new ArrayList<>();
    try (RedisServer server = RedisServer.start(dir);
        Redis redis = Redis.connect(server.endpoint());
        RespSocket busy = RespSocket.open(server.port())) {
      assertThat(redis.probe(Optional.empty()).status()).isEqualTo(HealthStatus.HEALTHY);
      assertThat(busy.send("PING")).isEqualTo("PONG");
      String refusal = fillUp(server.port(), idle);

      assertThat(refusal).isEqualTo("-ERR max number of clients reached");
      assertThat(idle).hasSize(38); // 40 minus the agent and the busy client
      Health full = redis.probe(condition("connected_clients < 40"));
      assertThat(full.status()).isEqualTo(HealthStatus.UNHEALTHY);
      assertThat(full.value()).hasValue(40);
      assertThat(full.reason()).isEqualTo("connected_clients = 40 (want < 40)");
      try (Redis newcomer = Redis.connect(server.endpoint())) {
        Health refused = newcomer.probe(Optional.empty());
        assertThat(refused.status()).isEqualTo(HealthStatus.UNHEALTHY);
        assertThat(refused.reason()).contains("max number of clients reached");
      }

      Thread.sleep(1_500); // the idle clients idle for at least a second
      assertThat(busy.send("PING")).isEqualTo("PONG"); // the busy one just worked
      ExecutionResult result = redis.killIdleClients(Duration.ofSeconds(1));

      assertThat(result)
          .isEqualTo(new ExecutionResult.Succeeded("killed 38 of 40 clients idle ≥ 1s"));
      assertThat(busy.send("PING")).isEqualTo("PONG");
      assertThat(RespSocket.once(server.port(), "PING")).isEqualTo("PONG");
      assertThat(redis.probe(condition("connected_clients < 40")).status())
          .isEqualTo(HealthStatus.HEALTHY);
    } finally {
      for (RespSocket socket : idle) {
        socket.close();
      }
    }
  }

  @Test
  void sparesSubscribersAndBlockedClientsWhenKillingIdleOnes() throws Exception {
    try (RedisServer server = RedisServer.start(dir);
        Redis redis = Redis.connect(server.endpoint());
        RespSocket idle = RespSocket.open(server.port());
        RespSocket subscriber = RespSocket.open(server.port());
        RespSocket blocked = RespSocket.open(server.port())) {
      assertThat(redis.probe(Optional.empty()).status()).isEqualTo(HealthStatus.HEALTHY);
      assertThat(idle.send("PING")).isEqualTo("PONG");
      assertThat(subscriber.send("SUBSCRIBE", "news")).isEqualTo(List.of("subscribe", "news", 1L));
      blocked.write("BLPOP", "jobs", "0"); // waits for work: idle, but not unused

      Thread.sleep(1_500);
      ExecutionResult result = redis.killIdleClients(Duration.ofSeconds(1));

      assertThat(result)
          .isEqualTo(new ExecutionResult.Succeeded("killed 1 of 4 clients idle ≥ 1s"));
      assertThat(RespSocket.once(server.port(), "PUBLISH", "news", "hello")).isEqualTo(1L);
      assertThat(subscriber.read()).isEqualTo(List.of("message", "news", "hello"));
      assertThat(RespSocket.once(server.port(), "LPUSH", "jobs", "job-1")).isEqualTo(1L);
      assertThat(blocked.read()).isEqualTo(List.of("jobs", "job-1"));
    }
  }

  @Test
  void clientKillByTypeSparesTheAgentsOwnConnection() throws Exception {
    try (RedisServer server = RedisServer.start(dir);
        Redis redis = Redis.connect(server.endpoint());
        RespSocket other = RespSocket.open(server.port())) {
      assertThat(other.send("PING")).isEqualTo("PONG");
      assertThat(redis.probe(Optional.empty()).status()).isEqualTo(HealthStatus.HEALTHY);

      ExecutionResult result = redis.command(List.of("client", "kill", "type", "normal"));

      assertThat(result)
          .isEqualTo(new ExecutionResult.Succeeded("CLIENT KILL TYPE normal: killed 1 client"));
      assertThat(redis.probe(Optional.empty()).status()).isEqualTo(HealthStatus.HEALTHY);
      assertThat(redis.command(List.of("CLIENT", "KILL", "TYPE", "normal", "SKIPME", "no")))
          .isInstanceOfSatisfying(
              ExecutionResult.Failed.class, f -> assertThat(f.retryable()).isFalse());
    }
  }

  @Test
  void setsAnAllowedParameterAndRefusesAForbiddenOneWithoutTouchingRedis() {
    try (RedisServer server = RedisServer.start(dir);
        Redis redis = Redis.connect(server.endpoint())) {
      ExecutionResult allowed = redis.command(List.of("CONFIG", "SET", "maxclients", "55"));

      assertThat(allowed).isEqualTo(new ExecutionResult.Succeeded("CONFIG SET maxclients 55: OK"));
      assertThat(configGet(server, "maxclients")).isEqualTo("55");
      String configSets = commandCalls(server, "config|set");

      ExecutionResult forbidden = redis.command(List.of("CONFIG", "SET", "dir", "/tmp"));
      ExecutionResult flush = redis.command(List.of("FLUSHALL"));

      assertThat(forbidden)
          .isInstanceOfSatisfying(
              ExecutionResult.Failed.class,
              f -> {
                assertThat(f.detail()).startsWith("redis command CONFIG SET dir is not allowed");
                assertThat(f.retryable()).isFalse();
              });
      assertThat(flush.detail()).startsWith("redis command FLUSHALL is not allowed");
      assertThat(configGet(server, "dir")).isEqualTo(dir.toString());
      assertThat(commandCalls(server, "config|set")).isEqualTo(configSets);
      assertThat(commandCalls(server, "flushall")).isEqualTo("0");
    }
  }

  @Test
  void isUnhealthyWithTheOomMessageWhileRedisRefusesWritesButStillAnswersPing() throws Exception {
    try (RedisServer server = RedisServer.start(dir);
        Redis redis = Redis.connect(server.endpoint());
        RespSocket app = RespSocket.open(server.port())) {
      String value = "x".repeat(60_000);
      for (int i = 0; i < 40; i++) {
        assertThat(app.send("SET", "key" + i, value)).isEqualTo("OK");
      }
      assertThat(redis.command(List.of("CONFIG", "SET", "maxmemory-policy", "noeviction")))
          .isInstanceOf(ExecutionResult.Succeeded.class);
      assertThat(redis.command(List.of("CONFIG", "SET", "maxmemory", "1mb")))
          .isInstanceOf(ExecutionResult.Succeeded.class);

      assertThat((String) app.send("SET", "one-more", "value")).startsWith("-OOM");
      assertThat(app.send("PING")).isEqualTo("PONG"); // PING is not a write: it still answers
      Health health = redis.probe(condition("connected_clients < 280"));

      assertThat(health.status()).isEqualTo(HealthStatus.UNHEALTHY);
      assertThat(health.value()).hasValue(2);
      assertThat(health.reason())
          .contains("is out of memory: used_memory ")
          .contains("> maxmemory 1048576 with maxmemory-policy noeviction")
          .contains("OOM command not allowed when used memory > 'maxmemory'")
          .contains("1 refused so far")
          .endsWith("connected_clients = 2 (want < 280)");

      assertThat(redis.command(List.of("CONFIG", "SET", "maxmemory", "0")))
          .isInstanceOf(ExecutionResult.Succeeded.class);
      assertThat(redis.probe(Optional.empty()).status()).isEqualTo(HealthStatus.HEALTHY);
    }
  }

  @Test
  void wrongOrMissingPasswordIsUnknownAndNeverShowsThePassword() {
    String secret = "s3cret-pass-4711";
    String wrong = "wr0ng-pass-0815";
    try (RedisServer server = RedisServer.start(dir, "--requirepass", secret);
        Redis withWrong = Redis.connect(server.endpoint(Optional.empty(), wrong));
        Redis withNone = Redis.connect(server.endpoint());
        Redis withRight = Redis.connect(server.endpoint(Optional.empty(), secret));
        Redis asUser = Redis.connect(server.endpoint(Optional.of("default"), secret))) {
      Health wrongHealth = withWrong.probe(Optional.empty());
      Health noneHealth = withNone.probe(Optional.empty());

      assertThat(wrongHealth.status()).isEqualTo(HealthStatus.UNKNOWN);
      assertThat(wrongHealth.reason()).contains("WRONGPASS").doesNotContain(wrong, secret);
      assertThat(noneHealth.status()).isEqualTo(HealthStatus.UNKNOWN);
      assertThat(noneHealth.reason()).contains("NOAUTH").doesNotContain(secret);
      assertThat(withRight.probe(Optional.empty()).status()).isEqualTo(HealthStatus.HEALTHY);
      assertThat(asUser.probe(Optional.empty()).status()).isEqualTo(HealthStatus.HEALTHY);
    }
  }

  @Test
  void isUnknownWhileStoppedAndReconnectsAfterARestart() throws Exception {
    try (RedisServer server = RedisServer.start(dir);
        Redis redis = Redis.connect(server.endpoint())) {
      assertThat(redis.probe(Optional.empty()).status()).isEqualTo(HealthStatus.HEALTHY);

      server.stop();
      Health stopped = redis.probe(Optional.empty());
      assertThat(redis.killIdleClients(Duration.ofSeconds(1)))
          .isInstanceOfSatisfying(
              ExecutionResult.Failed.class, f -> assertThat(f.retryable()).isTrue());
      server.restart();

      assertThat(stopped.status()).isEqualTo(HealthStatus.UNKNOWN);
      assertThat(stopped.reason())
          .startsWith("redis 127.0.0.1:" + server.port() + " did not answer");
      assertThat(eventually(() -> redis.probe(Optional.empty())).status())
          .isEqualTo(HealthStatus.HEALTHY);
    }
  }

  @Test
  void connectsLaterWhenRedisIsDownAtStart() throws Exception {
    int port = FreePort.next();
    try (Redis redis = Redis.connect(RedisServer.nobodyAt(port))) {
      Health down = redis.probe(Optional.empty());

      assertThat(down.status()).isEqualTo(HealthStatus.UNKNOWN);
      assertThat(down.reason()).contains("127.0.0.1:" + port).contains("Connection refused");
      try (RedisServer server = RedisServer.startOn(dir, port)) {
        assertThat(server.port()).isEqualTo(port);
        assertThat(redis.probe(Optional.empty()).status()).isEqualTo(HealthStatus.HEALTHY);
      }
    }
  }

  @Test
  void aProbeThatTimesOutIsUnknownAndTheConnectionRecovers() throws Exception {
    try (RedisServer server = RedisServer.start(dir, "--enable-debug-command", "yes");
        Redis redis = Redis.connect(server.endpoint(Duration.ofMillis(300)));
        RespSocket blocker = RespSocket.open(server.port())) {
      assertThat(redis.probe(Optional.empty()).status()).isEqualTo(HealthStatus.HEALTHY);

      blocker.write("DEBUG", "SLEEP", "2"); // Redis is single-threaded: nothing answers for 2 s
      Thread.sleep(100);
      Health blocked = redis.probe(Optional.empty());

      assertThat(blocked.status()).isEqualTo(HealthStatus.UNKNOWN);
      assertThat(blocked.reason()).contains("did not answer PING").contains("timed out");
      assertThat(blocker.read()).isEqualTo("OK");
      assertThat(eventually(() -> redis.probe(Optional.empty())).status())
          .isEqualTo(HealthStatus.HEALTHY);
    }
  }

  private static String fillUp(int port, List<RespSocket> idle) throws IOException {
    for (int i = 0; i < 100; i++) {
      RespSocket socket = RespSocket.open(port);
      Object reply;
      try {
        reply = socket.send("PING"); // a real client, then idle
      } catch (IOException e) {
        reply = "-" + e.getMessage();
      }
      if (!"PONG".equals(reply)) {
        socket.close();
        return String.valueOf(reply);
      }
      idle.add(socket);
    }
    throw new AssertionError("redis never refused a connection");
  }

  private static Optional<MetricCondition> condition(String text) {
    return Optional.of(MetricCondition.parse(text).orThrow());
  }

  private static String configGet(RedisServer server, String parameter) {
    List<?> reply = (List<?>) RespSocket.once(server.port(), "CONFIG", "GET", parameter);
    return (String) reply.get(1);
  }

  /** How often INFO commandstats says a command ran ("0" when never). */
  private static String commandCalls(RedisServer server, String command) {
    String stats = (String) RespSocket.once(server.port(), "INFO", "commandstats");
    Map<String, String> fields = InfoFields.parse(stats).fields();
    String line = fields.getOrDefault("cmdstat_" + command, "calls=0,");
    return line.substring("calls=".length(), line.indexOf(','));
  }

  /** Polls until healthy or RECOVERY passes, returning the last answer. */
  private static Health eventually(Supplier<Health> probe) throws InterruptedException {
    long deadline = System.nanoTime() + RECOVERY.toNanos();
    Health last = probe.get();
    while (last.status() != HealthStatus.HEALTHY && System.nanoTime() < deadline) {
      Thread.sleep(100);
      last = probe.get();
    }
    return last;
  }
}
