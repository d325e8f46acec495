package dev.nightshift.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nightshift.core.change.ChangeEvent;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every change-event store does, run against the memory and the SQLite store. */
public abstract class ChangeEventsContract extends StoreContract {

  private static ChangeEvent deploy(String service, Instant at) {
    return new ChangeEvent(
        service, "2.4.1", at, Optional.of("alice"), Optional.of("bump «lettuce»"), "webhook");
  }

  @Test
  void listsTheEventsOfAWindowOldestFirst() {
    ChangeEvent before = deploy("consumer", at(0));
    ChangeEvent late = deploy("consumer", at(50));
    ChangeEvent early = deploy("redis", at(10));
    ChangeEvent atEnd = deploy("feed", at(60));
    for (ChangeEvent e : new ChangeEvent[] {before, late, early, atEnd}) {
      stores().changes().record(e);
    }

    assertThat(stores().changes().between(at(10), at(60))).containsExactly(early, late);
  }

  @Test
  void keepsEventsWithoutOptionalFieldsAcrossARestart() {
    ChangeEvent bare =
        new ChangeEvent("consumer", "abc123", at(5), Optional.empty(), Optional.empty(), "github");
    stores().changes().record(bare);

    assertThat(reopen().changes().between(at(0), at(10))).containsExactly(bare);
  }
}
