package dev.nightshift.app.ingest;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.nightshift.app.config.Secret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/** The webhooks on a local server on a free port, and a client that posts to them. */
final class WebhookServer implements AutoCloseable {

  static final String TOKEN = "s3cret-alertmanager-token";
  static final String SIGNING_SECRET = "webhook-signing-secret";
  static final WebhookAuth AUTH =
      new WebhookAuth(
          Map.of(
              "alertmanager",
              new Secret("env NS_TOKEN_AM", TOKEN),
              "ci",
              new Secret("env NS_TOKEN_CI", "another-token")),
          Optional.of(new Secret("env NS_WEBHOOK_SECRET", SIGNING_SECRET)));

  private final HttpServer server;
  private final HttpClient client = HttpClient.newBuilder().build();

  WebhookServer(Map<String, HttpHandler> handlers) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    handlers.forEach(server::createContext);
    server.start();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  HttpResponse<String> post(String path, String body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(10))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> postWithToken(String path, String body) {
    return post(path, body, Map.of("Authorization", "Bearer " + TOKEN));
  }

  static String signature(String body) {
    return "sha256="
        + HexFormat.of()
            .formatHex(
                WebhookAuth.hmac(
                    new Secret("test", SIGNING_SECRET), body.getBytes(StandardCharsets.UTF_8)));
  }

  @Override
  public void close() {
    server.stop(0);
    client.close();
  }
}
