package dev.nightshift.adapters.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Posts the answer to an interaction to the {@code response_url} Slack gave with it. Nobody waits
 * for it, so a failure is logged (the URL is a short-lived credential and is never logged).
 */
final class ResponseUrl {

  private static final System.Logger LOG = System.getLogger(ResponseUrl.class.getName());

  private final SlackHttp http;
  private final Duration timeout;

  ResponseUrl(Duration timeout) {
    this.http = new SlackHttp(timeout, "Slack response_url", List.of());
    this.timeout = timeout;
  }

  /** The failure's reason, or empty when Slack took the answer. */
  Optional<String> post(URI url, ObjectNode body) {
    Optional<String> failure =
        switch (http.postJson(url, body.toString(), Optional.empty(), timeout)) {
          case SlackHttp.Reply.Failed f ->
              Optional.of(f.reason().replace(url.toString(), "<redacted>"));
          case SlackHttp.Reply.Response r when r.status() == 200 -> Optional.empty();
          case SlackHttp.Reply.Response r ->
              Optional.of(
                  http.where() + " answered HTTP " + r.status() + ": " + http.excerpt(r.body()));
        };
    failure.ifPresent(reason ->
        LOG.log(System.Logger.Level.WARNING, "could not answer a Slack button press: " + reason));
    return failure;
  }
}
