package dev.nightshift.adapters.http;

import dev.nightshift.core.measure.Durations;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one request and waits for the whole answer, body included, within a deadline: the client's
 * own request timeout stops at the response headers, so a server that trickles its body would
 * otherwise hold the caller.
 */
final class Exchange {

  private final HttpClient client;

  Exchange(HttpClient client) {
    this.client = client;
  }

  Reply send(HttpRequest request, Duration timeout, int keepBytes) {
    BodyTail tail = new BodyTail(keepBytes);
    CompletableFuture<HttpResponse<Void>> future =
        client.sendAsync(
            request, info -> HttpResponse.BodySubscribers.ofByteArrayConsumer(tail::accept));
    try {
      HttpResponse<Void> response = future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      return new Reply.Answered(response.statusCode(), tail.text());
    } catch (TimeoutException e) {
      future.cancel(true);
      return noAnswerWithin(timeout);
    } catch (ExecutionException e) {
      return failure(e.getCause(), timeout);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      return new Reply.NoAnswer("interrupted while waiting for the answer");
    }
  }

  private static Reply failure(Throwable cause, Duration timeout) {
    if (cause instanceof HttpConnectTimeoutException) {
      return new Reply.NoAnswer("no connection within " + format(timeout));
    }
    if (cause instanceof HttpTimeoutException) {
      return noAnswerWithin(timeout);
    }
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
        return new Reply.NoAnswer("the host name does not resolve");
      }
    }
    if (cause instanceof ConnectException) {
      return new Reply.NoAnswer("could not connect: " + innermostMessage(cause));
    }
    String message = cause.getMessage();
    return new Reply.NoAnswer(
        cause.getClass().getSimpleName() + (message == null ? "" : ": " + message));
  }

  /** The client wraps the socket's exception, whose message ("Connection refused") is the news. */
  private static String innermostMessage(Throwable cause) {
    String message = "connection refused";
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t.getMessage() != null) {
        message = t.getMessage();
      }
    }
    return message;
  }

  private static Reply noAnswerWithin(Duration timeout) {
    return new Reply.NoAnswer("no answer within " + format(timeout));
  }

  static String format(Duration timeout) {
    return Durations.format(timeout.truncatedTo(ChronoUnit.MILLIS));
  }
}
