package dev.nightshift.adapters.http;

import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a request's parts against patterns before anything is sent, and builds it: only http and
 * https, a known method, header names that are tokens and values without line breaks (which would
 * let a value smuggle in another header).
 */
final class Requests {

  static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

  private static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
  private static final Pattern FORBIDDEN_IN_VALUE = Pattern.compile("[\\x00\\r\\n]");

  private Requests() {}

  /**
   * The request to send.
   *
   * @throws IllegalArgumentException saying why the request may not be sent
   */
  static java.net.http.HttpRequest build(
      String method,
      URI url,
      Map<String, String> headers,
      Optional<String> body,
      Duration timeout) {
    String verb = method.toUpperCase(Locale.ROOT);
    if (!METHODS.contains(verb)) {
      throw new IllegalArgumentException("method '" + method + "' is not one of " + METHODS);
    }
    checkUrl(url);
    var builder =
        java.net.http.HttpRequest.newBuilder(url)
            .timeout(timeout)
            .method(verb, body.map(BodyPublishers::ofString).orElse(BodyPublishers.noBody()));
    headers.forEach((name, value) -> {
      if (!TOKEN.matcher(name).matches()) {
        throw new IllegalArgumentException("header name '" + name + "' is not a valid token");
      }
      if (FORBIDDEN_IN_VALUE.matcher(value).find()) {
        throw new IllegalArgumentException("header " + name + " has a NUL or a line break");
      }
      // The JDK refuses headers it manages itself (Host, Content-Length, ...), with a message.
      builder.setHeader(name, value);
    });
    return builder.build();
  }

  private static void checkUrl(URI url) {
    String scheme = Optional.ofNullable(url.getScheme()).orElse("").toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("only http and https URLs are allowed: " + describe(url));
    }
    if (url.getHost() == null) {
      throw new IllegalArgumentException("URL has no valid host name: " + describe(url));
    }
    if (url.getRawUserInfo() != null) {
      throw new IllegalArgumentException(
          "credentials in the URL are not supported (use an Authorization header): "
              + describe(url));
    }
  }

  /** {@code METHOD url} for messages. */
  static String describe(String method, URI url) {
    return method.toUpperCase(Locale.ROOT) + " " + describe(url);
  }

  /** The URL for messages: no credentials and no query, which may both carry secrets. */
  static String describe(URI url) {
    if (url.getHost() == null) {
      return url.getScheme() == null ? "(a URL without scheme)" : url.getScheme() + ":…";
    }
    return url.getScheme()
        + "://"
        + url.getHost()
        + (url.getPort() < 0 ? "" : ":" + url.getPort())
        + Optional.ofNullable(url.getRawPath()).orElse("")
        + (url.getRawQuery() == null ? "" : "?…");
  }
}
