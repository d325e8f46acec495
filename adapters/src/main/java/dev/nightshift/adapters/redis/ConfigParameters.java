package dev.nightshift.adapters.redis;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The Redis parameters a fix may change with CONFIG SET, each with the shape its value must have.
 * Tuning only: limits, eviction, defragmentation, timeouts, slowlog, lazy freeing.
 */
final class ConfigParameters {

  /** A value's shape and how a message describes it. */
  private record Rule(Pattern pattern, String description) {
    static Rule of(String regex, String description) {
      return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), description);
    }

    boolean accepts(String value) {
      return pattern.matcher(value).matches();
    }
  }

  private static final Rule POSITIVE = Rule.of("[1-9]\\d{0,8}", "a whole number ≥ 1");
  private static final Rule WHOLE = Rule.of("\\d{1,10}", "a whole number ≥ 0");
  private static final Rule SIGNED = Rule.of("-1|\\d{1,10}", "a whole number ≥ 0, or -1");
  private static final Rule PERCENT = Rule.of("100|[1-9]?\\d", "a percentage 0-100");
  private static final Rule HZ = Rule.of("500|[1-4]\\d{2}|[1-9]\\d?", "a frequency 1-500");
  private static final Rule YES_NO = Rule.of("yes|no", "yes or no");
  private static final Rule SIZE =
      Rule.of("\\d{1,15}(?:[kmg]b?|b)?", "a size in bytes, or with k, kb, m, mb, g, gb");
  private static final Rule POLICY =
      Rule.of(
          "noeviction|(?:allkeys|volatile)-(?:lru|lfu|random)|volatile-ttl",
          "an eviction policy (noeviction, allkeys-lru, volatile-lru, allkeys-lfu, volatile-lfu,"
              + " allkeys-random, volatile-random, volatile-ttl)");

  private static final Map<String, Rule> RULES = rules();

  private ConfigParameters() {}

  private static Map<String, Rule> rules() {
    Map<String, Rule> rules = new TreeMap<>();
    rules.put("maxclients", POSITIVE);
    rules.put("maxmemory", SIZE);
    rules.put("maxmemory-policy", POLICY);
    rules.put("maxmemory-samples", POSITIVE);
    rules.put("maxmemory-eviction-tenacity", PERCENT);
    rules.put("activedefrag", YES_NO);
    rules.put("active-defrag-ignore-bytes", SIZE);
    rules.put("active-defrag-threshold-lower", PERCENT);
    rules.put("active-defrag-threshold-upper", PERCENT);
    rules.put("active-defrag-cycle-min", PERCENT);
    rules.put("active-defrag-cycle-max", PERCENT);
    rules.put("active-defrag-max-scan-fields", POSITIVE);
    rules.put("timeout", WHOLE);
    rules.put("tcp-keepalive", WHOLE);
    rules.put("hz", HZ);
    rules.put("slowlog-log-slower-than", SIGNED);
    rules.put("slowlog-max-len", WHOLE);
    rules.put("latency-monitor-threshold", WHOLE);
    for (String lazy :
        new String[] {"eviction", "expire", "server-del", "user-del", "user-flush"}) {
      rules.put("lazyfree-lazy-" + lazy, YES_NO);
    }
    return Map.copyOf(rules);
  }

  /** What is wrong with setting {@code parameter} (lower case) to {@code value}, if anything. */
  static Optional<String> problem(String parameter, String value) {
    Rule rule = RULES.get(parameter);
    if (rule == null) {
      return Optional.of(
          "redis command CONFIG SET "
              + CommandAllowList.shown(parameter)
              + " is not allowed (allowed parameters: "
              + String.join(", ", new TreeMap<>(RULES).keySet())
              + ")");
    }
    if (!rule.accepts(value)) {
      return Optional.of(
          "redis CONFIG SET "
              + parameter
              + ": "
              + CommandAllowList.shown(value)
              + " is not "
              + rule.description());
    }
    return Optional.empty();
  }
}
