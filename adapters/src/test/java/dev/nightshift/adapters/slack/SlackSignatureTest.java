package dev.nightshift.adapters.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Uses the example request from Slack's "Verifying requests from Slack" documentation. */
class SlackSignatureTest {

  private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  private static final String TIMESTAMP = "1531420618";
  private static final String BODY =
      "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow"
          + "&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner"
          + "&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands"
          + "%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
          + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
  private static final String SIGNATURE =
      "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

  private static final Clock SENT = at(Long.parseLong(TIMESTAMP) + 30);

  @Test
  void acceptsSlacksDocumentedExample() {
    assertThat(verify(SECRET, TIMESTAMP, BODY, SIGNATURE, SENT))
        .isEqualTo(new SlackSignature.Result.Valid());
  }

  @Test
  void refusesASignatureMadeWithAnotherSecret() {
    SlackSignature.Result result =
        verify("another-secret-entirely", TIMESTAMP, BODY, SIGNATURE, SENT);

    assertThat(result).isInstanceOf(SlackSignature.Result.Invalid.class);
    assertThat(((SlackSignature.Result.Invalid) result).reason())
        .contains("does not match")
        .doesNotContain("another-secret-entirely")
        .doesNotContain(SECRET);
  }

  @Test
  void refusesATamperedBody() {
    String tampered = BODY.replace("text=", "text=approve+12");

    assertThat(verify(SECRET, TIMESTAMP, tampered, SIGNATURE, SENT))
        .isInstanceOf(SlackSignature.Result.Invalid.class);
  }

  @Test
  void refusesARequestOlderThanFiveMinutesAsAReplay() {
    SlackSignature.Result result =
        verify(SECRET, TIMESTAMP, BODY, SIGNATURE, at(Long.parseLong(TIMESTAMP) + 301));

    assertThat(((SlackSignature.Result.Invalid) result).reason()).contains("replay");
  }

  @Test
  void refusesARequestWithoutTheHeaders() {
    assertThat(verify(SECRET, null, BODY, SIGNATURE, SENT))
        .isInstanceOf(SlackSignature.Result.Invalid.class);
    assertThat(verify(SECRET, TIMESTAMP, BODY, null, SENT))
        .isInstanceOf(SlackSignature.Result.Invalid.class);
  }

  @Test
  void refusesATimestampThatIsNotANumber() {
    SlackSignature.Result result = verify(SECRET, "yesterday", BODY, SIGNATURE, SENT);

    assertThat(((SlackSignature.Result.Invalid) result).reason()).contains("not a number");
  }

  private static SlackSignature.Result verify(
      String secret,
      @org.jspecify.annotations.Nullable String timestamp,
      String body,
      @org.jspecify.annotations.Nullable String signature,
      Clock clock) {
    return SlackSignature.verify(
        secret, timestamp, body.getBytes(StandardCharsets.UTF_8), signature, clock);
  }

  private static Clock at(long epochSecond) {
    return Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
  }
}
