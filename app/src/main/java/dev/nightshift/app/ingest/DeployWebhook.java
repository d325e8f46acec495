package dev.nightshift.app.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.nightshift.core.audit.AuditRecord;
import dev.nightshift.core.audit.AuditTrail;
import dev.nightshift.core.change.ChangeEvent;
import dev.nightshift.core.change.ChangeEvents;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The deploy webhook ({@code POST /webhooks/deploy}): a CI job or a deploy script tells Nightshift
 * what changed, {@code {"service", "version", "at"?, "author"?, "description"?}} or a list of them,
 * so diagnosis and reports can name the deploy that preceded an incident. All or nothing: one
 * invalid entry records none. Answers {@code {"recorded": n}}.
 */
public final class DeployWebhook implements HttpHandler {

  static final String SOURCE = "webhook";

  private final WebhookAuth auth;
  private final ChangeEvents changes;
  private final AuditTrail audit;
  private final Clock clock;

  public DeployWebhook(WebhookAuth auth, ChangeEvents changes, AuditTrail audit, Clock clock) {
    this.auth = auth;
    this.changes = changes;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    auth.serve(exchange, "deploys", this::receive);
  }

  private void receive(HttpExchange exchange, Admission.Admitted admitted) throws IOException {
    List<ChangeEvent> events;
    try {
      events = parse(Fields.parse(admitted.body()));
    } catch (BadPayload e) {
      Replies.error(exchange, 400, e.getMessage());
      return;
    }
    for (ChangeEvent event : events) {
      changes.record(event);
      audit.append(
          new AuditRecord(
              clock.instant(),
              admitted.actor(),
              "change.recorded",
              "service " + event.service(),
              describe(event)));
    }
    Replies.send(exchange, 200, Replies.object().put("recorded", events.size()));
  }

  private List<ChangeEvent> parse(JsonNode root) throws BadPayload {
    if (root.isObject()) {
      return List.of(event(root, ""));
    }
    if (!root.isArray() || root.isEmpty()) {
      throw new BadPayload("the body should be a deploy object or a non-empty list of them");
    }
    List<ChangeEvent> events = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      if (!root.get(i).isObject()) {
        throw new BadPayload("[" + i + "] should be an object");
      }
      events.add(event(root.get(i), "[" + i + "]."));
    }
    return events;
  }

  private ChangeEvent event(JsonNode deploy, String prefix) throws BadPayload {
    String service = required(deploy, prefix, "service");
    String version = required(deploy, prefix, "version");
    Optional<String> at = Fields.optionalText(deploy, prefix, "at");
    Instant when = at.isPresent() ? Fields.instant(prefix + "at", at.get()) : clock.instant();
    return new ChangeEvent(
        service,
        version,
        when,
        Fields.optionalText(deploy, prefix, "author").filter(a -> !a.isBlank()),
        Fields.optionalText(deploy, prefix, "description").filter(d -> !d.isBlank()),
        SOURCE);
  }

  private static String required(JsonNode deploy, String prefix, String name) throws BadPayload {
    String value = Fields.text(deploy, prefix, name);
    if (value.isBlank()) {
      throw new BadPayload(prefix + name + " is blank");
    }
    return value;
  }

  private static String describe(ChangeEvent event) {
    return event.service()
        + " "
        + event.version()
        + " deployed at "
        + event.at()
        + event.author().map(a -> " by " + a).orElse("")
        + event.description().map(d -> ": " + d).orElse("");
  }
}
