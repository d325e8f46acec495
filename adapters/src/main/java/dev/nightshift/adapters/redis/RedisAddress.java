package dev.nightshift.adapters.redis;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a Redis instance is, read from {@code redis://host:port[/db]} ({@code rediss://} for TLS).
 * Credentials never come from the URL: they live in the endpoint's secret fields.
 */
record RedisAddress(boolean tls, String host, int port, int database) {

  static final int DEFAULT_PORT = 6379;
  private static final int MAX_DATABASE = 65_535;

  RedisAddress {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) {
      throw new IllegalArgumentException("a redis address needs a host");
    }
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("redis port out of range: " + port);
    }
    if (database < 0 || database > MAX_DATABASE) {
      throw new IllegalArgumentException("redis database out of range: " + database);
    }
  }

  static RedisAddress parse(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("redis") && !scheme.equals("rediss")) {
      throw new IllegalArgumentException(
          "a redis url starts with redis:// or rediss://, not '" + scheme + "'");
    }
    if (url.getRawUserInfo() != null) {
      // A password in a URL ends up in logs and config dumps; the endpoint keeps it apart.
      throw new IllegalArgumentException(
          "put redis credentials in the endpoint's username/password, not in the url");
    }
    if (url.getHost() == null) {
      throw new IllegalArgumentException("a redis url needs a host: redis://host:port[/db]");
    }
    if (url.getRawQuery() != null || url.getRawFragment() != null) {
      throw new IllegalArgumentException("a redis url takes no query or fragment");
    }
    int port = url.getPort() == -1 ? DEFAULT_PORT : url.getPort();
    return new RedisAddress(scheme.equals("rediss"), url.getHost(), port, database(url));
  }

  private static int database(URI url) {
    String path = url.getPath() == null ? "" : url.getPath();
    if (path.isEmpty() || path.equals("/")) {
      return 0;
    }
    String number = path.substring(1);
    if (!number.matches("\\d{1,5}")) {
      throw new IllegalArgumentException(
          "the path of a redis url is a database number: '" + path + "'");
    }
    return Integer.parseInt(number);
  }

  /** How reasons name this instance: {@code redis 127.0.0.1:6379} (plus {@code /db} if not 0). */
  @Override
  public String toString() {
    return "redis " + host + ":" + port + (database == 0 ? "" : "/" + database);
  }
}
