package dev.nightshift.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.remediation.ExecutionResult;
import dev.nightshift.core.telemetry.Health;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisConnectionException;
import java.net.ConnectException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RedisErrorsTest {

  private static final RedisAddress WHERE = new RedisAddress(false, "127.0.0.1", 6379, 0);

  @Test
  void anErrorReplyFromARedisThatAnswersIsUnhealthy() {
    Reply.Failure<String> loading =
        command(
            new RedisCommandExecutionException("LOADING Redis is loading the dataset in memory"));

    assertThat(loading.health())
        .isEqualTo(
            Health.unhealthy(
                "redis 127.0.0.1:6379 answered PING with LOADING Redis is loading the dataset in"
                    + " memory"));
    assertThat(loading.failed().retryable()).isTrue();
  }

  @Test
  void aRejectedPasswordIsUnknownBecauseWeCouldNotLook() {
    Reply.Failure<String> wrong =
        RedisErrors.ofConnect(
            new RedisConnectionException(
                "Unable to connect",
                new RedisCommandExecutionException(
                    "WRONGPASS invalid username-password pair or user is disabled.")),
            WHERE,
            Optional.of("hunter2"));

    assertThat(wrong.health())
        .isEqualTo(
            Health.unknown(
                "redis 127.0.0.1:6379 refused a new connection: WRONGPASS invalid"
                    + " username-password pair or user is disabled."));
    assertThat(wrong.failed()).isEqualTo(new ExecutionResult.Failed(wrong.reason(), false));
  }

  @Test
  void noAnswerIsUnknownAndWorthRetrying() {
    Reply.Failure<String> timeout =
        command(new RedisCommandTimeoutException("Command timed out after 1 second(s)"));
    Reply.Failure<String> refused =
        RedisErrors.ofConnect(
            new RedisConnectionException(
                "Unable to connect to 127.0.0.1:6379",
                new ConnectException("Connection refused: /127.0.0.1:6379")),
            WHERE,
            Optional.empty());

    assertThat(timeout.health())
        .isEqualTo(
            Health.unknown(
                "redis 127.0.0.1:6379 did not answer PING: Command timed out after 1 second(s)"));
    assertThat(refused.health())
        .isEqualTo(
            Health.unknown(
                "redis 127.0.0.1:6379 cannot be reached: Connection refused: /127.0.0.1:6379"));
    assertThat(refused.failed().retryable()).isTrue();
  }

  @Test
  void aFullRedisIsUnhealthyAndTheFixMayBeRetried() {
    Reply.Failure<String> full =
        RedisErrors.ofConnect(
            new RedisCommandExecutionException("ERR max number of clients reached"),
            WHERE,
            Optional.empty());

    assertThat(full.health().status()).isEqualTo(Health.unhealthy("x").status());
    assertThat(full.failed().retryable()).isTrue();
  }

  @Test
  void neverRepeatsTheSecretEvenIfALibraryEchoesIt() {
    Reply.Failure<String> echoed =
        RedisErrors.ofCommand(
            new IllegalStateException("AUTH hunter2 failed"),
            WHERE,
            "PING",
            Optional.of("hunter2"));

    assertThat(echoed.reason())
        .isEqualTo("redis 127.0.0.1:6379 did not answer PING: AUTH *** failed");
  }

  private static Reply.Failure<String> command(Throwable error) {
    return RedisErrors.ofCommand(error, WHERE, "PING", Optional.empty());
  }
}
