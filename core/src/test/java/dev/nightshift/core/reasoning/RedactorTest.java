package dev.nightshift.core.reasoning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

  private final Redactor credentials = Redactor.credentialsOnly();

  @Test
  void removesTheConfiguredSecretsLongestFirst() {
    Redactor redactor = new Redactor(Set.of("s3cr3t", "s3cr3t-and-more"), List.of());

    assertThat(redactor.redact("a s3cr3t-and-more b s3cr3t c"))
        .isEqualTo("a [redacted] b [redacted] c");
  }

  @Test
  void ignoresSecretsTooShortToRedactSafely() {
    assertThat(new Redactor(Set.of("abc"), List.of()).redact("abc of an abcde"))
        .isEqualTo("abc of an abcde");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Authorization: Bearer abcdefghijkl.mnop | Authorization: Bearer [redacted]",
        "authorization: basic dXNlcjpwYXNzd29yZA== | authorization: basic [redacted]",
        "password=hunter2hunter | password=[redacted]",
        "db password: 'hunter2' ok | db password: '[redacted]' ok",
        "{\"api_key\": \"abc123def456\"} | {\"api_key\": \"[redacted]\"}",
        "{\"password\": \"correct horse battery\", \"user\": \"bob\"}"
            + " | {\"password\": \"[redacted]\", \"user\": \"bob\"}",
        "secret='two words' end | secret='[redacted]' end",
        "REDIS_PASSWORD=hunter2 started | REDIS_PASSWORD=[redacted] started",
        "oauth_token=abc123&client.secret=s3 | oauth_token=[redacted]&client.secret=[redacted]",
        "x-api-key: abc123 | x-api-key: [redacted]",
        "ACCESS-KEY=xyz;next=1 | ACCESS-KEY=[redacted];next=1",
        "token=t0k3n&user=bob | token=[redacted]&user=bob",
        "aws AKIAIOSFODNN7EXAMPLE used | aws [redacted] used",
        "github ghp_abcdefghijklmnopqrstuvwxyz0123456789 | github [redacted]",
        "slack xoxb-1234567890-abcdefghij | slack [redacted]",
        "openai sk-proj-abcdefghijklmnop1234 | openai [redacted]",
        "pat github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz | pat [redacted]",
        "gitlab glpat-abcdefghij1234567890 | gitlab [redacted]",
        "jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N end"
            + " | jwt [redacted] end",
        "redis://admin:pa55word@redis.internal:6379/0 | redis://[redacted]@redis.internal:6379/0",
      })
  void alwaysRedactsCredentialsKeepingWhatKindTheyWere(String text, String redacted) {
    assertThat(credentials.redact(text)).isEqualTo(redacted);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ERR max number of clients reached",
        "consumer lag 1234 on partition 7 at 2026-03-02T10:00:00Z",
        "max_tokens=500 and tokens: 12",
        "author=bob secret_name=db-creds token_count=3",
        "task-runner-deployment-12345 restarted",
        "connected to redis.internal at 10.0.0.12 for user bob@example.com",
        "redis_connected_clients > 280",
        "http://redis.internal:6379/health",
        "",
      })
  void changesNothingElse(String text) {
    assertThat(credentials.redact(text)).isEqualTo(text);
  }

  @Test
  void redactsAPrivateKeyBlockEvenWhenItIsCutOff() {
    assertThat(
            credentials.redact(
                "key: -----BEGIN RSA PRIVATE KEY-----\nMIIEow\nAAAA\n-----END RSA PRIVATE KEY-----"
                    + " loaded"))
        .isEqualTo("key: [redacted] loaded");
    assertThat(credentials.redact("-----BEGIN PRIVATE KEY-----\nMIIEvQ... [cut]"))
        .isEqualTo("[redacted]");
  }

  @Test
  void redactsTheNamedPatternsAnOperatorChose() {
    Redactor redactor =
        new Redactor(Set.of(), Redactor.named(List.of("emails", "ips", "hostnames")));

    assertThat(
            redactor.redact(
                "bob@example.com connected from 10.0.0.12 and fe80:0:0:0:0:0:0:1 to"
                    + " redis-1.prod.svc and api.example.com; redis_connected_clients > 280"))
        .isEqualTo(
            "[redacted] connected from [redacted] and [redacted] to [redacted] and [redacted];"
                + " redis_connected_clients > 280");
  }

  @Test
  void redactsOnlyTheNamedPatternsChosen() {
    Redactor redactor = new Redactor(Set.of(), Redactor.named(List.of("emails")));

    assertThat(redactor.redact("bob@example.com on 10.0.0.12"))
        .isEqualTo("[redacted] on 10.0.0.12");
  }

  @Test
  void redactsACustomPattern() {
    Redactor redactor = new Redactor(Set.of(), List.of(Pattern.compile("cust-\\d{6}")));

    assertThat(redactor.redact("order of cust-123456 failed (cust-12)"))
        .isEqualTo("order of [redacted] failed (cust-12)");
  }

  @Test
  void refusesAnUnknownPatternName() {
    assertThatThrownBy(() -> Redactor.named(List.of("emails", "phones")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("phones");
  }

  @Test
  void aSecretContainingReplacementCharactersIsRedactedLiterally() {
    Redactor redactor = new Redactor(Set.of("p$1\\x"), List.of());

    assertThat(redactor.redact("password p$1\\x")).isEqualTo("password [redacted]");
    assertThat(credentials.redact("secret=a$1b")).isEqualTo("secret=[redacted]");
  }
}
