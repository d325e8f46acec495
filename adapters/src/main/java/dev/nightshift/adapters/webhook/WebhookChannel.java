package dev.nightshift.adapters.webhook;

import dev.nightshift.adapters.net.Endpoint;
import dev.nightshift.adapters.net.HttpCalls;
import dev.nightshift.adapters.net.JsonPosts;
import dev.nightshift.adapters.net.JsonPosts.Reply;
import dev.nightshift.core.notify.Channel;
import dev.nightshift.core.notify.IncidentReport;
import dev.nightshift.core.notify.Notice;
import dev.nightshift.core.notify.SendResult;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** POSTs the webhook document, signed when a secret is configured. */
final class WebhookChannel implements Channel {

  private final String name;
  private final JsonPosts posts;
  private final Optional<String> secret;

  WebhookChannel(String name, Endpoint url, Optional<String> secret) {
    this.name = name;
    this.posts = new JsonPosts(url, "webhook " + name);
    this.secret = secret;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public SendResult send(Notice notice, IncidentReport report, Optional<String> reference) {
    String body = WebhookDocument.render(notice, report);
    Map<String, String> headers = new HashMap<>();
    headers.put("X-Nightshift-Event", notice.kind());
    headers.put("X-Nightshift-Delivery", UUID.randomUUID().toString());
    headers.put("User-Agent", "Nightshift");
    secret.ifPresent(s -> headers.put("X-Nightshift-Signature", "sha256=" + sign(s, body)));
    String what = "the " + notice.kind() + " notice of incident " + report.incident();
    return switch (posts.send("POST", "", headers, body, what)) {
      case Reply.Failed f -> new SendResult.Failed(f.reason(), true, Optional.empty());
      case Reply.Response r -> answer(r, what);
    };
  }

  private SendResult answer(Reply.Response response, String what) {
    int status = response.status();
    if (status >= 200 && status < 300) {
      return new SendResult.Sent(Optional.empty());
    }
    boolean retryable = status == 408 || status == 429 || status < 400 || status >= 500;
    Optional<Duration> after = response.header("retry-after").flatMap(WebhookChannel::seconds);
    return new SendResult.Failed(
        posts.where()
            + " answered "
            + status
            + " to "
            + what
            + ": "
            + HttpCalls.excerpt(response.body()),
        retryable,
        after);
  }

  /** The lower-case hex HMAC-SHA256 of the body's UTF-8 bytes, as receivers recompute it. */
  static String sign(String secret, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }

  private static Optional<Duration> seconds(String value) {
    try {
      return Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
