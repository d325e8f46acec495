package dev.nightshift.core.notify;

import dev.nightshift.core.measure.Durations;
import java.time.Duration;
import java.util.Locale;

/** How reports write durations: "30s" and "1.5s" under a minute, "2m10s" above. */
final class Words {

  private Words() {}

  static String took(Duration d) {
    if (d.isNegative()) {
      return "0s";
    }
    if (d.toMinutes() == 0) {
      return d.toMillis() % 1000 == 0
          ? d.toSeconds() + "s"
          : String.format(Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
    }
    return Durations.format(Duration.ofSeconds(d.toSeconds()));
  }
}
