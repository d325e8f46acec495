package dev.nightshift.app.http;

import dev.nightshift.app.config.AgentSettings.ApiToken;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

/**
 * Recognises bearer tokens. Every configured token is compared, each in constant time over its
 * SHA-256 digest, so neither the time taken nor the length tells a caller how close a guess was.
 */
public final class Tokens {

  private record Known(byte[] digest, Caller caller) {}

  private static final String BEARER = "Bearer ";

  private final List<Known> known;

  public Tokens(List<ApiToken> tokens) {
    this.known =
        tokens.stream()
            .map(t -> new Known(digest(t.secret().reveal()), new Caller(t.name(), t.role())))
            .toList();
  }

  /** The caller an {@code Authorization} header names; empty when absent or unknown. */
  public Optional<Caller> identify(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, 7)) {
      return Optional.empty();
    }
    byte[] presented = digest(authorization.substring(BEARER.length()).strip());
    Caller found = null;
    for (Known k : known) {
      if (MessageDigest.isEqual(k.digest(), presented) && found == null) {
        found = k.caller();
      }
    }
    return Optional.ofNullable(found);
  }

  private static byte[] digest(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
