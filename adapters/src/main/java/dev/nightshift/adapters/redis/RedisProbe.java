package dev.nightshift.adapters.redis;

import dev.nightshift.core.measure.Quantity;
import dev.nightshift.core.telemetry.Health;
import dev.nightshift.core.telemetry.HealthStatus;
import dev.nightshift.core.telemetry.MetricCondition;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The Redis healthcheck: PING must answer PONG, Redis must not be refusing writes for lack of
 * memory, and an optional condition on an INFO field must hold.
 *
 * <p>Under OOM Redis still answers PING and INFO (they are not write commands); only writes fail,
 * with "OOM command not allowed when used memory > 'maxmemory'". The probe never writes, so it
 * reads that state from INFO: {@code used_memory} above {@code maxmemory} with {@code
 * maxmemory-policy noeviction} is exactly when Redis refuses writes (with any other policy it
 * evicts instead).
 */
final class RedisProbe {

  private static final String REDIS_EXPORTER_PREFIX = "redis_";

  private RedisProbe() {}

  static Health probe(RedisLink link, Optional<MetricCondition> condition) {
    return switch (link.call("PING", c -> c.ping())) {
      case Reply.Failure<String> failure -> failure.health();
      case Reply.Answered<String> answer when !answer.value().equals("PONG") ->
          Health.unhealthy(link.address() + " answered PING with '" + answer.value() + "'");
      case Reply.Answered<String> pong -> afterPing(link, condition);
    };
  }

  private static Health afterPing(RedisLink link, Optional<MetricCondition> condition) {
    return switch (link.call("INFO", c -> c.info())) {
      case Reply.Failure<String> failure -> failure.health();
      case Reply.Answered<String> info ->
          judge(link.address(), InfoFields.parse(info.value()), condition);
    };
  }

  /** The verdict from INFO once PING answered PONG. */
  static Health judge(RedisAddress where, InfoFields info, Optional<MetricCondition> condition) {
    Optional<String> oom = outOfMemory(info).map(o -> where + " is out of memory: " + o);
    if (condition.isEmpty()) {
      return oom.map(Health::unhealthy)
          .orElseGet(() -> Health.healthy(where + " answered PING with PONG"));
    }
    Health measured = evaluate(info, condition.get());
    if (oom.isEmpty() || measured.status() == HealthStatus.UNKNOWN) {
      return measured;
    }
    return new Health(
        HealthStatus.UNHEALTHY, measured.value(), oom.get() + "; " + measured.reason());
  }

  /** Why Redis refuses writes for lack of memory, when it does. */
  static Optional<String> outOfMemory(InfoFields info) {
    OptionalDouble used = info.number("used_memory");
    OptionalDouble max = info.number("maxmemory");
    boolean refusesWrites =
        used.isPresent()
            && max.isPresent()
            && max.getAsDouble() > 0
            && used.getAsDouble() > max.getAsDouble()
            && info.text("maxmemory_policy").orElse("").equals("noeviction");
    if (!refusesWrites) {
      return Optional.empty();
    }
    String refused =
        info.text("errorstat_OOM")
            .map(s -> ", " + s.replace("count=", "") + " refused so far")
            .orElse("");
    return Optional.of(
        "used_memory %s > maxmemory %s with maxmemory-policy noeviction, so writes fail with"
                .formatted(number(used.getAsDouble()), number(max.getAsDouble()))
            + " \"OOM command not allowed when used memory > 'maxmemory'\""
            + refused);
  }

  /** The condition against its INFO field; anything INFO cannot answer is unknown, not healthy. */
  static Health evaluate(InfoFields info, MetricCondition condition) {
    if (!condition.selector().matchers().isEmpty()) {
      return Health.unknown(
          "redis condition '" + condition + "': INFO fields have no labels to match");
    }
    if (condition.function().isPresent()) {
      return Health.unknown(
          "redis condition '"
              + condition
              + "': INFO gives the current value only, so "
              + condition.function().get()
              + " needs a promql check");
    }
    String field = field(info, condition.selector().metric());
    OptionalDouble value = info.number(field);
    if (value.isEmpty()) {
      return Health.unknown(
          info.text(field)
              .map(t -> "redis INFO field " + field + " is not a number: '" + t + "'")
              .orElse("redis INFO has no field " + field));
    }
    double v = value.getAsDouble();
    HealthStatus status = condition.test(v) ? HealthStatus.HEALTHY : HealthStatus.UNHEALTHY;
    return Health.measured(
        status, v, field + " = " + number(v) + " (want " + condition.bound() + ")");
  }

  // Known errors name redis_exporter's series (redis_connected_clients); INFO has no prefix.
  private static String field(InfoFields info, String metric) {
    if (info.text(metric).isEmpty() && metric.startsWith(REDIS_EXPORTER_PREFIX)) {
      String bare = metric.substring(REDIS_EXPORTER_PREFIX.length());
      if (info.text(bare).isPresent()) {
        return bare;
      }
    }
    return metric;
  }

  private static String number(double value) {
    return Quantity.formatNumber(value);
  }
}
