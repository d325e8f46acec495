package dev.nightshift.app.ingest;

import com.sun.net.httpserver.HttpExchange;
import dev.nightshift.app.config.Secret;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Decides who may post to a webhook: a caller with a configured bearer token, or one that signs the
 * raw body with the shared webhook secret ({@code X-Nightshift-Signature: sha256=<hex HMAC>}), for
 * senders that cannot hold a token. Bodies are read only up to {@link #MAX_BODY_BYTES}.
 */
public final class WebhookAuth {

  /** The largest body a webhook reads: an Alertmanager group of a few thousand alerts fits. */
  public static final int MAX_BODY_BYTES = 1 << 20;

  static final String SIGNATURE_HEADER = "X-Nightshift-Signature";
  private static final String SIGNATURE_PREFIX = "sha256=";
  private static final String BEARER = "Bearer ";

  private final Map<String, Secret> tokens;
  private final Optional<Secret> signingSecret;

  /**
   * @param tokens the accepted bearer tokens by name; the name becomes the audit actor {@code
   *     webhook:<name>}
   * @param signingSecret the HMAC-SHA256 key of signed requests; absent, only tokens are accepted
   */
  public WebhookAuth(Map<String, Secret> tokens, Optional<Secret> signingSecret) {
    this.tokens = Map.copyOf(tokens);
    this.signingSecret = signingSecret;
  }

  /** Reads the body of {@code exchange} within the limit and authenticates it. */
  Admission admit(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestMethod().equals("POST")) {
      return new Admission.Refused(405, "a webhook takes POST only");
    }
    Optional<byte[]> body = read(exchange.getRequestBody());
    if (body.isEmpty()) {
      return new Admission.Refused(413, "the body is larger than 1 MiB");
    }
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    if (authorization != null && authorization.startsWith(BEARER)) {
      return byToken(authorization.substring(BEARER.length()).strip())
          .<Admission>map(name -> new Admission.Admitted(body.get(), "webhook:" + name))
          .orElse(new Admission.Refused(401, "the bearer token is not one Nightshift knows"));
    }
    String signature = exchange.getRequestHeaders().getFirst(SIGNATURE_HEADER);
    if (signature != null) {
      return signedBy(body.get(), signature)
          ? new Admission.Admitted(body.get(), "webhook:signed")
          : new Admission.Refused(
              401, "the " + SIGNATURE_HEADER + " does not match the body and the webhook secret");
    }
    return new Admission.Refused(
        401, "a webhook needs a bearer token or an " + SIGNATURE_HEADER + " header");
  }

  // Every token is compared, by digest, so neither the time taken nor an early exit tells a caller
  // how much of a guess was right or how long a token is.
  private Optional<String> byToken(String presented) {
    byte[] digest = sha256(presented.getBytes(StandardCharsets.UTF_8));
    Optional<String> match = Optional.empty();
    for (Map.Entry<String, Secret> token : tokens.entrySet()) {
      byte[] known = sha256(token.getValue().reveal().getBytes(StandardCharsets.UTF_8));
      if (MessageDigest.isEqual(digest, known) && match.isEmpty()) {
        match = Optional.of(token.getKey());
      }
    }
    return match;
  }

  private boolean signedBy(byte[] body, String header) {
    if (signingSecret.isEmpty() || !header.startsWith(SIGNATURE_PREFIX)) {
      return false;
    }
    byte[] presented;
    try {
      presented = HexFormat.of().parseHex(header.substring(SIGNATURE_PREFIX.length()).strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(presented, hmac(signingSecret.get(), body));
  }

  /** HMAC-SHA256 of {@code body} under {@code secret}: what a sender puts, hex, in the header. */
  static byte[] hmac(Secret secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK lacks HmacSHA256", e);
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JDK lacks SHA-256", e);
    }
  }

  // Empty when the body is over the limit; reads one byte past it to know.
  private static Optional<byte[]> read(InputStream in) throws IOException {
    try (in) {
      byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
      return bytes.length > MAX_BODY_BYTES ? Optional.empty() : Optional.of(bytes);
    }
  }

  /** A webhook's work once its sender is admitted. */
  interface Receiver {
    void receive(HttpExchange exchange, Admission.Admitted admitted) throws IOException;
  }

  /**
   * Admits the sender, then hands the exchange to {@code receiver}. A store that fails is answered
   * 503, which senders retry; the reason names the store, never a secret.
   */
  void serve(HttpExchange exchange, String what, Receiver receiver) throws IOException {
    try (exchange) {
      switch (admit(exchange)) {
        case Admission.Refused refused -> Replies.refuse(exchange, refused);
        case Admission.Admitted admitted -> {
          try {
            receiver.receive(exchange, admitted);
          } catch (RuntimeException e) {
            Replies.error(
                exchange, 503, "Nightshift could not record the " + what + ": " + e.getMessage());
          }
        }
      }
    }
  }
}
