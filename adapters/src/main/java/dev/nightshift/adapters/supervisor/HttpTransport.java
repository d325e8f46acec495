package dev.nightshift.adapters.supervisor;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * supervisord's {@code inet_http_server} through the JDK's HTTP client; the whole exchange, body
 * included, is bounded by the timeout.
 */
final class HttpTransport implements Transport {

  private final HttpClient client;
  private final URI url;
  private final Duration timeout;
  private final Optional<String> authorization;

  HttpTransport(URI url, Duration timeout, Optional<String> authorization) {
    this.url = url;
    this.timeout = timeout;
    this.authorization = authorization;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public HttpReply post(byte[] body) throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(timeout)
            .header("Content-Type", "text/xml")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    authorization.ifPresent(a -> request.header("Authorization", a));
    CompletableFuture<HttpResponse<byte[]>> answer =
        client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    try {
      HttpResponse<byte[]> response = answer.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      return new HttpReply(response.statusCode(), response.body());
    } catch (TimeoutException e) {
      answer.cancel(true);
      throw new SocketTimeoutException("no answer within " + timeout);
    } catch (InterruptedException e) {
      answer.cancel(true);
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for supervisord");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException(String.valueOf(e.getCause()), e.getCause());
    }
  }

  @Override
  public void close() {
    client.close();
  }
}
