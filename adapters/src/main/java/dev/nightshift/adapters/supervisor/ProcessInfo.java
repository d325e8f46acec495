package dev.nightshift.adapters.supervisor;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One supervisord process as {@code getProcessInfo} describes it.
 *
 * @param state supervisord's state name: STOPPED, STARTING, RUNNING, BACKOFF, STOPPING, EXITED,
 *     FATAL or UNKNOWN
 * @param description supervisord's own summary, e.g. "pid 4242, uptime 0:03:12"
 * @param spawnError why the last spawn failed, empty when it did not
 * @param serverTime supervisord's clock when it answered, against which start and stop are aged
 */
public record ProcessInfo(
    String group,
    String name,
    String state,
    OptionalLong pid,
    String description,
    String spawnError,
    int exitStatus,
    Optional<Instant> started,
    Optional<Instant> stopped,
    Instant serverTime) {

  public ProcessInfo {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(pid, "pid");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(spawnError, "spawnError");
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(stopped, "stopped");
    Objects.requireNonNull(serverTime, "serverTime");
  }

  /** The name supervisorctl uses: {@code group:name}, or {@code name} for a program's own group. */
  public String fullName() {
    return group.equals(name) ? name : group + ":" + name;
  }

  static ProcessInfo from(Object value) throws XmlRpcException {
    if (!(value instanceof Map<?, ?> struct)) {
      throw new XmlRpcException("process info is not a struct");
    }
    long pid = integer(struct, "pid");
    long start = integer(struct, "start");
    long stop = integer(struct, "stop");
    return new ProcessInfo(
        text(struct, "group"),
        text(struct, "name"),
        text(struct, "statename"),
        pid > 0 ? OptionalLong.of(pid) : OptionalLong.empty(),
        text(struct, "description"),
        text(struct, "spawnerr"),
        (int) integer(struct, "exitstatus"),
        start > 0 ? Optional.of(Instant.ofEpochSecond(start)) : Optional.empty(),
        stop > 0 ? Optional.of(Instant.ofEpochSecond(stop)) : Optional.empty(),
        Instant.ofEpochSecond(integer(struct, "now")));
  }

  private static String text(Map<?, ?> struct, String key) throws XmlRpcException {
    if (struct.get(key) instanceof String s) {
      return s;
    }
    throw new XmlRpcException("process info has no string '" + key + "'");
  }

  private static long integer(Map<?, ?> struct, String key) throws XmlRpcException {
    if (struct.get(key) instanceof Integer i) {
      return i;
    }
    throw new XmlRpcException("process info has no int '" + key + "'");
  }
}
