package dev.nightshift.app.ingest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.nightshift.core.audit.AuditRecord;
import dev.nightshift.core.audit.AuditTrail;
import dev.nightshift.core.pipeline.AlertLog;
import dev.nightshift.core.pipeline.ExternalAlert;
import dev.nightshift.core.topology.DependencyTree;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Alertmanager's webhook receiver ({@code POST /webhooks/alertmanager}): each firing alert the
 * configuration knows is raised with the agent once per firing (Alertmanager repeats it every
 * repeat_interval), each resolution is passed on once, and alerts about nothing configured are
 * answered and audited as ignored, with the reason. Answers {@code {"accepted": n, "duplicates": n,
 * "ignored": [{"alert", "fingerprint", "status", "reason"}]}}.
 */
public final class AlertmanagerWebhook implements HttpHandler {

  private final WebhookAuth auth;
  private final AlertRouting routing;
  private final Consumer<ExternalAlert> raise;
  private final BiConsumer<ExternalAlert, Instant> resolved;
  private final AlertLog log;
  private final AuditTrail audit;
  private final Clock clock;

  /**
   * @param raise where a new firing goes: the agent's {@code alert}
   * @param resolved where a resolution goes, with its time: the agent's {@code resolved}
   * @param log the durable firing/resolved state per fingerprint ({@code Stores.alerts()})
   */
  public AlertmanagerWebhook(
      WebhookAuth auth,
      DependencyTree tree,
      Consumer<ExternalAlert> raise,
      BiConsumer<ExternalAlert, Instant> resolved,
      AlertLog log,
      AuditTrail audit,
      Clock clock) {
    this.auth = auth;
    this.routing = new AlertRouting(tree);
    this.raise = raise;
    this.resolved = resolved;
    this.log = log;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    auth.serve(exchange, "alerts", this::receive);
  }

  private void receive(HttpExchange exchange, Admission.Admitted admitted) throws IOException {
    AlertmanagerPayload payload;
    try {
      payload = AlertmanagerPayload.parse(admitted.body());
    } catch (BadPayload e) {
      Replies.error(exchange, 400, e.getMessage());
      return;
    }
    int accepted = 0;
    int duplicates = 0;
    ArrayNode ignored = Replies.MAPPER.createArrayNode();
    for (AlertmanagerAlert alert : payload.alerts()) {
      switch (routing.route(alert)) {
        case AlertRouting.Route.Routed routed -> {
          if (pass(alert, routed.alert())) {
            audit(
                alert,
                admitted,
                alert.firing() ? "webhook.alert_raised" : "webhook.alert_resolved",
                alert.firing()
                    ? "raised, firing since " + alert.startsAt()
                    : "resolved at " + alert.endsAt());
            accepted++;
          } else {
            duplicates++;
          }
        }
        case AlertRouting.Route.Ignored why -> ignore(alert, why.reason(), admitted, ignored);
      }
    }
    ObjectNode reply = Replies.object().put("accepted", accepted).put("duplicates", duplicates);
    reply.set("ignored", ignored);
    Replies.send(exchange, 200, reply);
  }

  // The log's compare-and-set decides, so two deliveries of one firing raise it once.
  private boolean pass(AlertmanagerAlert alert, ExternalAlert external) {
    if (alert.firing()) {
      boolean news = log.fire(alert.fingerprint(), alert.startsAt());
      if (news) {
        raise.accept(external);
      }
      return news;
    }
    boolean news = log.resolve(alert.fingerprint(), alert.startsAt(), alert.endsAt());
    if (news) {
      resolved.accept(external, alert.endsAt());
    }
    return news;
  }

  private void ignore(
      AlertmanagerAlert alert, String reason, Admission.Admitted admitted, ArrayNode ignored) {
    ignored
        .addObject()
        .put("alert", alert.name())
        .put("fingerprint", alert.fingerprint())
        .put("status", alert.firing() ? "firing" : "resolved")
        .put("reason", reason);
    audit(alert, admitted, "webhook.alert_ignored", "ignored: " + reason);
  }

  private void audit(
      AlertmanagerAlert alert, Admission.Admitted admitted, String kind, String detail) {
    audit.append(
        new AuditRecord(
            clock.instant(),
            admitted.actor(),
            kind,
            "alert " + alert.name() + " (" + alert.fingerprint() + ")",
            detail));
  }
}
