package dev.nightshift.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.nightshift.core.incident.IncidentId;
import dev.nightshift.core.notify.Deliveries;
import dev.nightshift.core.notify.Delivery;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every outbox of notices does, run against the memory and the SQLite store. */
public abstract class DeliveriesContract extends StoreContract {

  private static final IncidentId TWELVE = new IncidentId(12);
  private static final IncidentId THIRTEEN = new IncidentId(13);

  private Deliveries deliveries() {
    return stores().deliveries();
  }

  @Test
  void enqueuesTheSameNoticeForTheSameChannelOnlyOnce() {
    assertThat(deliveries().enqueue("ops", TWELVE, "approval", "incident-12/a", at(0))).isTrue();
    assertThat(deliveries().enqueue("ops", TWELVE, "approval", "incident-12/a", at(5))).isFalse();
    assertThat(deliveries().enqueue("ops", TWELVE, "approval", "incident-12/b", at(5))).isTrue();
    assertThat(deliveries().enqueue("pager", TWELVE, "approval", "incident-12/a", at(5))).isTrue();
    assertThat(deliveries().enqueue("ops", THIRTEEN, "approval", "incident-12/a", at(5))).isTrue();

    assertThat(deliveries().list(Optional.empty(), 10)).hasSize(4);
  }

  @Test
  void aNewDeliveryIsPendingAndDueAtOnce() {
    deliveries().enqueue("ops", TWELVE, "escalated", "", at(0));

    assertThat(deliveries().due(at(0), 10))
        .containsExactly(Delivery.pending(only().id(), "ops", TWELVE, "escalated", "", at(0)));
  }

  @Test
  void answersTheDueDeliveriesOldestFirstUpToTheLimit() {
    deliveries().enqueue("ops", TWELVE, "opened", "", at(0));
    deliveries().enqueue("ops", TWELVE, "escalated", "", at(1));
    deliveries().enqueue("ops", THIRTEEN, "opened", "", at(2));
    deliveries().enqueue("ops", THIRTEEN, "escalated", "", at(30));

    assertThat(deliveries().due(at(10), 2))
        .extracting(Delivery::incident, Delivery::kind)
        .containsExactly(tuple(TWELVE, "opened"), tuple(TWELVE, "escalated"));
    assertThat(deliveries().due(at(10), 10)).hasSize(3);
  }

  @Test
  void aRetriedDeliveryIsDueAgainOnlyAtItsNextAttempt() {
    deliveries().enqueue("ops", TWELVE, "escalated", "", at(0));
    deliveries().retry(only().id(), "HTTP 502 from Slack", at(5));

    assertThat(deliveries().due(at(4), 10)).isEmpty();
    Delivery due = deliveries().due(at(5), 10).getFirst();
    assertThat(due.attempts()).isEqualTo(1);
    assertThat(due.lastError()).contains("HTTP 502 from Slack");
    assertThat(due.state()).isEqualTo(Delivery.State.PENDING);
  }

  @Test
  void aDeliveredDeliveryKeepsItsReferenceAndIsNoLongerDue() {
    deliveries().enqueue("issues", TWELVE, "escalated", "", at(0));
    deliveries().retry(only().id(), "timed out", at(5));
    deliveries().delivered(only().id(), at(6), Optional.of("42"));

    Delivery done = reopen().deliveries().list(Optional.of(Delivery.State.DELIVERED), 5).getFirst();
    assertThat(done.attempts()).isEqualTo(2);
    assertThat(done.deliveredAt()).contains(at(6));
    assertThat(done.reference()).contains("42");
    assertThat(stores().deliveries().due(at(100), 10)).isEmpty();
  }

  @Test
  void aFailedDeliveryIsKeptWithItsErrorAndIsNoLongerDue() {
    deliveries().enqueue("ops", TWELVE, "escalated", "", at(0));
    deliveries().failed(only().id(), "HTTP 401: the token was refused");

    Delivery failed = reopen().deliveries().list(Optional.of(Delivery.State.FAILED), 5).getFirst();
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.lastError()).contains("HTTP 401: the token was refused");
    assertThat(stores().deliveries().due(at(100), 10)).isEmpty();
  }

  @Test
  void listsByStateNewestFirst() {
    deliveries().enqueue("ops", TWELVE, "opened", "", at(0));
    deliveries().enqueue("ops", TWELVE, "escalated", "", at(1));
    deliveries().enqueue("ops", THIRTEEN, "opened", "", at(2));
    long first = deliveries().due(at(10), 1).getFirst().id();
    deliveries().delivered(first, at(3), Optional.empty());

    assertThat(deliveries().list(Optional.of(Delivery.State.PENDING), 10))
        .extracting(Delivery::incident, Delivery::kind)
        .containsExactly(tuple(THIRTEEN, "opened"), tuple(TWELVE, "escalated"));
    assertThat(deliveries().list(Optional.empty(), 2)).hasSize(2);
  }

  @Test
  void answersTheFirstReferenceAChannelGaveForAnIncident() {
    deliveries().enqueue("issues", TWELVE, "escalated", "", at(0));
    deliveries().enqueue("issues", TWELVE, "recovered", "by hand", at(1));
    deliveries().enqueue("chat", TWELVE, "escalated", "", at(0));
    List<Delivery> due = deliveries().due(at(1), 10);
    deliveries().delivered(due.get(0).id(), at(2), Optional.of("42"));
    deliveries().delivered(due.get(1).id(), at(3), Optional.of("43"));
    deliveries().delivered(due.get(2).id(), at(3), Optional.empty());

    assertThat(reopen().deliveries().reference("issues", TWELVE)).contains("42");
    assertThat(stores().deliveries().reference("chat", TWELVE)).isEmpty();
    assertThat(stores().deliveries().reference("issues", THIRTEEN)).isEmpty();
  }

  @Test
  void listsTheDeliveriesOfAnIncidentOldestFirstAcrossARestart() {
    deliveries().enqueue("pager", TWELVE, "escalated", "", at(0));
    deliveries().enqueue("ops", THIRTEEN, "opened", "", at(1));
    deliveries().enqueue("ops", TWELVE, "recovered", "freshness 12s < 60s", at(2));

    assertThat(reopen().deliveries().of(TWELVE))
        .extracting(Delivery::channel, Delivery::subject)
        .containsExactly(tuple("pager", ""), tuple("ops", "freshness 12s < 60s"));
  }

  private Delivery only() {
    return deliveries().list(Optional.empty(), 2).getFirst();
  }
}
