package dev.nightshift.adapters.slack;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Checks that a request really comes from Slack: {@code X-Slack-Signature} must be {@code v0=} and
 * the hex HMAC-SHA256, under the app's signing secret, of {@code v0:<timestamp>:<raw body>}, and
 * {@code X-Slack-Request-Timestamp} at most five minutes off, so a captured request cannot be
 * replayed later.
 */
public final class SlackSignature {

  /** How far a request's timestamp may be from our clock, as Slack recommends. */
  public static final Duration MAX_AGE = Duration.ofMinutes(5);

  /** Whether the request may be trusted, and if not, why. */
  public sealed interface Result {

    /** The request is Slack's, and recent. */
    record Valid() implements Result {}

    /** The request must be refused; the reason never contains the secret. */
    record Invalid(String reason) implements Result {
      public Invalid {
        Objects.requireNonNull(reason, "reason");
      }
    }
  }

  private SlackSignature() {}

  /**
   * @param timestampHeader {@code X-Slack-Request-Timestamp}, null when absent
   * @param signatureHeader {@code X-Slack-Signature}, null when absent
   */
  public static Result verify(
      String signingSecret,
      @Nullable String timestampHeader,
      byte[] rawBody,
      @Nullable String signatureHeader,
      Clock clock) {
    if (signingSecret.isEmpty()) {
      throw new IllegalArgumentException("the Slack signing secret is empty");
    }
    if (timestampHeader == null || signatureHeader == null) {
      return new Result.Invalid("no X-Slack-Request-Timestamp or X-Slack-Signature header");
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestampHeader.strip());
    } catch (NumberFormatException e) {
      return new Result.Invalid("X-Slack-Request-Timestamp is not a number of seconds");
    }
    Duration off = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
    if (off.compareTo(MAX_AGE) > 0) {
      return new Result.Invalid(
          "X-Slack-Request-Timestamp is " + off.toSeconds() + "s off our clock (a replay?)");
    }
    byte[] expected =
        ("v0=" + HexFormat.of().formatHex(hmac(signingSecret, timestampHeader.strip(), rawBody)))
            .getBytes(StandardCharsets.UTF_8);
    byte[] given = signatureHeader.strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(expected, given)
        ? new Result.Valid()
        : new Result.Invalid("X-Slack-Signature does not match the body");
  }

  private static byte[] hmac(String secret, String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable in this JDK", e);
    }
  }
}
