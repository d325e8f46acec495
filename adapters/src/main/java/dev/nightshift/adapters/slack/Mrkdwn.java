package dev.nightshift.adapters.slack;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Slack's mrkdwn: the three characters it treats as control characters escaped, links, and
 * truncation that keeps within Block Kit's limits without cutting an escape in half.
 */
final class Mrkdwn {

  static final String ELLIPSIS = "…";

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private Mrkdwn() {}

  /** Escapes {@code & < >} as Slack requires; everything else is shown as written. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** {@code text} cut to at most {@code max} characters, ending in "…" when it was cut. */
  static String truncate(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - ELLIPSIS.length();
    int amp = text.lastIndexOf('&', end - 1);
    if (amp >= 0 && amp > end - 5 && text.indexOf(';', amp) >= end) {
      end = amp; // do not leave "&am" of an "&amp;" behind
    }
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + ELLIPSIS;
  }

  /**
   * A link Slack renders as {@code label}; a URL Slack cannot open (a relative runbook path) is
   * shown as code next to its label instead.
   */
  static String link(String label, String url) {
    String shown = escape(label).replace("|", "¦");
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      return shown + ": `" + escape(url) + "`";
    }
    return "<" + escape(url).replace("|", "%7C") + "|" + shown + ">";
  }

  /** A code block of already escaped lines; backtick fences inside would end it early. */
  static String codeBlock(String escapedLines) {
    return "```" + escapedLines.replace("```", "'''") + "```";
  }

  /** A time every reader sees in their own zone, with a UTC fallback for old clients. */
  static String date(Instant at) {
    return "<!date^"
        + at.getEpochSecond()
        + "^{date_short_pretty} {time_secs}|"
        + UTC.format(at)
        + ">";
  }

  static String clock(Instant at) {
    return CLOCK.format(at);
  }
}
