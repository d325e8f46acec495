package dev.nightshift.adapters.net;

import java.util.Locale;

/**
 * Go-syntax double-quoted strings, which both PromQL and LogQL use for label values and line
 * filters; one quoting, so a regex or label value arrives at either server exactly as written.
 */
public final class GoStrings {

  private GoStrings() {}

  public static String quote(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
