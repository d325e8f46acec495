package dev.nightshift.core.reasoning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what must not leave the process before anything is sent to a model: the configured
 * secrets' values, anything shaped like a credential, and the patterns the operator chose (e-mail
 * addresses, IP addresses, host names, their own).
 */
public final class Redactor {

  /** The replacement for every redacted span. */
  public static final String MARK = "[redacted]";

  /** Patterns an operator can switch on by name in {@code llm.redact}. */
  public static final java.util.Map<String, Pattern> NAMED =
      java.util.Map.of(
          "emails",
          Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"),
          "ips",
          Pattern.compile(
              "\\b(?:\\d{1,3}\\.){3}\\d{1,3}\\b|\\b(?:[0-9a-fA-F]{1,4}:){3,7}[0-9a-fA-F]{1,4}\\b"),
          "hostnames",
          Pattern.compile(
              "\\b(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+(?:com|net|org|io|internal"
                  + "|local|lan|corp|cloud|dev|svc|cluster)\\b"));

  // Always on: a credential never leaves, whatever the configuration says.
  private static final List<Pattern> CREDENTIALS =
      List.of(
          Pattern.compile("(?i)\\b(bearer|basic)\\s+[A-Za-z0-9._~+/=-]{8,}"),
          Pattern.compile(
              "(?i)(?<![a-z0-9])((?:[a-z0-9]+[_.-])*" // prefixed too: REDIS_PASSWORD, oauth_token
                  + "(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|auth))"
                  + "([\"']?\\s*[:=]\\s*[\"']?)"
                  // a quoted value up to its closing quote (it may hold spaces), else one word
                  + "(?:(?<=\")[^\"]*|(?<=')[^']*|[^\\s\"',;&]+)"),
          Pattern.compile(
              "-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|\\z)"),
          Pattern.compile("\\b(?:AKIA|ASIA)[A-Z0-9]{16}\\b"),
          Pattern.compile(
              "\\b(?:sk|pk|xox[abpr]|ghp|gho|ghs|ghu|ghr|github_pat|glpat)[-_][A-Za-z0-9_-]{10,}"),
          Pattern.compile("\\beyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{5,}"),
          Pattern.compile("://[^/\\s:@]+:[^/\\s@]+(?=@)")); // the @ and the host stay

  private final List<String> secrets;
  private final List<Pattern> patterns;

  /**
   * @param secrets values that must never appear (tokens, passwords from the configuration)
   * @param patterns the operator's chosen patterns, from {@link #NAMED} or their own
   */
  public Redactor(Set<String> secrets, List<Pattern> patterns) {
    this.secrets =
        secrets.stream()
            .filter(s -> s.length() >= 4)
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
    this.patterns = List.copyOf(patterns);
  }

  /** Redacts credentials only. */
  public static Redactor credentialsOnly() {
    return new Redactor(Set.of(), List.of());
  }

  public String redact(String text) {
    Objects.requireNonNull(text, "text");
    String out = text;
    for (String secret : secrets) {
      out = out.replace(secret, MARK);
    }
    for (Pattern p : CREDENTIALS) {
      out = p.matcher(out).replaceAll(m -> keepKey(m) + MARK);
    }
    for (Pattern p : patterns) {
      out = p.matcher(out).replaceAll(MARK);
    }
    return out;
  }

  // "password=hunter2" keeps "password=" so the model still knows what was there.
  private static String keepKey(java.util.regex.MatchResult m) {
    if (m.groupCount() >= 2 && m.group(2) != null) {
      return java.util.regex.Matcher.quoteReplacement(m.group(1) + m.group(2));
    }
    if (m.group().startsWith("://")) {
      return "://";
    }
    return m.groupCount() >= 1 && m.group(1) != null
        ? java.util.regex.Matcher.quoteReplacement(m.group(1) + " ")
        : "";
  }

  /** The patterns of {@code names} from {@link #NAMED}; unknown names are the caller's error. */
  public static List<Pattern> named(List<String> names) {
    List<Pattern> out = new ArrayList<>();
    for (String name : names) {
      Pattern p = NAMED.get(name);
      if (p == null) {
        throw new IllegalArgumentException("no redaction pattern named " + name);
      }
      out.add(p);
    }
    return out;
  }
}
