package dev.nightshift.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every alert log does, run against the memory and the SQLite store. */
public abstract class AlertLogContract extends StoreContract {

  private static final String FP = "5ef77f1f8a3ecfa8";

  @Test
  void firesAnAlertOnceForTheSameStart() {
    assertThat(stores().alerts().fire(FP, at(0))).isTrue();
    assertThat(stores().alerts().fire(FP, at(0))).isFalse();

    assertThat(stores().alerts().find(FP)).contains(new AlertState(FP, at(0), Optional.empty()));
  }

  @Test
  void firesAgainWhenTheAlertStartsAnew() {
    stores().alerts().fire(FP, at(0));
    stores().alerts().resolve(FP, at(0), at(30));

    assertThat(stores().alerts().fire(FP, at(60))).isTrue();
    assertThat(stores().alerts().find(FP)).contains(new AlertState(FP, at(60), Optional.empty()));
  }

  @Test
  void ignoresAFiringOlderThanTheOneItKnows() {
    stores().alerts().fire(FP, at(60));

    assertThat(stores().alerts().fire(FP, at(0))).isFalse();
    assertThat(stores().alerts().resolve(FP, at(0), at(30))).isFalse();
    assertThat(stores().alerts().find(FP)).contains(new AlertState(FP, at(60), Optional.empty()));
  }

  @Test
  void resolvesAFiringAlertOnce() {
    stores().alerts().fire(FP, at(0));

    assertThat(stores().alerts().resolve(FP, at(0), at(30))).isTrue();
    assertThat(stores().alerts().resolve(FP, at(0), at(30))).isFalse();
    assertThat(stores().alerts().fire(FP, at(0))).isFalse();
    assertThat(stores().alerts().find(FP)).contains(new AlertState(FP, at(0), Optional.of(at(30))));
  }

  @Test
  void recordsTheResolutionOfAnAlertItNeverSawFiring() {
    assertThat(stores().alerts().resolve(FP, at(0), at(30))).isTrue();

    assertThat(stores().alerts().find(FP)).contains(new AlertState(FP, at(0), Optional.of(at(30))));
  }

  @Test
  void remembersFiringAlertsAcrossARestart() {
    stores().alerts().fire(FP, at(0));
    stores().alerts().fire("other", at(5));
    stores().alerts().resolve("other", at(5), at(9));

    Stores reopened = reopen();
    assertThat(reopened.alerts().fire(FP, at(0))).isFalse();
    assertThat(reopened.alerts().find("other"))
        .contains(new AlertState("other", at(5), Optional.of(at(9))));
    assertThat(reopened.alerts().find("never")).isEmpty();
  }
}
